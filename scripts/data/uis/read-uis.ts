import type { DuckDBConnection } from '@duckdb/node-api';

import { queryRows } from '../duckdb';
import { DataBuildError } from '../errors';
import { loadCsvAsText, type LoadedCsv } from '../read-csv';
import type { UisSourceFiles } from './source-files';

const DESTINATIONS_HEADER = [
  'year',
  'origin_country_name',
  'dest_country_lumped',
  'value_lumped',
  'cond_all',
] as const;
const ORIGINS_HEADER = [
  'year',
  'dest_country_name',
  'origin_country_lumped',
  'value_lumped',
  'cond_all',
] as const;
const NAMES_HEADER = ['INDICATOR_ID', 'continent', 'country_name', 'country_code'] as const;

/** Maximum number of invalid cells listed in one error message. */
const MAX_LISTED_PROBLEMS = 20;

/**
 * Loads both top-flow lists into table `uis_source` (list, record, year, origin_name,
 * destination_name, students DOUBLE, flags) and the name list into `uis_names` (name, iso3),
 * after checking every cell.
 *
 * `list` is 'destinations' for a row of an origin's top-ten destinations and 'origins' for a row
 * of a host's top-ten origins. Counts stay fractional where UIS estimated them.
 */
export async function readUisSource(
  connection: DuckDBConnection,
  files: UisSourceFiles,
): Promise<void> {
  const destinations = await loadCsvAsText(
    connection,
    files.destinationsCsv,
    'raw_uis_destinations',
    DESTINATIONS_HEADER,
  );
  const origins = await loadCsvAsText(connection, files.originsCsv, 'raw_uis_origins', ORIGINS_HEADER);
  await loadCsvAsText(connection, files.namesCsv, 'raw_uis_names', NAMES_HEADER);

  await rejectInvalidCells(connection, 'raw_uis_destinations', destinations);
  await rejectInvalidCells(connection, 'raw_uis_origins', origins);

  // In the origins list the host comes before the origin, so c2 and c3 swap places here.
  await connection.run(
    `CREATE TABLE uis_source AS
     SELECT 'destinations' AS list, record, CAST(c1 AS SMALLINT) AS year,
       c2 AS origin_name, c3 AS destination_name, CAST(c4 AS DOUBLE) AS students,
       replace(c5, ' ', '') AS flags
     FROM raw_uis_destinations WHERE record > 1
     UNION ALL
     SELECT 'origins', record, CAST(c1 AS SMALLINT), c3, c2, CAST(c4 AS DOUBLE),
       replace(c5, ' ', '')
     FROM raw_uis_origins WHERE record > 1`,
  );

  await connection.run(
    `CREATE TABLE uis_names AS
     SELECT trim(c3) AS name, trim(c4) AS iso3
     FROM raw_uis_names
     WHERE record > 1 AND regexp_full_match(trim(c4), '[A-Z]{3}')`,
  );
}

async function rejectInvalidCells(
  connection: DuckDBConnection,
  table: string,
  csv: LoadedCsv,
): Promise<void> {
  const problemsQuery = `
    SELECT record, 'year' AS "columnName", c1 AS value,
      'is not a four-digit year from 1900 to 2099' AS problem
    FROM ${table}
    WHERE record > 1 AND (c1 IS NULL OR NOT regexp_full_match(c1, '(19|20)[0-9]{2}'))
    UNION ALL
    SELECT record, 'country name', coalesce(c2, c3), 'is empty'
    FROM ${table} WHERE record > 1 AND (c2 IS NULL OR c3 IS NULL)
    UNION ALL
    SELECT record, 'value_lumped', c4, 'is not a number of 0 or more'
    FROM ${table}
    WHERE record > 1 AND (c4 IS NULL OR NOT regexp_full_match(c4, '[0-9]+(\\.[0-9]+)?'))
    UNION ALL
    SELECT record, 'cond_all', c5, 'is not four flags (a, b, c, d or -) separated by spaces'
    FROM ${table}
    WHERE record > 1 AND (c5 IS NULL OR NOT regexp_full_match(c5, '[a-][ ][b-][ ][c-][ ][d-]'))`;

  const problems = await queryRows<{
    record: number;
    columnName: string;
    value: string | null;
    problem: string;
  }>(connection, `SELECT * FROM (${problemsQuery}) ORDER BY record LIMIT ${MAX_LISTED_PROBLEMS}`);

  if (problems.length === 0) return;

  const listed = problems.map(
    (cell) =>
      `  ${csv.describeRecord(cell.record)}: ${cell.columnName} ` +
      `${cell.value === null ? '(empty)' : JSON.stringify(cell.value)} ${cell.problem}`,
  );
  throw new DataBuildError(
    `Invalid values in ${csv.path} (first ${problems.length} shown):\n${listed.join('\n')}\n` +
      'Correct these cells, or point --source at an unmodified copy of the dataset.',
  );
}
