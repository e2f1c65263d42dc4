/**
 * The overview data as the grouped charts draw it, for their exports: the Sankey CSV and the
 * balance table SVG and CSV are built from this, so they show the groups on the page and not
 * the per-country data underneath.
 */
import type { PartnerBalance } from '../queries/balance';
import type { OverviewData } from '../queries/overview';
import type { GroupedOverview } from './overview-grouping';

export interface DrawnOverview {
  data: OverviewData;
  /** Labels of the drawn flow ends: group labels, and country names for ungrouped countries. */
  names: Map<string, string>;
}

/** Returns `data` with the grouped flows and `balances` (the rows the balance table shows). */
export function drawnOverview(
  data: OverviewData,
  grouped: GroupedOverview,
  balances: PartnerBalance[],
): DrawnOverview {
  const names = new Map<string, string>();
  for (const flow of grouped.flows) {
    names.set(flow.origin, grouped.nameOf(flow.origin));
    names.set(flow.destination, grouped.nameOf(flow.destination));
  }
  return { data: { ...data, flows: grouped.flows, balances }, names };
}
