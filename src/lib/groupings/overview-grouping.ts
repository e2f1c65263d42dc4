/**
 * Applies a grouping to the overview's per-country flows and balances, so the Sankey diagram
 * and the balance table show groups.
 */
import type { OverviewData } from '../queries/overview';
import type { PairFlow } from '../queries/side-flows';
import type { Side } from '../queries/sides';
import {
  aggregateBalances,
  aggregatePairFlows,
  createAssigner,
  labelsOf,
  type GroupBalance,
} from './aggregate';
import type { Grouping, Partner } from './types';

export interface GroupedOverview {
  flows: PairFlow[];
  balances: GroupBalance[];
  /** Label of a flow end or balance row key. */
  nameOf: (key: string) => string;
}

export function groupOverview(
  data: Pick<OverviewData, 'filter' | 'flows' | 'balances'>,
  grouping: Grouping,
  partners: readonly Partner[],
  names: ReadonlyMap<string, string>,
  sideNames?: Record<Side, string>,
): GroupedOverview {
  const nameOfCountry = (iso3: string) => names.get(iso3) ?? iso3;
  const assign = createAssigner(grouping, partners, data.filter.year, nameOfCountry, sideNames);
  const labels = labelsOf(partners, assign);

  return {
    flows: aggregatePairFlows(data.flows, assign),
    balances: aggregateBalances(data.balances, assign),
    nameOf: (key) => labels.get(key) ?? nameOfCountry(key),
  };
}
