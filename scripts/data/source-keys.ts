import type { DuckDBConnection } from '@duckdb/node-api';

import { ALL_TERTIARY_LEVEL, ISCED_LEVELS, type IscedLevel } from '../reference/isced-levels';
import { queryRows, sqlStringLiteral } from './duckdb';
import { readCsvAsText, runCsvRead } from './read-csv';

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

/** Column of `source_keys` with the students count of a key's row at `level`. */
export function studentsColumn(level: IscedLevel): string {
  return `"${level}_students"`;
}

/**
 * Reads the flow CSV straight into table `source_keys`, one row per host name (c1), origin name
 * (c2) and year text (c4). Each key row gets its record count and its record count per level
 * (columns named by level). It also gets the NUM_OF_STUDENTS of its row at each level as
 * INTEGER, its count of empty NUM_OF_STUDENTS cells, and its count of records for which
 * `invalidRow` (SQL over c1…c5) is true. The header record is included until removeHeaderRecord.
 *
 * The students columns contain a value only where `invalidRow` found every NUM_OF_STUDENTS cell
 * valid, because TRY_CAST turns other text into NULL or rounds it ("1.5" becomes 2).
 *
 * This one pass over the file replaces a table of every cell and a pass each for the cell checks,
 * the country names, the duplicate key check, the missing totals and the flow rows. The table
 * keeps the names c1, c2 and c4, so checks written for those cells also run on it, once per key.
 * It stores as little text as it can, because DuckDB takes long to copy text into a table.
 */
export async function createSourceKeys(
  connection: DuckDBConnection,
  filePath: string,
  columnCount: number,
  invalidRow: string,
): Promise<void> {
  const perLevel = ISCED_LEVELS.flatMap((level) => {
    const isLevel = `c3 = ${sqlStringLiteral(level)}`;
    return [
      `CAST(count(*) FILTER (WHERE ${isLevel}) AS INTEGER) AS "${level}"`,
      `TRY_CAST(first(c5) FILTER (WHERE ${isLevel}) AS INTEGER) AS ${studentsColumn(level)}`,
    ];
  });

  await runCsvRead(
    connection,
    `CREATE TABLE source_keys AS
     SELECT ${KEY_CELLS.join(', ')},
       CAST(count(*) AS INTEGER) AS records,
       ${perLevel.join(',\n       ')},
       CAST(count(*) FILTER (WHERE c5 IS NULL) AS INTEGER) AS empty_student_cells,
       CAST(count(*) FILTER (WHERE ${invalidRow}) AS INTEGER) AS invalid_records
     FROM ${readCsvAsText(filePath, columnCount)}
     GROUP BY ${KEY_CELLS.join(', ')}`,
    filePath,
    columnCount,
  );
}

/**
 * Takes the header record out of `source_keys`. Call it only once checkCsvHeader has found the
 * expected header as the first record.
 *
 * The header's EDUCATION_LEVEL cell is no level, so it counts in `records` and `invalid_records`
 * (the level check fails) and in no other column. A data record with the header's key cells
 * stays in the group, where the YEAR check rejects it.
 */
export async function removeHeaderRecord(
  connection: DuckDBConnection,
  header: readonly string[],
): Promise<void> {
  // Cell cN is column N of the file.
  const isHeaderKey = KEY_CELLS.map(
    (cell) => `${cell} = ${sqlStringLiteral(header[Number(cell.slice(1)) - 1])}`,
  ).join(' AND ');

  await connection.run(
    `UPDATE source_keys SET records = records - 1, invalid_records = invalid_records - 1
     WHERE ${isHeaderKey}`,
  );
  await connection.run('DELETE FROM source_keys WHERE records = 0');
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
