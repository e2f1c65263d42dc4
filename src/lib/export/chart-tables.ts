/**
 * The data each chart draws, as a CSV table: the series points, the Sankey links after the
 * small countries are merged, and the balance table rows with their derived metrics.
 */
import { withMetrics } from '../charts/balance-sort';
import type { SankeyGraph } from '../charts/sankey-graph';
import type { Series } from '../charts/series';
import type { PartnerBalance } from '../queries/balance';
import { computeBalanceMetrics } from '../queries/balance-metrics';
import type { PartnerPair } from '../queries/country-partners';
import type { CsvTable } from './csv';

function columnName(key: string): string {
  return key.replace(/[^A-Za-z0-9]+/g, '_').toLowerCase();
}

/** Returns one row per year and one column per series. A missing value is an empty field. */
export function seriesTable(series: Series[]): CsvTable {
  const years = [...new Set(series.flatMap((line) => line.points.map((point) => point.year)))];
  years.sort((a, b) => a - b);
  return {
    columns: ['year', ...series.map((line) => columnName(line.key))],
    rows: years.map((year) => [
      year,
      ...series.map((line) => line.points.find((point) => point.year === year)?.value ?? null),
    ]),
  };
}

/** Returns one row per drawn link, largest first. The merged "other" nodes have no ISO3 code. */
export function sankeyTable(graph: SankeyGraph): CsvTable {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const links = [...graph.links].sort(
    (a, b) =>
      b.value - a.value || a.source.localeCompare(b.source) || a.target.localeCompare(b.target),
  );
  return {
    columns: ['origin', 'origin_iso3', 'destination', 'destination_iso3', 'students'],
    rows: links.map((link) => {
      const origin = nodes.get(link.source);
      const destination = nodes.get(link.target);
      return [
        origin?.label ?? link.source,
        origin?.iso3 ?? null,
        destination?.label ?? link.target,
        destination?.iso3 ?? null,
        link.value,
      ];
    }),
  };
}

/** Returns one row per partner in ISO3 order, with unknown counts and metrics left empty. */
export function balanceTable(rows: PartnerBalance[]): CsvTable {
  return {
    columns: [
      'iso3',
      'partner',
      'side',
      'inbound',
      'outbound',
      'net',
      'ratio_in_out',
      'balance_index',
      'host_reported',
    ],
    rows: withMetrics(rows)
      .sort((a, b) => a.iso3.localeCompare(b.iso3))
      .map((row) => [
        row.iso3,
        row.name,
        row.side,
        row.inbound,
        row.outbound,
        row.net,
        row.ratio,
        row.index,
        row.hostReported,
      ]),
  };
}

/** Returns one row per partner of one country in ISO3 order, as its profile's table shows. */
export function partnerPairsTable(pairs: PartnerPair[]): CsvTable {
  return {
    columns: ['iso3', 'partner', 'inbound', 'outbound', 'net', 'balance_index'],
    rows: [...pairs]
      .sort((a, b) => a.iso3.localeCompare(b.iso3))
      .map((pair) => {
        const metrics = computeBalanceMetrics(pair);
        return [pair.iso3, pair.name, pair.inbound, pair.outbound, metrics.net, metrics.index];
      }),
  };
}
