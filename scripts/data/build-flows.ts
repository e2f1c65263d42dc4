import type { DuckDBConnection } from '@duckdb/node-api';

import { ALL_TERTIARY_LEVEL, ISCED_LEVELS } from '../reference/isced-levels';
import type { MappedCountry } from './country-names';
import { queryRows, sqlStringLiteral } from './duckdb';
import { DataBuildError } from './errors';
import { summarizeSourceKeys } from './source-keys';

/**
 * Levels in DuckDB's order of the level column. The codes are ASCII, which JavaScript and DuckDB
 * both sort byte by byte.
 */
const LEVELS_IN_ORDER = [...ISCED_LEVELS].sort();

/** Returns the distinct host and origin names of table `source_keys`, sorted. */
export async function listSourceCountryNames(connection: DuckDBConnection): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    connection,
    `SELECT c1 AS name FROM source_keys
     UNION
     SELECT c2 FROM source_keys
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
 *
 * The rows go in sorted by level, year, destination and origin, the order of flows.parquet, so
 * that a reader filtering on level and year can skip most row groups by their min/max statistics.
 */
export async function buildFlowsTable(
  connection: DuckDBConnection,
  countries: readonly MappedCountry[],
): Promise<{ totalsMissing: number }> {
  const rankCount = await loadCountryMap(connection, countries);
  const { sourceRows, totalsMissing, hasRepeatedKeys } = await summarizeSourceKeys(connection);

  await connection.run(
    `CREATE TABLE flows (
       year SMALLINT NOT NULL,
       origin VARCHAR NOT NULL,
       destination VARCHAR NOT NULL,
       level VARCHAR NOT NULL,
       students INTEGER
     )`,
  );

  // One BIGINT key gives the same order as the four columns, and DuckDB 1.5.6 sorts the OECD
  // file's rows by it in about half the time (2 cores). Ranks stay below rankCount (at most 26^3
  // codes) and years below 10,000, so the key stays below 6 * 10,000 * (26^3)^2, about 2 * 10^13.
  const levelList = LEVELS_IN_ORDER.map(sqlStringLiteral).join(', ');
  const levelRank = `CAST(list_position([${levelList}], level) AS BIGINT)`;
  const sortKey =
    `((${levelRank} * 10000 + year) * ${rankCount} + destination_rank) * ${rankCount}` +
    ' + origin_rank';
  const totalLevel = sqlStringLiteral(ALL_TERTIARY_LEVEL);
  const inserted = await connection.run(
    `INSERT INTO flows
     SELECT year, origin, destination, level, students
     FROM (
       SELECT s.year, o.iso3 AS origin, d.iso3 AS destination, s.level, s.students,
         o.iso3_rank AS origin_rank, d.iso3_rank AS destination_rank
       FROM source_flows s
       JOIN country_map o ON o.raw_name = s.origin_name
       JOIN country_map d ON d.raw_name = s.host_name
       UNION ALL
       SELECT CAST(k.c4 AS SMALLINT), o.iso3, d.iso3, ${totalLevel}, CAST(NULL AS INTEGER),
         o.iso3_rank, d.iso3_rank
       FROM source_keys k
       JOIN country_map o ON o.raw_name = k.c2
       JOIN country_map d ON d.raw_name = k.c1
       WHERE k."${ALL_TERTIARY_LEVEL}" = 0
     )
     ORDER BY ${sortKey}`,
  );
  assertRowCount(sourceRows + totalsMissing, inserted.rowsChanged);

  // Names map one to one onto codes (mapCountryNames rejects two names for one code), so a key
  // repeats in `flows` exactly when it repeats in `source_keys`.
  if (hasRepeatedKeys) await rejectRepeatedKeys(connection);

  return { totalsMissing };
}

/**
 * Creates table `country_map` (raw_name, iso3, iso3_rank) and returns the number of ranks.
 * Codes are [A-Z]{3} (createCountryIndex checks them), so their JavaScript order is DuckDB's.
 */
async function loadCountryMap(
  connection: DuckDBConnection,
  countries: readonly MappedCountry[],
): Promise<number> {
  const codesInOrder = [...new Set(countries.map((country) => country.iso3))].sort();
  const rankOf = new Map(codesInOrder.map((iso3, rank) => [iso3, rank]));

  await connection.run(
    'CREATE TABLE country_map (raw_name VARCHAR PRIMARY KEY, iso3 VARCHAR, iso3_rank INTEGER)',
  );
  const appender = await connection.createAppender('country_map');

  for (const country of countries) {
    appender.appendVarchar(country.rawName);
    appender.appendVarchar(country.iso3);
    appender.appendInteger(rankOf.get(country.iso3) ?? 0);
    appender.endRow();
  }

  appender.closeSync();
  return Math.max(codesInOrder.length, 1);
}

/** Guards the inner joins: a name missing from `country_map` would drop its rows silently. */
function assertRowCount(expected: number, inserted: number): void {
  if (inserted !== expected) {
    throw new Error(
      `Mapping country names changed the row count from ${expected} to ${inserted}.`,
    );
  }
}

async function rejectRepeatedKeys(connection: DuckDBConnection): Promise<void> {
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
