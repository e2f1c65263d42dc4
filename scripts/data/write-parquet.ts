import path from 'node:path';

import type { DuckDBConnection } from '@duckdb/node-api';

import { queryRows, sqlStringLiteral } from './duckdb';

export interface ParquetOutput {
  table: string;
  file: string;
  /** Columns to sort by, so each row group covers a narrow range of them. */
  orderBy: readonly string[];
}

/**
 * Rows per row group. One level and year of flows has about 8,300 rows, so a group spans about
 * two such slices. DuckDB's default of 122,880 rows would put the whole file in three groups.
 */
const ROW_GROUP_SIZE = 16_384;

/** Writes a table to `dir` as ZSTD-compressed Parquet and returns the file path. */
export async function writeParquet(
  connection: DuckDBConnection,
  output: ParquetOutput,
  dir: string,
): Promise<string> {
  const filePath = path.join(dir, output.file);

  // The sort runs on every thread. Its keys are unique, so the order is the same on every run.
  const sorted = `${output.table}_sorted`;
  await connection.run(
    `CREATE TEMP TABLE ${sorted} AS
     SELECT * FROM ${output.table} ORDER BY ${output.orderBy.join(', ')}`,
  );
  try {
    await withOneThread(connection, () =>
      copyQueryToParquet(connection, `SELECT * FROM ${sorted}`, filePath),
    );
  } finally {
    await connection.run(`DROP TABLE ${sorted}`);
  }

  return filePath;
}

/**
 * Writes the rows of `query` in its order to `filePath` as ZSTD-compressed Parquet and returns
 * their count. Call it inside withOneThread, or the bytes may differ between runs.
 */
export async function copyQueryToParquet(
  connection: DuckDBConnection,
  query: string,
  filePath: string,
): Promise<number> {
  const result = await connection.run(
    `COPY (${query}) TO ${sqlStringLiteral(filePath)}
     (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`,
  );
  return result.rowsChanged;
}

/**
 * Runs `work` with DuckDB set to one thread and then restores the thread count. The setting
 * applies to every connection of the database, but queries on separate connections still run side
 * by side, each on its own thread.
 *
 * With one thread a COPY runs its query and fills every row group in order, so the bytes are the
 * same on every run. With more, DuckDB's batched COPY (RepartitionBatches in
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
