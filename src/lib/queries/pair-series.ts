import type { Database } from '../db/types';
import type { LevelCode } from './levels';
import { checkTables, DEFAULT_TABLES, type FlowTables } from './tables';

/** Students between two countries in both directions in one year. */
export interface PairYear {
  year: number;
  /** Students from the first country enrolled in the second; null when unknown. */
  forward: number | null;
  /** Students from the second country enrolled in the first; null when unknown. */
  backward: number | null;
}

/**
 * Returns both directions between `first` and `second` for every year of the source. A missing
 * row counts as 0 only when `missingPairMeansZero` and the host reports that year.
 */
export async function queryPairSeries(
  db: Database,
  pair: { first: string; second: string },
  options: { level: LevelCode; missingPairMeansZero: boolean },
  tables: FlowTables = DEFAULT_TABLES,
): Promise<PairYear[]> {
  const { flows } = checkTables(tables);
  const rows = await db.query<{
    year: number;
    forward: number | null;
    backward: number | null;
    first_reports: boolean;
    second_reports: boolean;
  }>(
    `WITH selected AS (SELECT * FROM ${flows} WHERE level = ?)
     SELECT y.year,
       (SELECT SUM(students) FROM selected s
        WHERE s.year = y.year AND s.origin = ? AND s.destination = ?) AS forward,
       (SELECT SUM(students) FROM selected s
        WHERE s.year = y.year AND s.origin = ? AND s.destination = ?) AS backward,
       EXISTS (SELECT 1 FROM selected s WHERE s.year = y.year AND s.destination = ?)
         AS first_reports,
       EXISTS (SELECT 1 FROM selected s WHERE s.year = y.year AND s.destination = ?)
         AS second_reports
     FROM (SELECT DISTINCT year FROM ${flows}) y
     ORDER BY y.year`,
    [options.level, pair.first, pair.second, pair.second, pair.first, pair.first, pair.second],
  );

  const known = (value: number | null, hostReports: boolean) => {
    if (value !== null) return value;
    return options.missingPairMeansZero && hostReports ? 0 : null;
  };

  return rows.map((row) => ({
    year: row.year,
    forward: known(row.forward, row.second_reports),
    backward: known(row.backward, row.first_reports),
  }));
}
