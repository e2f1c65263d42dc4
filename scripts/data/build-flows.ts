import type { DuckDBConnection } from '@duckdb/node-api';

import { ALL_TERTIARY_LEVEL } from '../reference/isced-levels';
import type { MappedCountry } from './country-names';
import { queryRows, sqlStringLiteral } from './duckdb';
import { DataBuildError } from './errors';

/** Returns the distinct host and origin names of table `source_flows`, sorted. */
export async function listSourceCountryNames(connection: DuckDBConnection): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    connection,
    `SELECT host_name AS name FROM source_flows
     UNION
     SELECT origin_name FROM source_flows
     ORDER BY name`,
  );
  return rows.map((row) => row.name);
}

/**
 * Creates table `flows` (year, origin, destination, level, students) from `source_flows`, with
 * countries as ISO alpha-3 codes, and returns how many all-tertiary rows it added.
 *
 * Some host/origin/year keys have level rows but no ISCED11_5T8 row. Each gets an explicit
 * ISCED11_5T8 row with NULL students, so a query for the total finds "missing" instead of no row.
 * The total is not summed from the levels, because the OECD total does not always equal that sum.
 *
 * Zeros are kept as 0. The upstream copy turned OECD missing-value markers into 0, so some zeros
 * mean "missing", but the file gives no way to tell which.
 */
export async function buildFlowsTable(
  connection: DuckDBConnection,
  countries: readonly MappedCountry[],
): Promise<{ totalsMissing: number }> {
  await loadCountryMap(connection, countries);

  await connection.run(
    `CREATE TABLE flows (
       year SMALLINT NOT NULL,
       origin VARCHAR NOT NULL,
       destination VARCHAR NOT NULL,
       level VARCHAR NOT NULL,
       students INTEGER
     )`,
  );
  await connection.run(
    `INSERT INTO flows
     SELECT s.year, o.iso3, d.iso3, s.level, s.students
     FROM source_flows s
     JOIN country_map o ON o.raw_name = s.origin_name
     JOIN country_map d ON d.raw_name = s.host_name`,
  );
  await assertRowCountsMatch(connection);

  await assertUniqueKeys(connection);

  // Grouping finds the keys without an all-tertiary row in one pass, where NOT EXISTS joined
  // the table with itself. Keys are unique by now, so adding these rows keeps them unique.
  const totalLevel = sqlStringLiteral(ALL_TERTIARY_LEVEL);
  await connection.run(
    `CREATE TEMP TABLE missing_totals AS
     SELECT year, origin, destination, ${totalLevel} AS level, CAST(NULL AS INTEGER) AS students
     FROM flows
     GROUP BY year, origin, destination
     HAVING count(*) FILTER (WHERE level = ${totalLevel}) = 0`,
  );
  await connection.run('INSERT INTO flows SELECT * FROM missing_totals');

  const [{ totalsMissing }] = await queryRows<{ totalsMissing: number }>(
    connection,
    'SELECT CAST(count(*) AS INTEGER) AS "totalsMissing" FROM missing_totals',
  );
  return { totalsMissing };
}

async function loadCountryMap(
  connection: DuckDBConnection,
  countries: readonly MappedCountry[],
): Promise<void> {
  await connection.run('CREATE TABLE country_map (raw_name VARCHAR PRIMARY KEY, iso3 VARCHAR)');
  const appender = await connection.createAppender('country_map');

  for (const country of countries) {
    appender.appendVarchar(country.rawName);
    appender.appendVarchar(country.iso3);
    appender.endRow();
  }

  appender.closeSync();
}

/** Guards the inner joins: a name missing from `country_map` would drop its rows silently. */
async function assertRowCountsMatch(connection: DuckDBConnection): Promise<void> {
  const [counts] = await queryRows<{ source: number; joined: number }>(
    connection,
    `SELECT CAST((SELECT count(*) FROM source_flows) AS INTEGER) AS source,
       CAST((SELECT count(*) FROM flows) AS INTEGER) AS joined`,
  );

  if (counts.source !== counts.joined) {
    throw new Error(
      `Mapping country names changed the row count from ${counts.source} to ${counts.joined}.`,
    );
  }
}

async function assertUniqueKeys(connection: DuckDBConnection): Promise<void> {
  const duplicates = await queryRows<{ key: string; copies: number }>(
    connection,
    `SELECT concat_ws(' ', year, origin, destination, level) AS key,
       CAST(count(*) AS INTEGER) AS copies
     FROM flows
     GROUP BY year, origin, destination, level
     HAVING count(*) > 1
     ORDER BY key
     LIMIT 20`,
  );

  if (duplicates.length === 0) return;

  const listed = duplicates.map((row) => `${row.key} (${row.copies} rows)`);
  throw new DataBuildError(
    'Duplicate (year, origin, destination, level) keys in the flow data:\n' +
      `  ${listed.join('\n  ')}\n` +
      'Each key must appear once. Remove the repeated rows from the source file.',
  );
}
