import type { Database } from '../db/types';
import { LEVELS, type LevelCode } from './levels';
import { checkTables, DEFAULT_TABLES, type FlowTables } from './tables';

/** One country's exchange with the other ASEM side at one ISCED level. */
export interface LevelExchange {
  level: LevelCode;
  /** Null when the country is not a host at this level that year. */
  inbound: number | null;
  /** Null when no host of the other side reports at this level that year. */
  outbound: number | null;
}

/** Returns the country's exchange with the other side at each level, all tertiary first. */
export async function queryCountryLevels(
  db: Database,
  iso3: string,
  year: number,
  tables: FlowTables = DEFAULT_TABLES,
): Promise<LevelExchange[]> {
  const { flows, countries } = checkTables(tables);
  const rows = await db.query<{
    level: string;
    inbound: number | null;
    outbound: number | null;
    host_reported: boolean;
    other_side_reported: boolean;
  }>(
    `WITH members AS (
       SELECT iso3, asem_side AS side FROM ${countries}
       WHERE asem_side IS NOT NULL AND asem_join_year <= ?
     ),
     me AS (SELECT * FROM members WHERE iso3 = ?),
     selected AS (SELECT * FROM ${flows} WHERE year = ?),
     crossing AS (
       SELECT s.level, s.origin, s.destination, s.students
       FROM selected s
       JOIN members o ON o.iso3 = s.origin
       JOIN members d ON d.iso3 = s.destination
       WHERE o.side <> d.side
     )
     SELECT l.level,
       (SELECT SUM(students) FROM crossing c WHERE c.level = l.level AND c.destination = me.iso3)
         AS inbound,
       (SELECT SUM(students) FROM crossing c WHERE c.level = l.level AND c.origin = me.iso3)
         AS outbound,
       EXISTS (SELECT 1 FROM selected s WHERE s.level = l.level AND s.destination = me.iso3)
         AS host_reported,
       EXISTS (
         SELECT 1 FROM selected s JOIN members m ON m.iso3 = s.destination
         WHERE s.level = l.level AND m.side <> me.side
       ) AS other_side_reported
     FROM (SELECT DISTINCT level FROM selected) l, me`,
    [year, iso3, year],
  );

  const byLevel = new Map(rows.map((row) => [row.level, row]));
  return LEVELS.flatMap(({ code }) => {
    const row = byLevel.get(code);
    if (!row) return [];
    return [
      {
        level: code,
        inbound: row.host_reported ? (row.inbound ?? 0) : null,
        outbound: row.other_side_reported ? (row.outbound ?? 0) : null,
      },
    ];
  });
}
