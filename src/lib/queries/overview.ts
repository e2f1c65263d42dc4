/**
 * Everything the overview page shows for one choice of year, level and direction, fetched in
 * one call so the page can drop a whole result that a newer choice has made stale.
 */
import type { Database } from '../db/types';
import { queryPartnerBalances, type PartnerBalance } from './balance';
import { queryHostCoverage, type HostCoverage } from './coverage';
import { queryHeadlineSeries, type HeadlineYear } from './headline';
import { queryHostCounts, type HostCountYear } from './host-counts';
import type { LevelCode } from './levels';
import { querySideFlows, type PairFlow } from './side-flows';
import type { Direction } from './sides';
import { DEFAULT_TABLES, type FlowTables } from './tables';

export interface OverviewFilter {
  year: number;
  level: LevelCode;
  direction: Direction;
}

export interface OverviewData {
  filter: OverviewFilter;
  series: HeadlineYear[];
  hostCounts: HostCountYear[];
  flows: PairFlow[];
  balances: PartnerBalance[];
  coverage: HostCoverage[];
}

/** How to read the flows table; see `SourceInfo.missingPairMeansZero`. Default true. */
export interface OverviewOptions {
  missingPairMeansZero?: boolean;
}

export async function queryOverview(
  db: Database,
  filter: OverviewFilter,
  tables: FlowTables = DEFAULT_TABLES,
  options: OverviewOptions = {},
): Promise<OverviewData> {
  // Sequential on purpose: DuckDB-WASM serves one connection one query at a time anyway.
  const series = await queryHeadlineSeries(db, filter.level, tables);
  const flows = await querySideFlows(db, filter, tables);
  const balances = await queryPartnerBalances(
    db,
    { ...filter, missingPairMeansZero: options.missingPairMeansZero },
    tables,
  );
  const coverage = await queryHostCoverage(db, filter.year, filter.level, tables);
  const hostCounts = await queryHostCounts(db, filter.level, tables);
  return { filter, series, hostCounts, flows, balances, coverage };
}
