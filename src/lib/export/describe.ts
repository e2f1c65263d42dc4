/**
 * Text descriptions of what each chart shows, used as alt text on the page, inside the SVG
 * export (`<desc>`) and as the alt text of an embed's fallback image. Each function takes the
 * description messages and the BCP 47 tag for numbers of one language, English by default.
 */
import { withMetrics } from '../charts/balance-sort';
import type { SankeyGraph } from '../charts/sankey-graph';
import type { Series } from '../charts/series';
import { formatCount, formatSigned } from '../format';
import { formatList } from '../i18n/list';
import { en } from '../i18n/messages/en';
import type { ExportMessages } from '../i18n/messages/en/exports';
import type { PartnerBalance } from '../queries/balance';

type DescribeText = ExportMessages['describe'];

/** Describes each line by its first and last reported value. */
export function describeSeries(
  series: Series[],
  context: string,
  text: DescribeText = en.exports.describe,
  tag = 'en',
): string {
  const parts = series.map((line) => {
    const known = line.points.filter((point) => point.value !== null);
    if (known.length === 0) return text.lineNoValues(line.label);
    const first = known[0];
    const last = known[known.length - 1];
    if (first === last) {
      return text.lineOneValue(line.label, formatCount(first.value, tag), first.year);
    }
    return text.lineTwoValues(
      line.label,
      formatCount(first.value, tag),
      first.year,
      formatCount(last.value, tag),
      last.year,
    );
  });
  return [text.lineChart(context), ...parts].join(' ');
}

/** Describes the total, the largest nodes on each side and the largest single flow. */
export function describeSankey(
  graph: SankeyGraph,
  context: string,
  text: DescribeText = en.exports.describe,
  tag = 'en',
): string {
  if (graph.links.length === 0) return text.sankeyEmpty(context);

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
      .map((node) => `${node.label} (${formatCount(totals.get(node.id) ?? 0, tag)})`);

  const top = [...graph.links].sort((a, b) => b.value - a.value)[0];
  const label = (id: string) => graph.nodes.find((node) => node.id === id)?.label ?? id;
  return [
    text.sankey(formatCount(graph.total, tag), context),
    text.largestOrigins(formatList(largest('origin'), tag)),
    text.largestDestinations(formatList(largest('destination'), tag)),
    text.largestFlow(label(top.source), label(top.target), formatCount(top.value, tag)),
  ].join(' ');
}

/** Describes the partners with the largest net inflow and outflow and the missing host data. */
export function describeBalance(
  rows: PartnerBalance[],
  context: string,
  text: DescribeText = en.exports.describe,
  tag = 'en',
): string {
  const known = withMetrics(rows).filter((row) => row.net !== null);
  const sorted = [...known].sort((a, b) => (b.net ?? 0) - (a.net ?? 0));
  const parts = [text.balanceTable(rows.length, context)];
  const top = sorted[0];
  const bottom = sorted[sorted.length - 1];
  if (top && (top.net ?? 0) > 0) {
    parts.push(text.largestInflow(top.name, formatSigned(top.net, tag)));
  }
  if (bottom && (bottom.net ?? 0) < 0) {
    parts.push(text.largestOutflow(bottom.name, formatSigned(bottom.net, tag)));
  }
  const missing = rows.filter((row) => !row.hostReported).length;
  if (missing > 0) parts.push(text.noHostData(missing));
  return parts.join(' ');
}
