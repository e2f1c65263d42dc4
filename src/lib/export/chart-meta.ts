/**
 * Title, caption, description and data years of each overview chart, for its exports,
 * citation line and alt text.
 */
import { headlineSeries, sideFlowGraph, type ChartKind } from '../charts/chart-models';
import { sankeyMergeText } from '../charts/sankey-note';
import { catalogue } from '../i18n/catalogues';
import { INTL_TAGS, type Locale } from '../i18n/locales';
import type { OverviewData } from '../queries/overview';
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
  /** Language of the texts; English when absent. */
  locale?: Locale;
  /** Whether a pair absent from the data is unknown rather than 0, as in the UIS lists. */
  unlistedPairsUnknown?: boolean;
}

export interface ChartExport {
  meta: ExportMeta;
  table: CsvTable;
}

function yearSpan(data: OverviewData): string {
  const years = data.series.map((row) => row.year);
  if (years.length === 0) return String(data.filter.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
}

/**
 * Returns the metadata and the drawn data of the chart `kind` for `data`, in the language of
 * `context`. `names` are the country names in that language, keyed by ISO3 code.
 */
export function chartExport(
  kind: ChartKind,
  data: OverviewData,
  names: Map<string, string>,
  context: ExportContext,
): ChartExport {
  const locale = context.locale ?? 'en';
  const messages = catalogue(locale);
  const text = messages.exports;
  const tag = INTL_TAGS[locale];
  const level = messages.levels[data.filter.level];
  const year = data.filter.year;
  const { unlistedPairsUnknown, ...shared } = context;
  const base = { ...shared, locale };

  if (kind === 'series') {
    const span = yearSpan(data);
    const series = headlineSeries(data, messages);
    return {
      meta: {
        ...base,
        title: text.series.title(span),
        caption: text.series.caption(level, text.undercount),
        description: describeSeries(series, text.series.subject(span, level), text.describe, tag),
        years: span,
      },
      table: seriesTable(series),
    };
  }

  if (kind === 'sankey') {
    const sides = directionSides(data.filter.direction);
    const route = text.sankey.route(sides.origin, sides.destination);
    const graph = sideFlowGraph(data, names, messages);
    // The caption counts the nodes drawn and merged, so it stays true for a grouping.
    const caption = `${text.sankey.caption(route, level)} ${sankeyMergeText(graph, messages.overview)}`;
    return {
      meta: {
        ...base,
        title: text.sankey.title(route, year),
        caption: sides.destination === 'asia' ? `${caption} ${text.undercount}` : caption,
        description: describeSankey(
          graph,
          text.sankey.subject(route, year, level),
          text.describe,
          tag,
        ),
        years: String(year),
      },
      table: sankeyTable(graph),
    };
  }

  const balances = data.balances.map((row) => ({ ...row, name: names.get(row.iso3) ?? row.name }));
  return {
    meta: {
      ...base,
      title: text.balance.title(year),
      caption: unlistedPairsUnknown
        ? text.balance.captionUnlisted(level)
        : text.balance.caption(level),
      description: describeBalance(balances, text.balance.subject(year, level), text.describe, tag),
      years: String(year),
    },
    table: balanceTable(balances),
  };
}
