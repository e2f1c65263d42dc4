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
 * Sorted by level, then year, so a reader that filters on level and year can skip most row groups
 * by their min/max statistics.
 */
export const FLOWS_OUTPUT: ParquetOutput = {
  table: 'flows',
  file: 'flows.parquet',
  orderBy: ['level', 'year', 'destination', 'origin'],
};

export const COUNTRIES_OUTPUT: ParquetOutput = {
  table: 'countries',
  file: 'countries.parquet',
  orderBy: ['iso3'],
};

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

  // With one thread the writer fills every row group in order, so the bytes are the same on
  // every run.
  const [{ threads }] = await queryRows<{ threads: string }>(
    connection,
    "SELECT current_setting('threads') AS threads",
  );
  await connection.run('SET threads = 1');
  try {
    await connection.run(
      `COPY ${sorted} TO ${sqlStringLiteral(filePath)}
       (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`,
    );
  } finally {
    await connection.run(`SET threads = ${Number(threads)}`);
    await connection.run(`DROP TABLE ${sorted}`);
  }

  return filePath;
}
