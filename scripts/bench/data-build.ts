/**
 * The data build (`npm run data`) against a bare `@duckdb/node-api` COPY of the same OECD CSV
 * to ZSTD Parquet, both in this process, on fresh in-memory databases.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildData } from '../data/build';
import { resolveSourceFiles } from '../data/source-paths';

const QUIET = { info() {}, warn() {} };

export async function timeProductBuild(datasetsDir: string): Promise<number> {
  const outDir = await mkdtemp(join(tmpdir(), 'asem-bench-build-'));
  try {
    const started = performance.now();
    await buildData({ datasetsDir, outDir, logger: QUIET });
    return performance.now() - started;
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

export async function timeBareCopy(datasetsDir: string): Promise<number> {
  const outDir = await mkdtemp(join(tmpdir(), 'asem-bench-copy-'));
  try {
    const started = performance.now();
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(
      `COPY (SELECT * FROM read_csv($source)) TO '${join(outDir, 'flows.parquet')}'
       (FORMAT parquet, COMPRESSION zstd)`,
      { source: resolveSourceFiles(datasetsDir).flowCsv },
    );
    connection.closeSync();
    instance.closeSync();
    return performance.now() - started;
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
