/**
 * Title, caption, description and data years of each overview chart, for its exports,
 * citation line and alt text.
 */
import { headlineSeries, sideFlowGraph, sideName, type ChartKind } from '../charts/chart-models';
import type { OverviewData } from '../queries/overview';
import { levelLabel } from '../queries/levels';
import { directionSides } from '../queries/sides';
import { balanceTable, sankeyTable, seriesTable } from './chart-tables';
import type { CsvTable } from './csv';
import { describeBalance, describeSankey, describeSeries } from './describe';
import type { ExportMeta } from './export-meta';

/** What the page supplies for every export: provenance and the view it came from. */
export interface ExportContext {
  attribution: string;
  datasetVersion: string;
  url: string;
  accessed: string;
}

export interface ChartExport {
  meta: ExportMeta;
  table: CsvTable;
}

const UNDERCOUNT =
  'Europe → Asia is undercounted: few Asian partners report international students as hosts.';

function yearSpan(data: OverviewData): string {
  const years = data.series.map((row) => row.year);
  if (years.length === 0) return String(data.filter.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
}

/** Returns the metadata and the drawn data of the chart `kind` for `data`. */
export function chartExport(
  kind: ChartKind,
  data: OverviewData,
  names: Map<string, string>,
  context: ExportContext,
): ChartExport {
  const level = levelLabel(data.filter.level);
  const year = data.filter.year;
  const base = { ...context };

  if (kind === 'series') {
    const span = yearSpan(data);
    const series = headlineSeries(data);
    const subject = `students crossing between ASEM Asia and ASEM Europe by year, ${span}, ${level}`;
    return {
      meta: {
        ...base,
        title: `Students crossing between ASEM Asia and ASEM Europe, ${span}`,
        caption: `International students by direction, ${level}. ${UNDERCOUNT}`,
        description: describeSeries(series, subject),
        years: span,
      },
      table: seriesTable(series),
    };
  }

  if (kind === 'sankey') {
    const sides = directionSides(data.filter.direction);
    const route = `from ASEM ${sideName(sides.origin)} to ASEM ${sideName(sides.destination)}`;
    const graph = sideFlowGraph(data, names);
    return {
      meta: {
        ...base,
        title: `Flows ${route}, ${year}`,
        caption:
          `International students ${route} by origin and host country, ${level}. ` +
          'The ten largest countries on each side are shown; the rest are grouped as ' +
          `"Other … partners".${sides.destination === 'asia' ? ` ${UNDERCOUNT}` : ''}`,
        description: describeSankey(graph, `${route} in ${year}, ${level}`),
        years: String(year),
      },
      table: sankeyTable(graph),
    };
  }

  return {
    meta: {
      ...base,
      title: `Balance per ASEM partner, ${year}`,
      caption:
        `Students exchanged with the other ASEM side, ${level}. ` +
        'Balance index = (in − out) / (in + out); empty where the partner reports no host data.',
      description: describeBalance(data.balances, `${year}, ${level}`),
      years: String(year),
    },
    table: balanceTable(data.balances),
  };
}
