import type { DuckDBConnection } from '@duckdb/node-api';

import { ISCED_LEVELS } from '../reference/isced-levels';
import { queryRows, sqlStringLiteral } from './duckdb';
import { DataBuildError } from './errors';
import { loadCsvAsText, type LoadedCsv } from './read-csv';

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

/**
 * Loads the OECD flow CSV into the view `source_flows` with columns record, host_name, origin_name,
 * level, year SMALLINT and students INTEGER, after checking every cell.
 *
 * An empty NUM_OF_STUDENTS cell becomes NULL. Any other value that is not a whole number fails the
 * build, listing each bad cell with its line, because a silent NULL would hide a broken file.
 */
export async function readFlowCsv(
  connection: DuckDBConnection,
  filePath: string,
): Promise<LoadedCsv> {
  const csv = await loadCsvAsText(connection, filePath, 'raw_flows', FLOW_CSV_HEADER);

  await rejectInvalidCells(connection, csv);

  // A view, because every later step reads it once or twice and a copy costs a full pass.
  await connection.run(
    `CREATE VIEW source_flows AS
     SELECT record,
       c1 AS host_name,
       c2 AS origin_name,
       c3 AS level,
       CAST(c4 AS SMALLINT) AS year,
       CAST(c5 AS INTEGER) AS students
     FROM raw_flows
     WHERE record > 1`,
  );

  return csv;
}

async function rejectInvalidCells(connection: DuckDBConnection, csv: LoadedCsv): Promise<void> {
  const levels = ISCED_LEVELS.map(sqlStringLiteral).join(', ');
  const checks = [
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
      invalid: `c3 IS NULL OR c3 NOT IN (${levels})`,
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
  const problemsQuery = checks
    .map(
      (check) =>
        `SELECT record, ${sqlStringLiteral(check.column)} AS "columnName", ${check.cell} AS value,
           ${sqlStringLiteral(check.problem)} AS problem
         FROM raw_flows WHERE record > 1 AND (${check.invalid})`,
    )
    .join('\nUNION ALL\n');

  // One scan counts the invalid cells of every column, so the listing runs only when needed.
  const counts = checks
    .map((check) => `count(*) FILTER (WHERE ${check.invalid})`)
    .join(' + ');
  const [{ total }] = await queryRows<{ total: number }>(
    connection,
    `SELECT CAST(${counts} AS INTEGER) AS total FROM raw_flows WHERE record > 1`,
  );

  if (total === 0) return;

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
