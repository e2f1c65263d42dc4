/**
 * Builds what each overview chart draws from the overview's query result, so the overview,
 * the embed routes and the report builder draw the same chart from the same state.
 */
import { en, type Messages } from '../i18n/messages/en';
import type { OverviewData } from '../queries/overview';
import { directionSides, type Side } from '../queries/sides';
import { SIDE_COLOURS } from './palette';
import { buildSankeyGraph, type SankeyGraph } from './sankey-graph';
import type { Series } from './series';

/** The charts the overview shows, by their name in URLs (`/embed/sankey`). */
export const CHART_KINDS = ['series', 'sankey', 'balance'] as const;

export type ChartKind = (typeof CHART_KINDS)[number];

export function isChartKind(value: string): value is ChartKind {
  return (CHART_KINDS as readonly string[]).includes(value);
}

export function sideName(side: Side): string {
  return side === 'asia' ? 'Asia' : 'Europe';
}

/**
 * Returns the two headline lines: Asia to Europe, and the undercounted reverse. Labels come
 * from `messages`, English by default.
 */
export function headlineSeries(data: OverviewData, messages: Messages = en): Series[] {
  return [
    {
      key: 'asia-to-europe',
      label: messages.overview.seriesAsiaToEurope,
      colour: SIDE_COLOURS.asia,
      points: data.series.map((row) => ({ year: row.year, value: row.asiaToEurope })),
    },
    {
      key: 'europe-to-asia',
      label: messages.overview.seriesEuropeToAsia,
      colour: SIDE_COLOURS.europe,
      points: data.series.map((row) => ({ year: row.year, value: row.europeToAsia })),
    },
  ];
}

/** Returns the Sankey graph of the selected direction, with countries named by `names`. */
export function sideFlowGraph(
  data: OverviewData,
  names: Map<string, string>,
  messages: Messages = en,
): SankeyGraph {
  const sides = directionSides(data.filter.direction);
  return buildSankeyGraph(data.flows, {
    nameOf: (iso3) => names.get(iso3) ?? iso3,
    otherOriginLabel: messages.overview.otherPartners(sides.origin),
    otherDestinationLabel: messages.overview.otherPartners(sides.destination),
  });
}
