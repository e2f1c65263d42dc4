import type { Database } from '../db/types';
import type { LevelCode } from './levels';
import { checkTables, DEFAULT_TABLES, type FlowTables } from './tables';

/** Students crossing between the ASEM sides in one year; null where no count is reported. */
export interface HeadlineYear {
  year: number;
  asiaToEurope: number | null;
  europeToAsia: number | null;
}

/**
 * Sums, for every year, the students from ASEM Asia enrolled in ASEM Europe and the reverse.
 * Sides follow ASEM membership in that year, so a partner counts only from its joining year.
 */
export async function queryHeadlineSeries(
  db: Database,
  level: LevelCode,
  tables: FlowTables = DEFAULT_TABLES,
): Promise<HeadlineYear[]> {
  const { flows, countries } = checkTables(tables);
  const rows = await db.query<{
    year: number;
    asia_to_europe: number | null;
    europe_to_asia: number | null;
  }>(
    `SELECT f.year,
       SUM(f.students) FILTER (WHERE o.asem_side = 'asia' AND d.asem_side = 'europe')
         AS asia_to_europe,
       SUM(f.students) FILTER (WHERE o.asem_side = 'europe' AND d.asem_side = 'asia')
         AS europe_to_asia
     FROM ${flows} f
     JOIN ${countries} o ON o.iso3 = f.origin AND o.asem_join_year <= f.year
     JOIN ${countries} d ON d.iso3 = f.destination AND d.asem_join_year <= f.year
     WHERE f.level = ?
     GROUP BY f.year
     ORDER BY f.year`,
    [level],
  );

  return rows.map((row) => ({
    year: row.year,
    asiaToEurope: row.asia_to_europe,
    europeToAsia: row.europe_to_asia,
  }));
}
