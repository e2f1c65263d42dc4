import type { DuckDBConnection } from '@duckdb/node-api';

import { ISCED_LEVELS } from '../reference/isced-levels';
import { queryRows, sqlStringLiteral } from './duckdb';
import { DataBuildError } from './errors';
import { checkCsvHeader, loadCsvAsText } from './read-csv';
import { createSourceKeys, KEY_CELLS, removeHeaderRecord } from './source-keys';

export const FLOW_CSV_HEADER = [
  'COUNTRY_OF_SCHOOL',
  'COUNTRY_OF_ORIGIN',
  'EDUCATION_LEVEL',
  'YEAR',
  'NUM_OF_STUDENTS',
] as const;

/** Maximum number of invalid cells listed in one error message. */
const MAX_LISTED_PROBLEMS = 20;

interface CellProblem {
  record: number;
  columnName: string;
  value: string | null;
  problem: string;
}

interface CellCheck {
  /** Header name of the column. */
  column: (typeof FLOW_CSV_HEADER)[number];
  cell: 'c1' | 'c2' | 'c3' | 'c4' | 'c5';
  /** SQL condition over the cell, true when its value is invalid. */
  invalid: string;
  problem: string;
}

const LEVEL_LIST = ISCED_LEVELS.map(sqlStringLiteral).join(', ');

const CELL_CHECKS: readonly CellCheck[] = [
  {
    column: 'COUNTRY_OF_SCHOOL',
    cell: 'c1',
    invalid: `c1 IS NULL OR trim(c1) = ''`,
    problem: 'is empty',
  },
  {
    column: 'COUNTRY_OF_ORIGIN',
    cell: 'c2',
    invalid: `c2 IS NULL OR trim(c2) = ''`,
    problem: 'is empty',
  },
  {
    column: 'EDUCATION_LEVEL',
    cell: 'c3',
    invalid: `c3 IS NULL OR c3 NOT IN (${LEVEL_LIST})`,
    problem: `is not one of ${ISCED_LEVELS.join(', ')}`,
  },
  {
    column: 'YEAR',
    cell: 'c4',
    invalid: `c4 IS NULL OR NOT regexp_full_match(c4, '(19|20)[0-9]{2}')`,
    problem: 'is not a four-digit year from 1900 to 2099',
  },
  {
    column: 'NUM_OF_STUDENTS',
    cell: 'c5',
    invalid: `c5 IS NOT NULL
      AND (NOT regexp_full_match(c5, '[0-9]+') OR TRY_CAST(c5 AS INTEGER) IS NULL)`,
    problem: 'is not a whole number from 0 to 2147483647',
  },
];

const isKeyCheck = (check: CellCheck): boolean =>
  (KEY_CELLS as readonly string[]).includes(check.cell);

/**
 * Reads the OECD flow CSV into table `source_keys` (see createSourceKeys) after checking the
 * header and every cell.
 *
 * An empty NUM_OF_STUDENTS cell stands for a missing count. Any other value that is not a whole
 * number fails the build, listing each bad cell with its line, because a silent NULL would hide a
 * broken file.
 */
export async function readFlowCsv(connection: DuckDBConnection, filePath: string): Promise<void> {
  const columnCount = FLOW_CSV_HEADER.length;
  const rowChecks = CELL_CHECKS.filter((check) => !isKeyCheck(check));

  await createSourceKeys(
    connection,
    filePath,
    columnCount,
    rowChecks.map((check) => `(${check.invalid})`).join(' OR '),
  );
  await checkCsvHeader(connection, filePath, FLOW_CSV_HEADER);
  await removeHeaderRecord(connection, FLOW_CSV_HEADER);

  if (await hasInvalidCells(connection)) await rejectInvalidCells(connection, filePath);
}

/** Returns true when a row check failed on some record or a key check on some distinct key. */
async function hasInvalidCells(connection: DuckDBConnection): Promise<boolean> {
  const keyFindings = CELL_CHECKS.filter(isKeyCheck).map(
    (check) =>
      `(SELECT count(*) FILTER (WHERE ${check.invalid})
        FROM (SELECT DISTINCT ${check.cell} FROM source_keys))`,
  );
  const [{ findings }] = await queryRows<{ findings: number }>(
    connection,
    `SELECT CAST((SELECT coalesce(sum(invalid_records), 0) FROM source_keys)
       + ${keyFindings.join(' + ')} AS INTEGER) AS findings`,
  );
  return findings > 0;
}

/**
 * Fails listing the invalid cells with their lines. Only this error path loads every cell into a
 * table, view `raw_flows`, because `source_keys` has no record numbers.
 */
async function rejectInvalidCells(connection: DuckDBConnection, filePath: string): Promise<void> {
  const csv = await loadCsvAsText(connection, filePath, 'raw_flows', FLOW_CSV_HEADER);

  const problemsQuery = CELL_CHECKS
    .map(
      (check) =>
        `SELECT record, ${sqlStringLiteral(check.column)} AS "columnName", ${check.cell} AS value,
           ${sqlStringLiteral(check.problem)} AS problem
         FROM raw_flows WHERE record > 1 AND (${check.invalid})`,
    )
    .join('\nUNION ALL\n');

  const counts = CELL_CHECKS.map((check) => `count(*) FILTER (WHERE ${check.invalid})`)
    .join(' + ');
  const [{ total }] = await queryRows<{ total: number }>(
    connection,
    `SELECT CAST(${counts} AS INTEGER) AS total FROM raw_flows WHERE record > 1`,
  );

  const problems = await queryRows<CellProblem>(
    connection,
    `SELECT * FROM (${problemsQuery}) ORDER BY record, "columnName" LIMIT ${MAX_LISTED_PROBLEMS}`,
  );
  const listed = problems.map(
    (cell) =>
      `  ${csv.describeRecord(cell.record)}: ${cell.columnName} ` +
      `${cell.value === null ? '(empty)' : JSON.stringify(cell.value)} ${cell.problem}`,
  );
  const truncationNote = total > problems.length ? `, first ${problems.length} shown` : '';

  throw new DataBuildError(
    `Invalid values in ${csv.path} (${total} found${truncationNote}):\n${listed.join('\n')}\n` +
      'An empty NUM_OF_STUDENTS cell is read as missing, and OECD markers such as "m" or "x" ' +
      'are not accepted. Correct these cells, or point --source at an unmodified copy of the ' +
      'dataset.',
  );
}
