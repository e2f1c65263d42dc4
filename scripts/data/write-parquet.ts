import path from 'node:path';

import type { DuckDBConnection } from '@duckdb/node-api';

import { queryRows, sqlStringLiteral } from './duckdb';

export interface ParquetOutput {
  table: string;
  file: string;
  /**
   * Columns that writeParquet sorts by, so each row group covers a narrow range of them. Absent
   * when the table is created in file order.
   */
  orderBy?: readonly string[];
}

/** Created sorted by level, year, destination and origin (see buildFlowsTable). */
export const FLOWS_OUTPUT: ParquetOutput = { table: 'flows', file: 'flows.parquet' };

/** Created sorted by iso3 (see assembleCountryRows). */
export const COUNTRIES_OUTPUT: ParquetOutput = { table: 'countries', file: 'countries.parquet' };

/**
 * Rows per row group. One level and year of flows has about 8,300 rows, so a group spans about
 * two such slices. DuckDB's default of 122,880 rows would put the whole file in three groups.
 */
const ROW_GROUP_SIZE = 16_384;

/**
 * Writes a table to `dir` as ZSTD-compressed Parquet, sorted by `output.orderBy` if given, and
 * returns the file path.
 */
export async function writeParquet(
  connection: DuckDBConnection,
  output: ParquetOutput,
  dir: string,
): Promise<string> {
  const filePath = path.join(dir, output.file);
  if (!output.orderBy) {
    await withOneThread(connection, () => copyTableToParquet(connection, output.table, filePath));
    return filePath;
  }

  // The sort runs on every thread. Its keys are unique, so the order is the same on every run.
  const sorted = `${output.table}_sorted`;
  await connection.run(
    `CREATE TEMP TABLE ${sorted} AS
     SELECT * FROM ${output.table} ORDER BY ${output.orderBy.join(', ')}`,
  );
  try {
    await withOneThread(connection, () => copyTableToParquet(connection, sorted, filePath));
  } finally {
    await connection.run(`DROP TABLE ${sorted}`);
  }

  return filePath;
}

/**
 * Copies a table in its row order to `filePath` as ZSTD-compressed Parquet. Call it inside
 * withOneThread, or the bytes may differ between runs.
 */
export async function copyTableToParquet(
  connection: DuckDBConnection,
  table: string,
  filePath: string,
): Promise<void> {
  await connection.run(
    `COPY ${table} TO ${sqlStringLiteral(filePath)}
     (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`,
  );
}

/**
 * Runs `work` with DuckDB set to one thread and then restores the thread count. The setting
 * applies to every connection of the database, but queries on separate connections still run side
 * by side, each on its own thread.
 *
 * With one thread the Parquet writer fills every row group in order, so the bytes are the same on
 * every run. With more, DuckDB's batched COPY (RepartitionBatches in
 * physical_batch_copy_to_file.cpp) forms row groups from the batches that are ready at the time,
 * so a group can end early and the bytes change from run to run.
 */
export async function withOneThread<T>(
  connection: DuckDBConnection,
  work: () => Promise<T>,
): Promise<T> {
  const [{ threads }] = await queryRows<{ threads: string }>(
    connection,
    "SELECT current_setting('threads') AS threads",
  );
  await connection.run('SET threads = 1');
  try {
    return await work();
  } finally {
    await connection.run(`SET threads = ${Number(threads)}`);
  }
}
