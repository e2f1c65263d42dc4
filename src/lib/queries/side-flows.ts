import type { Database } from '../db/types';
import type { LevelCode } from './levels';
import { directionSides, membersInYearSql, type Direction } from './sides';
import { checkTables, DEFAULT_TABLES, type FlowTables } from './tables';

/** Students from one ASEM partner enrolled in a partner on the other side. */
export interface PairFlow {
  origin: string;
  destination: string;
  students: number;
}

export interface SideFlowFilter {
  year: number;
  level: LevelCode;
  direction: Direction;
}

/** Returns every positive flow between ASEM partners in `direction`, largest first. */
export async function querySideFlows(
  db: Database,
  filter: SideFlowFilter,
  tables: FlowTables = DEFAULT_TABLES,
): Promise<PairFlow[]> {
  const { flows, countries } = checkTables(tables);
  const sides = directionSides(filter.direction);
  return db.query<{ origin: string; destination: string; students: number }>(
    `WITH members AS (${membersInYearSql(countries)})
     SELECT f.origin, f.destination, SUM(f.students) AS students
     FROM ${flows} f
     JOIN members o ON o.iso3 = f.origin AND o.side = ?
     JOIN members d ON d.iso3 = f.destination AND d.side = ?
     WHERE f.year = ? AND f.level = ? AND f.students > 0 AND f.origin <> f.destination
     GROUP BY f.origin, f.destination
     ORDER BY students DESC, f.origin, f.destination`,
    [filter.year, sides.origin, sides.destination, filter.year, filter.level],
  );
}
