/**
 * Every flow of a dataset in one year and level, between any two countries, ASEM partner or
 * not. An uploaded dataset needs this view when its flows do not cross the ASEM sides.
 * Flows of a country to itself are left out of flows and balances. The flows table must have a
 * `year_label` column, and an upload's flows view already leaves out rows naming an aggregate.
 */
import type { Database } from '../db/types';
import type { LevelCode } from './levels';
import type { PairFlow } from './side-flows';
import { checkTables, DEFAULT_TABLES, type FlowTables } from './tables';

export interface CountryExchange {
  iso3: string;
  name: string;
  /**
   * Students from other countries enrolled here, summed over known counts. Null when the
   * dataset has no count with this country as the destination in the year and level.
   */
  inbound: number | null;
  /** Students from here enrolled in other countries; null when it is never the origin. */
  outbound: number | null;
  /** Inbound minus outbound; null when either is. */
  net: number | null;
}

export interface AllFlows {
  flows: PairFlow[];
  balances: CountryExchange[];
  /** Rows of the year and level whose count is missing. */
  missing: number;
  /** Flows of a country to itself, left out of flows and balances. */
  selfFlows: number;
  selfFlowStudents: number;
  /** Year labels written in the file for this year, such as `2018-2019`. */
  yearLabels: string[];
}

export interface AllFlowsFilter {
  year: number;
  level: LevelCode;
}

/** Returns the international flows and per-country balances of one year and level. */
export async function queryAllFlows(
  db: Database,
  filter: AllFlowsFilter,
  tables: FlowTables = DEFAULT_TABLES,
): Promise<AllFlows> {
  const { flows, countries } = checkTables(tables);
  const parameters = [filter.year, filter.level];

  const pairs = await db.query<{ origin: string; destination: string; students: number }>(
    `SELECT origin, destination, SUM(students) AS students
     FROM ${flows}
     WHERE year = ? AND level = ? AND origin <> destination AND students IS NOT NULL
     GROUP BY origin, destination
     ORDER BY students DESC, origin, destination`,
    parameters,
  );

  // SUM over BIGINT is HUGEINT; the database layer returns it as a plain number.
  const balances = await db.query<{
    iso3: string;
    name: string;
    inbound: number | null;
    outbound: number | null;
    net: number | null;
  }>(
    `WITH f AS (
       SELECT origin, destination, students FROM ${flows}
       WHERE year = ? AND level = ? AND origin <> destination AND students IS NOT NULL
     ),
     sides AS (
       SELECT destination AS iso3, students AS inbound, NULL AS outbound FROM f
       UNION ALL
       SELECT origin AS iso3, NULL AS inbound, students AS outbound FROM f
     )
     SELECT s.iso3, COALESCE(c.name_en, s.iso3) AS name,
       SUM(s.inbound) AS inbound, SUM(s.outbound) AS outbound,
       SUM(s.inbound) - SUM(s.outbound) AS net
     FROM sides s LEFT JOIN ${countries} c ON c.iso3 = s.iso3
     GROUP BY s.iso3, c.name_en
     ORDER BY net DESC NULLS LAST, s.iso3`,
    parameters,
  );

  const [summary] = await db.query<{
    missing: number;
    self_flows: number;
    self_students: number | null;
    labels: string | null;
  }>(
    `SELECT COUNT(*) FILTER (WHERE students IS NULL) AS missing,
       COUNT(*) FILTER (WHERE origin = destination) AS self_flows,
       SUM(students) FILTER (WHERE origin = destination) AS self_students,
       string_agg(DISTINCT year_label, '\n' ORDER BY year_label) AS labels
     FROM ${flows} WHERE year = ? AND level = ?`,
    parameters,
  );

  return {
    flows: pairs,
    balances,
    missing: summary?.missing ?? 0,
    selfFlows: summary?.self_flows ?? 0,
    selfFlowStudents: summary?.self_students ?? 0,
    yearLabels: summary?.labels ? summary.labels.split('\n') : [],
  };
}
