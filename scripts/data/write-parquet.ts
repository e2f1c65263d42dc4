import path from 'node:path';

import type { DuckDBConnection } from '@duckdb/node-api';

import { sqlStringLiteral } from './duckdb';

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
    await copyQueryToParquet(connection, `SELECT * FROM ${sorted}`, filePath);
  } finally {
    await connection.run(`DROP TABLE ${sorted}`);
  }

  return filePath;
}

/**
 * Writes the rows of `query` in its order to `filePath` as ZSTD-compressed Parquet and returns
 * their count.
 *
 * The bytes are the same on every run and with any number of threads. With DuckDB's default
 * preserve_insertion_order, a Parquet COPY orders the query's batches by batch index. It then
 * cuts them into row groups of about ROW_GROUP_SIZE rows in that order (see
 * physical_fixed_batch_copy.cpp in DuckDB's source), whichever thread finished first. The build
 * tests rebuild the committed files with more threads than cores and compare the bytes.
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
