import type { Database } from '../db/types';
import type { LevelCode } from './levels';
import { reportingHostsSql } from './hosts';
import { membersInYearSql, type Side } from './sides';
import { checkTables, DEFAULT_TABLES, type FlowTables } from './tables';

/** ASEM partners (ISO3 codes) of one side, split by whether they report enrolments as hosts. */
export interface HostCoverage {
  side: Side;
  reporting: string[];
  notReporting: string[];
}

/** Lists, for each side, the ASEM partners with and without host data in `year` and `level`. */
export async function queryHostCoverage(
  db: Database,
  year: number,
  level: LevelCode,
  tables: FlowTables = DEFAULT_TABLES,
): Promise<HostCoverage[]> {
  const { flows, countries } = checkTables(tables);
  const rows = await db.query<{ side: Side; iso3: string; reporting: boolean }>(
    `WITH members AS (${membersInYearSql(countries)}),
     hosts AS (${reportingHostsSql(flows)})
     SELECT m.side, m.iso3, m.iso3 IN (SELECT iso3 FROM hosts) AS reporting
     FROM members m JOIN ${countries} c ON c.iso3 = m.iso3
     ORDER BY m.side, c.name_en`,
    [year, year, level],
  );

  return (['asia', 'europe'] as const).map((side) => ({
    side,
    reporting: rows.filter((row) => row.side === side && row.reporting).map((row) => row.iso3),
    notReporting: rows.filter((row) => row.side === side && !row.reporting).map((row) => row.iso3),
  }));
}
