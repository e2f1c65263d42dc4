/**
 * The fast path's database in Node.js: native DuckDB with one thread, as DuckDB-WASM has, and
 * files written to a temporary folder instead of registered buffers.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNodeDatabase } from '../../../src/lib/server/duckdb-node';
import type { FastDatabase } from '../../../src/lib/upload/fast/fast-database';

export async function openFastNodeDatabase(): Promise<FastDatabase & { close(): void }> {
  const db = await openNodeDatabase();
  // One thread keeps the row order of a join, as in DuckDB-WASM, which runs one.
  await db.query('SET threads = 1');
  const folder = mkdtempSync(join(tmpdir(), 'fast-upload-'));
  return {
    query: db.query,
    registerFile: async (name, file) => {
      const path = join(folder, name);
      writeFileSync(path, new Uint8Array(await file.arrayBuffer()));
      return path;
    },
    dropFile: async (name) => rmSync(join(folder, name), { force: true }),
    close: () => {
      db.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
