import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { DuckDBConnection } from '@duckdb/node-api';

import { openDatabase, queryRows } from '../duckdb';
import { digestFile, hashConcatenatedFiles } from '../file-digest';
import { consoleLogger, type BuildLogger } from '../logger';
import { writeParquet, type ParquetOutput } from '../write-parquet';
import { buildUisFlowsTable } from './build-uis-flows';
import { readUisSource } from './read-uis';
import { checkUisSourceFiles, resolveUisSourceFiles, UIS_FOLDER } from './source-files';
import { assembleUisProvenance, UIS_PROVENANCE_FILE, type UisProvenance } from './uis-provenance';

export const UIS_FLOWS_OUTPUT: ParquetOutput = {
  table: 'uis_flows',
  file: 'uis-flows.parquet',
  orderBy: ['year', 'destination', 'origin'],
};

export interface UisBuildOptions {
  /** Folder that contains the UIS dataset folder. */
  datasetsDir: string;
  outDir: string;
  /** Source of datasetsDir, named in the error when the folder is missing. */
  datasetsDirOrigin?: string;
  logger?: BuildLogger;
  now?: () => Date;
}

/**
 * Builds uis-flows.parquet and uis-provenance.json in `outDir` from the UIS top-flow lists.
 * Like the OECD build, it writes to a staging folder and moves the files into place at the end.
 */
export async function buildUisData(
  options: UisBuildOptions,
): Promise<{ provenance: UisProvenance; files: string[] }> {
  const logger = options.logger ?? consoleLogger;
  const source = resolveUisSourceFiles(options.datasetsDir);
  checkUisSourceFiles(source, options.datasetsDirOrigin ?? 'UisBuildOptions.datasetsDir');

  await mkdir(options.outDir, { recursive: true });
  const stagingDir = await mkdtemp(path.join(options.outDir, '.staging-'));
  const database = await openDatabase();

  try {
    logger.info(`Reading ${source.folder}`);
    await readUisSource(database.connection, source);
    const counts = await buildUisFlowsTable(database.connection);

    const parquetPath = await writeParquet(database.connection, UIS_FLOWS_OUTPUT, stagingDir);
    const inputs = [];
    for (const file of [source.destinationsCsv, source.originsCsv, source.namesCsv]) {
      inputs.push(await digestFile(file, `${UIS_FOLDER}/${path.basename(file)}`));
    }

    const provenance = assembleUisProvenance({
      inputs,
      outputs: [{ ...(await digestFile(parquetPath, UIS_FLOWS_OUTPUT.file)), rows: counts.flowRows }],
      contentHash: await hashConcatenatedFiles([parquetPath]),
      counts,
      years: await readYearRange(database.connection),
      buildDate: (options.now ?? (() => new Date()))(),
    });
    await writeFile(
      path.join(stagingDir, UIS_PROVENANCE_FILE),
      `${JSON.stringify(provenance, null, 2)}\n`,
    );

    const files = [UIS_FLOWS_OUTPUT.file, UIS_PROVENANCE_FILE];
    for (const file of files) {
      await rename(path.join(stagingDir, file), path.join(options.outDir, file));
    }
    return { provenance, files: files.map((file) => path.join(options.outDir, file)) };
  } finally {
    database.close();
    await rm(stagingDir, { recursive: true, force: true });
  }
}

async function readYearRange(connection: DuckDBConnection): Promise<{ min: number; max: number }> {
  const [row] = await queryRows<{ min: number; max: number }>(
    connection,
    'SELECT CAST(min(year) AS INTEGER) AS min, CAST(max(year) AS INTEGER) AS max FROM uis_flows',
  );
  return row;
}
