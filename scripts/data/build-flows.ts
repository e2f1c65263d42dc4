import type { DuckDBConnection } from '@duckdb/node-api';

import { ALL_TERTIARY_LEVEL, ISCED_LEVELS, type IscedLevel } from '../reference/isced-levels';
import type { MappedCountry } from './country-names';
import { queryRows, sqlStringLiteral } from './duckdb';
import { DataBuildError } from './errors';
import { studentsColumn, summarizeSourceKeys } from './source-keys';

/**
 * Levels in DuckDB's order of the level column. The codes are ASCII, which JavaScript and DuckDB
 * both sort byte by byte.
 */
const LEVELS_IN_ORDER = [...ISCED_LEVELS].sort();

/** Key columns of a `source_keys` row with its countries as codes, for FROM_MAPPED_KEYS. */
const MAPPED_KEY = 'CAST(k.c4 AS SMALLINT) AS year, o.iso3 AS origin, d.iso3 AS destination';

/**
 * Joins `source_keys` to the codes of its names. Each statement joins its own 58,000 key rows
 * (the OECD file's count), because copying them into a table would take longer.
 */
const FROM_MAPPED_KEYS = `FROM source_keys k
  JOIN country_map o ON o.raw_name = k.c2
  JOIN country_map d ON d.raw_name = k.c1`;

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

/** Rows of view `flows` in the order of flows.parquet, with its columns. */
export const FLOWS_IN_FILE_ORDER =
  'SELECT year, origin, destination, level, students FROM flows ORDER BY sort_key';

/**
 * Creates view `flows` (year, origin, destination, level, students, sort_key) from `source_keys`,
 * with countries as ISO alpha-3 codes, and returns how many all-tertiary rows it adds.
 *
 * Some host/origin/year keys have level rows but no ISCED11_5T8 row. Each gets an explicit
 * ISCED11_5T8 row with NULL students, so a query for the total finds "missing" instead of no row.
 * The total is not summed from the levels, because the OECD total does not always equal that sum.
 *
 * Zeros are kept as 0. The upstream copy turned OECD missing-value markers into 0, so some zeros
 * mean "missing", but the file gives no way to tell which.
 *
 * sort_key orders the rows by level, year, destination and origin, so that a reader of
 * flows.parquet filtering on level and year can skip most row groups by their min/max statistics.
 * A view, because copying the rows into a table costs more than joining the key rows again.
 */
export async function createFlowsView(
  connection: DuckDBConnection,
  countries: readonly MappedCountry[],
): Promise<{ totalsMissing: number }> {
  const rankCount = await loadCountryMap(connection, countries);
  await assertEveryNameMapped(connection);
  const { totalsMissing, hasRepeatedKeys } = await summarizeSourceKeys(connection);

  // Names map one to one onto codes (mapCountryNames rejects two names for one code), so a key
  // repeats after mapping exactly when it repeats in `source_keys`.
  if (hasRepeatedKeys) await rejectRepeatedKeys(connection);

  // One BIGINT key gives the same order as the four columns, and DuckDB 1.5.6 sorted the OECD
  // rows by it in about half the time (measured on 2 cores). Ranks stay below rankCount (at most
  // 26^3 codes) and years below 10,000, so the key stays below 5 * 10,000 * (26^3)^2 < 2^63.
  const sortKey = (level: IscedLevel) =>
    `((${LEVELS_IN_ORDER.indexOf(level)} * 10000 + CAST(k.c4 AS BIGINT)) * ${rankCount}` +
    ` + d.iso3_rank) * ${rankCount} + o.iso3_rank`;

  // One row per key and level that has a record. Every key gets an all-tertiary row, whose
  // students column is NULL where the source has no such record.
  const rowsPerLevel = ISCED_LEVELS.map(
    (level) =>
      `SELECT ${MAPPED_KEY}, ${sqlStringLiteral(level)} AS level,
         k.${studentsColumn(level)} AS students, ${sortKey(level)} AS sort_key
       ${FROM_MAPPED_KEYS}
       ${level === ALL_TERTIARY_LEVEL ? '' : `WHERE k."${level}" > 0`}`,
  );
  await connection.run(`CREATE VIEW flows AS ${rowsPerLevel.join('\nUNION ALL\n')}`);

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
async function assertEveryNameMapped(connection: DuckDBConnection): Promise<void> {
  const unmapped = await queryRows<{ name: string }>(
    connection,
    `SELECT c1 AS name FROM source_keys UNION SELECT c2 FROM source_keys
     EXCEPT SELECT raw_name FROM country_map
     LIMIT 5`,
  );

  if (unmapped.length > 0) {
    throw new Error(
      `Country names missing from country_map: ${unmapped.map((row) => row.name).join(', ')}.`,
    );
  }
}

/** Fails listing up to 20 keys that have more than one row of one level. */
async function rejectRepeatedKeys(connection: DuckDBConnection): Promise<void> {
  const copiesPerLevel = ISCED_LEVELS.map(
    (level) =>
      `SELECT ${MAPPED_KEY}, ${sqlStringLiteral(level)} AS level, k."${level}" AS copies
       ${FROM_MAPPED_KEYS}`,
  );
  const duplicates = await queryRows<{ key: string; copies: number }>(
    connection,
    `SELECT concat_ws(' ', year, origin, destination, level) AS key, copies
     FROM (${copiesPerLevel.join('\n UNION ALL\n')})
     WHERE copies > 1
     ORDER BY key
     LIMIT 20`,
  );

  const listed = duplicates.map((row) => `${row.key} (${row.copies} rows)`);
  throw new DataBuildError(
    'Duplicate (year, origin, destination, level) keys in the flow data:\n' +
      `  ${listed.join('\n  ')}\n` +
      'Each key must appear once. Remove the repeated rows from the source file.',
  );
}
