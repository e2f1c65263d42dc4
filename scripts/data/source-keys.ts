import type { DuckDBConnection } from '@duckdb/node-api';

import { ALL_TERTIARY_LEVEL, ISCED_LEVELS } from '../reference/isced-levels';
import { queryRows, sqlStringLiteral } from './duckdb';

/** Text columns of the flow CSV that make up a host, origin and year key. */
export const KEY_CELLS = ['c1', 'c2', 'c4'] as const;

/** Figures over table `source_keys` that the flow build needs before it maps any name. */
export interface SourceKeySummary {
  sourceRows: number;
  /** Keys with level rows but no all-tertiary row. */
  totalsMissing: number;
  /** True when some key has two rows of one level. */
  hasRepeatedKeys: boolean;
}

/**
 * Groups the data records of view `raw_flows` by host name (c1), origin name (c2) and year text
 * (c4) into temp table `source_keys`. Each key row gets its record count, its record count per
 * level and its count of records for which `invalidRow` (SQL over c1…c5) is true.
 *
 * This one pass replaces a pass each for the cell checks, the list of country names, the
 * duplicate key check and the missing totals. The table keeps the names c1, c2 and c4, so checks
 * written for those cells also run on it, once per key instead of once per row.
 */
export async function createSourceKeys(
  connection: DuckDBConnection,
  invalidRow: string,
): Promise<void> {
  const levelCounts = ISCED_LEVELS.map(
    (level) =>
      `CAST(count(*) FILTER (WHERE c3 = ${sqlStringLiteral(level)}) AS INTEGER) AS "${level}"`,
  ).join(',\n       ');

  await connection.run(
    `CREATE TEMP TABLE source_keys AS
     SELECT ${KEY_CELLS.join(', ')},
       CAST(count(*) AS INTEGER) AS records,
       ${levelCounts},
       CAST(count(*) FILTER (WHERE ${invalidRow}) AS INTEGER) AS invalid_records
     FROM raw_flows
     WHERE record > 1
     GROUP BY ${KEY_CELLS.join(', ')}`,
  );
}

/** Sums table `source_keys` for the checks and counts of the flow build. */
export async function summarizeSourceKeys(connection: DuckDBConnection): Promise<SourceKeySummary> {
  const levelColumns = ISCED_LEVELS.map((level) => `"${level}"`).join(', ');
  const [summary] = await queryRows<SourceKeySummary>(
    connection,
    `SELECT CAST(coalesce(sum(records), 0) AS INTEGER) AS "sourceRows",
       CAST(count(*) FILTER (WHERE "${ALL_TERTIARY_LEVEL}" = 0) AS INTEGER) AS "totalsMissing",
       coalesce(max(greatest(${levelColumns})) > 1, false) AS "hasRepeatedKeys"
     FROM source_keys`,
  );
  return summary;
}
