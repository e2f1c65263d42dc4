import type { Database } from '../db/types';
import type { LevelCode } from './levels';
import { reportingHostsSql } from './hosts';
import { checkTables, DEFAULT_TABLES, type FlowTables } from './tables';

/** One country's exchange with one partner of the other ASEM side. */
export interface PartnerPair {
  iso3: string;
  name: string;
  /** Students from the partner enrolled in the country; null when unknown. */
  inbound: number | null;
  /** Students from the country enrolled in the partner; null when unknown. */
  outbound: number | null;
}

export interface CountryPairFilter {
  year: number;
  level: LevelCode;
  /**
   * Whether a missing row means no students when the host reports (OECD) or an unknown count
   * (top-ten lists).
   */
  missingPairMeansZero: boolean;
}

/** Returns the country's exchange with every member of the other side in one year. */
export async function queryCountryPartners(
  db: Database,
  iso3: string,
  filter: CountryPairFilter,
  tables: FlowTables = DEFAULT_TABLES,
): Promise<PartnerPair[]> {
  const { flows, countries } = checkTables(tables);
  const rows = await db.query<{
    iso3: string;
    name: string;
    inbound: number | null;
    outbound: number | null;
    me_reports: boolean;
    partner_reports: boolean;
  }>(
    `WITH me AS (
       SELECT iso3, asem_side AS side FROM ${countries} WHERE iso3 = ? AND asem_side IS NOT NULL
     ),
     selected AS (SELECT origin, destination, students FROM ${flows} WHERE year = ? AND level = ?),
     hosts AS (${reportingHostsSql(flows)})
     SELECT p.iso3, p.name_en AS name,
       (SELECT SUM(students) FROM selected s
        WHERE s.origin = p.iso3 AND s.destination = me.iso3) AS inbound,
       (SELECT SUM(students) FROM selected s
        WHERE s.origin = me.iso3 AND s.destination = p.iso3) AS outbound,
       me.iso3 IN (SELECT iso3 FROM hosts) AS me_reports,
       p.iso3 IN (SELECT iso3 FROM hosts) AS partner_reports
     FROM ${countries} p, me
     WHERE p.asem_side IS NOT NULL AND p.asem_side <> me.side AND p.asem_join_year <= ?
     ORDER BY p.iso3`,
    [iso3, filter.year, filter.level, filter.year, filter.level, filter.year],
  );

  // A host without data (none of its counts above 0) gives no count, not a 0, even where its
  // rows hold zeros.
  const known = (value: number | null, reports: boolean) => {
    if (!reports) return null;
    if (value !== null) return value;
    return filter.missingPairMeansZero ? 0 : null;
  };

  return rows.map((row) => ({
    iso3: row.iso3,
    name: row.name,
    inbound: known(row.inbound, row.me_reports),
    outbound: known(row.outbound, row.partner_reports),
  }));
}
