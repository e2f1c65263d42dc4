import type { DuckDBConnection } from '@duckdb/node-api';

import { ALL_TERTIARY_LEVEL } from '../../reference/isced-levels';
import { queryRows, sqlStringLiteral } from '../duckdb';
import { DataBuildError } from '../errors';

/** Names in the lists that stand for several countries, so they get no country code. */
const LUMPED_NAME_SQL = `(name = 'Other countries' OR name LIKE '%: unknown countries')`;

/**
 * Countries that the lists name but country-names.csv leaves out, so they have no ISO code.
 * Their rows are left out and counted; any other name without a code fails the build.
 */
const UNCODED_NAMES = ['Sint Maarten'];

export interface UisFlowCounts {
  /** Data rows of both lists, headers excluded. */
  sourceRows: number;
  /** Rows of "Other countries" or a "<region>: unknown countries" bucket, left out. */
  lumpedRows: number;
  /** Rows naming a country that has no ISO code in the name list (Sint Maarten), left out. */
  uncodedRows: number;
  /** Rows of uis_flows: distinct (year, origin, destination) named in either list. */
  flowRows: number;
  /** Pairs named in both lists, whose two counts were checked to agree. */
  inBothLists: number;
}

/**
 * Creates table `uis_flows` (year, origin, destination, level, students, in_origin_top10,
 * in_host_top10, flags) from `uis_source` and `uis_names`.
 *
 * A pair can be in an origin's top ten, a host's top ten, or both. Both lists come from the same
 * UIS series, so a pair in both must have one count, and the build fails when they differ.
 * `level` is always the all-tertiary code, because UIS counts ISCED 5-8 together.
 */
export async function buildUisFlowsTable(connection: DuckDBConnection): Promise<UisFlowCounts> {
  await connection.run(
    `CREATE TEMP VIEW uis_all_names AS
     SELECT origin_name AS name FROM uis_source
     UNION SELECT destination_name FROM uis_source`,
  );
  await rejectUnknownNames(connection);

  await connection.run(
    `CREATE TEMP TABLE uis_coded AS
     SELECT s.list, s.year, o.iso3 AS origin, d.iso3 AS destination, s.students,
       regexp_replace(s.flags, '-', '', 'g') AS flags
     FROM uis_source s
     JOIN uis_names o ON o.name = s.origin_name
     JOIN uis_names d ON d.name = s.destination_name`,
  );
  await rejectConflictingCounts(connection);

  await connection.run(
    `CREATE TABLE uis_flows AS
     SELECT year, origin, destination,
       ${sqlStringLiteral(ALL_TERTIARY_LEVEL)} AS level,
       min(students) AS students,
       bool_or(list = 'destinations') AS in_origin_top10,
       bool_or(list = 'origins') AS in_host_top10,
       coalesce(max(flags) FILTER (WHERE list = 'destinations'), max(flags)) AS flags
     FROM uis_coded
     GROUP BY year, origin, destination`,
  );

  const [counts] = await queryRows<UisFlowCounts>(
    connection,
    `SELECT
       CAST((SELECT count(*) FROM uis_source) AS INTEGER) AS "sourceRows",
       CAST((SELECT count(*) FROM uis_source
             WHERE origin_name IN (SELECT name FROM uis_all_names WHERE ${LUMPED_NAME_SQL})
                OR destination_name IN (SELECT name FROM uis_all_names WHERE ${LUMPED_NAME_SQL}))
         AS INTEGER) AS "lumpedRows",
       CAST((SELECT count(*) FROM uis_source) - (SELECT count(*) FROM uis_coded)
         AS INTEGER) AS "uncodedRows",
       CAST((SELECT count(*) FROM uis_flows) AS INTEGER) AS "flowRows",
       CAST((SELECT count(*) FROM uis_flows WHERE in_origin_top10 AND in_host_top10)
         AS INTEGER) AS "inBothLists"`,
  );

  return { ...counts, uncodedRows: counts.uncodedRows - counts.lumpedRows };
}

/** Fails on a country name that is neither coded nor a known bucket, instead of dropping it. */
async function rejectUnknownNames(connection: DuckDBConnection): Promise<void> {
  const unknown = await queryRows<{ name: string }>(
    connection,
    `SELECT name FROM uis_all_names
     WHERE NOT ${LUMPED_NAME_SQL}
       AND name NOT IN (SELECT name FROM uis_names)
       AND name NOT IN (${UNCODED_NAMES.map(sqlStringLiteral).join(', ')})
     ORDER BY name`,
  );
  if (unknown.length === 0) return;

  throw new DataBuildError(
    `${unknown.length} country name(s) in the UIS top-flow lists are not in country-names.csv: ` +
      `${unknown.map((row) => JSON.stringify(row.name)).join(', ')}.\n` +
      'Add each one with its ISO alpha-3 code to country-names.csv of the dataset copy, or to ' +
        'UNCODED_NAMES in scripts/data/uis/build-uis-flows.ts to leave its rows out.',
  );
}

async function rejectConflictingCounts(connection: DuckDBConnection): Promise<void> {
  const conflicts = await queryRows<{ key: string; low: number; high: number }>(
    connection,
    `SELECT concat_ws(' ', year, origin, destination) AS key,
       min(students) AS low, max(students) AS high
     FROM uis_coded
     GROUP BY year, origin, destination
     HAVING min(students) <> max(students) OR count(*) FILTER (WHERE list = 'destinations') > 1
       OR count(*) FILTER (WHERE list = 'origins') > 1
     ORDER BY key
     LIMIT 20`,
  );
  if (conflicts.length === 0) return;

  const listed = conflicts.map((row) => `${row.key}: ${row.low} and ${row.high}`);
  throw new DataBuildError(
    'Pairs listed twice with different counts in the UIS top-flow lists:\n' +
      `  ${listed.join('\n  ')}\n` +
      'Each (year, origin, destination) must have one count. Check the dataset copy.',
  );
}
