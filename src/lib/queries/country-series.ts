import type { Database } from '../db/types';
import type { LevelCode } from './levels';
import { checkTables, DEFAULT_TABLES, type FlowTables } from './tables';

/** One partner's exchange with the other ASEM side in one year. */
export interface CountryYear {
  year: number;
  /** Students from the other side enrolled here; null when this country is not a host then. */
  inbound: number | null;
  /** Students from here enrolled on the other side; null when no host there reports. */
  outbound: number | null;
  hostReported: boolean;
}

/**
 * Returns, for every year from the partner's joining year, its students exchanged with the
 * partners of the other side that were members that year.
 */
export async function queryCountrySeries(
  db: Database,
  iso3: string,
  level: LevelCode,
  tables: FlowTables = DEFAULT_TABLES,
): Promise<CountryYear[]> {
  const { flows, countries } = checkTables(tables);
  const rows = await db.query<{
    year: number;
    inbound: number | null;
    outbound: number | null;
    host_reported: boolean;
    other_side_reported: boolean;
  }>(
    `WITH me AS (
       SELECT iso3, asem_side AS side, asem_join_year AS join_year
       FROM ${countries} WHERE iso3 = ? AND asem_side IS NOT NULL
     ),
     members AS (
       SELECT iso3, asem_side AS side, asem_join_year AS join_year
       FROM ${countries} WHERE asem_side IS NOT NULL
     ),
     crossing AS (
       SELECT f.year, f.origin, f.destination, f.students
       FROM ${flows} f
       JOIN members o ON o.iso3 = f.origin AND o.join_year <= f.year
       JOIN members d ON d.iso3 = f.destination AND d.join_year <= f.year
       WHERE f.level = ? AND o.side <> d.side AND (f.origin = ? OR f.destination = ?)
     ),
     hosts AS (
       SELECT DISTINCT f.year, f.destination AS iso3 FROM ${flows} f WHERE f.level = ?
     )
     SELECT y.year,
       (SELECT SUM(students) FROM crossing c
        WHERE c.year = y.year AND c.destination = me.iso3) AS inbound,
       (SELECT SUM(students) FROM crossing c
        WHERE c.year = y.year AND c.origin = me.iso3) AS outbound,
       EXISTS (SELECT 1 FROM hosts h WHERE h.year = y.year AND h.iso3 = me.iso3)
         AS host_reported,
       EXISTS (
         SELECT 1 FROM hosts h JOIN members m ON m.iso3 = h.iso3
         WHERE h.year = y.year AND m.side <> me.side AND m.join_year <= y.year
       ) AS other_side_reported
     FROM (SELECT DISTINCT year FROM ${flows}) y, me
     WHERE me.join_year <= y.year
     ORDER BY y.year`,
    [iso3, level, iso3, iso3, level],
  );

  return rows.map((row) => ({
    year: row.year,
    inbound: row.host_reported ? (row.inbound ?? 0) : null,
    outbound: row.other_side_reported ? (row.outbound ?? 0) : null,
    hostReported: row.host_reported,
  }));
}
