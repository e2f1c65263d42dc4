/**
 * Pairs of ASEM partners whose count changed sharply from the year before. A host that starts
 * or stops counting a group of students shows up this way, and one such pair can move the
 * headline ratio, so the overview lists them next to it.
 */
import type { Database } from '../db/types';
import type { LevelCode } from './levels';
import { membersInYearSql, type Side } from './sides';
import { checkTables, DEFAULT_TABLES, type FlowTables } from './tables';

// A type alias, not an interface, so that it fits the row type of `Database.query`.
export type PairJump = {
  origin: string;
  destination: string;
  /** Side of the origin; the destination is on the other side. */
  originSide: Side;
  /** Students in the year before. */
  before: number;
  /** Students in the chosen year. */
  after: number;
};

export interface PairJumpRule {
  /** Minimum change in students, either way. */
  minimumChange: number;
  /** Minimum factor between the larger and the smaller count. */
  minimumFactor: number;
  /** Maximum number of pairs returned. */
  limit: number;
}

// Thresholds picked by reading the output on the OECD file: they flag a handful of pairs a year, such as Portugal to
// Russia from 13 students in 2018 to 4,965 in 2019, and leave ordinary growth alone.
export const DEFAULT_JUMP_RULE: PairJumpRule = { minimumChange: 1000, minimumFactor: 3, limit: 5 };

/**
 * Returns the pairs between the two ASEM sides, both ways, whose known count changed from
 * `year - 1` to `year` by at least the rule's change and factor, largest change first. Both
 * counts must be known: a pair that is missing in one year is a coverage matter, noted
 * elsewhere.
 */
export async function queryPairJumps(
  db: Database,
  filter: { year: number; level: LevelCode },
  tables: FlowTables = DEFAULT_TABLES,
  rule: PairJumpRule = DEFAULT_JUMP_RULE,
): Promise<PairJump[]> {
  const { flows, countries } = checkTables(tables);
  return db.query<PairJump>(
    `WITH members AS (${membersInYearSql(countries)}),
     counts AS (
       SELECT f.year, f.origin, f.destination, o.side AS origin_side, SUM(f.students) AS students
       FROM ${flows} f
       JOIN members o ON o.iso3 = f.origin
       JOIN members d ON d.iso3 = f.destination AND d.side <> o.side
       WHERE f.year IN (?, ?) AND f.level = ? AND f.students IS NOT NULL
       GROUP BY ALL
     ),
     paired AS (
       SELECT a.origin, a.destination, a.origin_side AS "originSide",
              b.students AS before, a.students AS after
       FROM counts a
       JOIN counts b USING (origin, destination)
       WHERE a.year = ? AND b.year = ?
     )
     SELECT * FROM paired
     WHERE abs(after - before) >= ?
       AND (after >= ? * before OR before >= ? * after)
     ORDER BY abs(after - before) DESC, origin, destination
     LIMIT ?`,
    [
      filter.year,
      filter.year,
      filter.year - 1,
      filter.level,
      filter.year,
      filter.year - 1,
      rule.minimumChange,
      rule.minimumFactor,
      rule.minimumFactor,
      rule.limit,
    ],
  );
}
