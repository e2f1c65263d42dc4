/**
 * Text descriptions of what each chart shows, used as alt text on the page, inside the SVG
 * export (`<desc>`) and as the alt text of an embed's fallback image.
 */
import { withMetrics } from '../charts/balance-sort';
import type { SankeyGraph } from '../charts/sankey-graph';
import type { Series } from '../charts/series';
import { formatCount, formatSigned } from '../format';
import type { PartnerBalance } from '../queries/balance';

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Describes each line by its first and last reported value. */
export function describeSeries(series: Series[], context: string): string {
  const parts = series.map((line) => {
    const known = line.points.filter((point) => point.value !== null);
    if (known.length === 0) return `${line.label}: no values reported.`;
    const first = known[0];
    const last = known[known.length - 1];
    if (first === last) return `${line.label}: ${formatCount(first.value)} in ${first.year}.`;
    return (
      `${line.label}: ${formatCount(first.value)} in ${first.year} and ` +
      `${formatCount(last.value)} in ${last.year}.`
    );
  });
  return [`Line chart of ${context}.`, ...parts].join(' ');
}

/** Describes the total, the largest nodes on each side and the largest single flow. */
export function describeSankey(graph: SankeyGraph, context: string): string {
  if (graph.links.length === 0) {
    return `Sankey diagram of students ${context}: no flows are reported.`;
  }

  const totals = new Map<string, number>();
  for (const link of graph.links) {
    totals.set(link.source, (totals.get(link.source) ?? 0) + link.value);
    totals.set(link.target, (totals.get(link.target) ?? 0) + link.value);
  }
  const largest = (role: 'origin' | 'destination') =>
    graph.nodes
      .filter((node) => node.role === role && node.iso3 !== null)
      .sort((a, b) => (totals.get(b.id) ?? 0) - (totals.get(a.id) ?? 0))
      .slice(0, 3)
      .map((node) => `${node.label} (${formatCount(totals.get(node.id) ?? 0)})`);

  const top = [...graph.links].sort((a, b) => b.value - a.value)[0];
  const label = (id: string) => graph.nodes.find((node) => node.id === id)?.label ?? id;
  return (
    `Sankey diagram of ${formatCount(graph.total)} students ${context}. ` +
    `Largest origins: ${list(largest('origin'))}. ` +
    `Largest destinations: ${list(largest('destination'))}. ` +
    `Largest single flow: ${label(top.source)} to ${label(top.target)}, ` +
    `${formatCount(top.value)} students.`
  );
}

/** Describes the partners with the largest net inflow and outflow and the missing host data. */
export function describeBalance(rows: PartnerBalance[], context: string): string {
  const known = withMetrics(rows).filter((row) => row.net !== null);
  const sorted = [...known].sort((a, b) => (b.net ?? 0) - (a.net ?? 0));
  const parts = [
    `Table of ${rows.length} ASEM partners' exchange with the other side, ${context}.`,
  ];
  const top = sorted[0];
  const bottom = sorted[sorted.length - 1];
  if (top && (top.net ?? 0) > 0) {
    parts.push(`Largest net inflow: ${top.name} (${formatSigned(top.net)}).`);
  }
  if (bottom && (bottom.net ?? 0) < 0) {
    parts.push(`Largest net outflow: ${bottom.name} (${formatSigned(bottom.net)}).`);
  }
  const missing = rows.filter((row) => !row.hostReported).length;
  if (missing === 1) parts.push('1 partner reports no host data, so its balance is unknown.');
  if (missing > 1) {
    parts.push(`${missing} partners report no host data, so their balance is unknown.`);
  }
  return parts.join(' ');
}
