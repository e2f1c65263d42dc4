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

  await connection.run(
    `COPY (SELECT * FROM ${output.table} ORDER BY ${output.orderBy.join(', ')})
     TO ${sqlStringLiteral(filePath)}
     (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`,
  );

  return filePath;
}
