import type { Database } from '../db/types';
import type { LevelCode } from './levels';
import { checkTables, DEFAULT_TABLES, type FlowTables } from './tables';

/** How many ASEM partners per side report host data in one year. */
export interface HostCountYear {
  year: number;
  asiaHosts: number;
  europeHosts: number;
}

/**
 * Counts, for every year, the ASEM partners per side with at least one count above 0 as a host,
 * the same rule as `reportingHostsSql` but grouped by year.
 * A change in these counts moves the headline series without any change in mobility.
 */
export async function queryHostCounts(
  db: Database,
  level: LevelCode,
  tables: FlowTables = DEFAULT_TABLES,
): Promise<HostCountYear[]> {
  const { flows, countries } = checkTables(tables);
  const rows = await db.query<{ year: number; asia_hosts: number; europe_hosts: number }>(
    `WITH reporting AS (
       SELECT f.year, f.destination
       FROM ${flows} f
       WHERE f.level = ?
       GROUP BY f.year, f.destination
       HAVING max(f.students) > 0
     )
     SELECT y.year,
       count(*) FILTER (WHERE c.asem_side = 'asia') AS asia_hosts,
       count(*) FILTER (WHERE c.asem_side = 'europe') AS europe_hosts
     FROM (SELECT DISTINCT year FROM ${flows}) y
     LEFT JOIN reporting r ON r.year = y.year
     LEFT JOIN ${countries} c ON c.iso3 = r.destination AND c.asem_join_year <= y.year
     GROUP BY y.year
     ORDER BY y.year`,
    [level],
  );

  return rows.map((row) => ({
    year: row.year,
    asiaHosts: row.asia_hosts,
    europeHosts: row.europe_hosts,
  }));
}
