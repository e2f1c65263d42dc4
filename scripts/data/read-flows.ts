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
 * Loads the OECD flow CSV into table `source_flows` with columns record, host_name, origin_name,
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

  await connection.run(
    `CREATE TABLE source_flows AS
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
  const problemsQuery = `
    SELECT record, 'COUNTRY_OF_SCHOOL' AS "columnName", c1 AS value, 'is empty' AS problem
    FROM raw_flows WHERE record > 1 AND (c1 IS NULL OR trim(c1) = '')
    UNION ALL
    SELECT record, 'COUNTRY_OF_ORIGIN', c2, 'is empty'
    FROM raw_flows WHERE record > 1 AND (c2 IS NULL OR trim(c2) = '')
    UNION ALL
    SELECT record, 'EDUCATION_LEVEL', c3, 'is not one of ${ISCED_LEVELS.join(', ')}'
    FROM raw_flows WHERE record > 1 AND (c3 IS NULL OR c3 NOT IN (${levels}))
    UNION ALL
    SELECT record, 'YEAR', c4, 'is not a four-digit year from 1900 to 2099'
    FROM raw_flows
    WHERE record > 1 AND (c4 IS NULL OR NOT regexp_full_match(c4, '(19|20)[0-9]{2}'))
    UNION ALL
    SELECT record, 'NUM_OF_STUDENTS', c5, 'is not a whole number from 0 to 2147483647'
    FROM raw_flows
    WHERE record > 1 AND c5 IS NOT NULL
      AND (NOT regexp_full_match(c5, '[0-9]+') OR TRY_CAST(c5 AS INTEGER) IS NULL)`;

  const [{ total }] = await queryRows<{ total: number }>(
    connection,
    `SELECT CAST(count(*) AS INTEGER) AS total FROM (${problemsQuery})`,
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
