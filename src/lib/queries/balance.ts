import type { Database } from '../db/types';
import type { LevelCode } from './levels';
import { reportingHostsSql } from './hosts';
import { membersInYearSql, type Side } from './sides';
import { checkTables, DEFAULT_TABLES, type FlowTables } from './tables';

/** One ASEM partner's exchange with the other side in one year. */
export interface PartnerBalance {
  iso3: string;
  name: string;
  side: Side;
  /** Students from the other side enrolled here; null when this country reports no host data. */
  inbound: number | null;
  /**
   * Students from here enrolled on the other side, as reported by the other side's hosts.
   * Null when no host on the other side reports at all.
   */
  outbound: number | null;
  /** Whether this country reported any enrolment above 0 as a host in that year and level. */
  hostReported: boolean;
}

export interface BalanceFilter {
  year: number;
  level: LevelCode;
  /**
   * Whether a pair without a row means no students, given that the host reports. Default true,
   * as in the OECD file. When false (UIS top-ten lists), a partner without any listed pair across
   * the sides gets null, because its count is unknown rather than 0.
   */
  missingPairMeansZero?: boolean;
}

/** Returns one row per ASEM partner of `year`, in ISO3 order. */
export async function queryPartnerBalances(
  db: Database,
  filter: BalanceFilter,
  tables: FlowTables = DEFAULT_TABLES,
): Promise<PartnerBalance[]> {
  const { flows, countries } = checkTables(tables);
  const rows = await db.query<{
    iso3: string;
    name: string;
    side: Side;
    inbound: number | null;
    outbound: number | null;
    host_reported: boolean;
    other_side_reported: boolean;
  }>(
    `WITH members AS (${membersInYearSql(countries)}),
     crossing AS (
       SELECT f.origin, f.destination, f.students
       FROM ${flows} f
       JOIN members o ON o.iso3 = f.origin
       JOIN members d ON d.iso3 = f.destination
       WHERE f.year = ? AND f.level = ? AND o.side <> d.side
     ),
     hosts AS (${reportingHostsSql(flows)})
     SELECT m.iso3, c.name_en AS name, m.side,
       (SELECT SUM(students) FROM crossing WHERE destination = m.iso3) AS inbound,
       (SELECT SUM(students) FROM crossing WHERE origin = m.iso3) AS outbound,
       m.iso3 IN (SELECT iso3 FROM hosts) AS host_reported,
       EXISTS (
         SELECT 1 FROM hosts h JOIN members hm ON hm.iso3 = h.iso3 WHERE hm.side <> m.side
       ) AS other_side_reported
     FROM members m
     JOIN ${countries} c ON c.iso3 = m.iso3
     ORDER BY m.iso3`,
    [filter.year, filter.year, filter.level, filter.year, filter.level],
  );

  const zeroWhenUnlisted = filter.missingPairMeansZero ?? true;
  return rows.map((row) => ({
    iso3: row.iso3,
    name: row.name,
    side: row.side,
    inbound: countOf(row.inbound, row.host_reported, zeroWhenUnlisted),
    outbound: countOf(row.outbound, row.other_side_reported, zeroWhenUnlisted),
    hostReported: row.host_reported,
  }));
}

/**
 * Returns the summed count, or null when it is unknown: no host reports it, or no pair is listed
 * and a missing pair does not mean 0.
 */
function countOf(sum: number | null, reported: boolean, zeroWhenUnlisted: boolean): number | null {
  if (!zeroWhenUnlisted) return sum;
  return reported ? (sum ?? 0) : null;
}
