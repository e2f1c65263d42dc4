/**
 * The report builder's state in the URL, so a report can be shared and reopened:
 * `/report?title=…&chart=sankey.2019.ISCED11_5T8.asia-to-europe&note=…&chart=…&note=…`.
 * Each `chart` is a chart name with its overview state, and the n-th `note` belongs to the n-th
 * chart. The same query string is kept in local storage, so charts added on the overview
 * page appear in the builder.
 */
import { isChartKind, type ChartKind } from '../charts/chart-models';
import { en } from '../i18n/messages/en';
import type { ReportMessages } from '../i18n/messages/en/report';
import { overviewSearch, parseOverviewState, type OverviewState } from '../overview-state';

export interface ReportItem {
  kind: ChartKind;
  state: OverviewState;
  note: string;
}

export interface ReportState {
  title: string;
  items: ReportItem[];
}

export interface ParsedReportState {
  report: ReportState;
  /** One sentence per chart in the URL that was invalid and left out. */
  notices: string[];
}

/**
 * Title of a report without a title of its own. It is stored in English, and the builder shows it in the
 * interface language.
 */
export const DEFAULT_REPORT_TITLE = en.report.defaultTitle;
export const REPORT_STORAGE_KEY = 'asem-mobility:report';

/** Returns the `chart` parameter value of `item`: name, year, level and direction. */
export function itemKey(item: Pick<ReportItem, 'kind' | 'state'>): string {
  return [item.kind, item.state.year, item.state.level, item.state.direction].join('.');
}

/**
 * Reads a report from `params`, given the `years` in the data, oldest first. Notices are worded
 * by `text`, English by default.
 */
export function parseReportState(
  params: URLSearchParams,
  years: number[],
  text: ReportMessages['notices'] = en.report.notices,
): ParsedReportState {
  const notices: string[] = [];
  const notes = params.getAll('note');
  const items: ReportItem[] = [];

  params.getAll('chart').forEach((value, index) => {
    const [kind, year, level, direction, ...rest] = value.split('.');
    if (!isChartKind(kind) || rest.length > 0 || direction === undefined) {
      notices.push(text.unknownChart(value));
      return;
    }
    const parsed = parseOverviewState(new URLSearchParams({ year, level, direction }), years);
    if (parsed.notices.length > 0) {
      notices.push(text.invalidSettings(value));
      return;
    }
    items.push({ kind, state: parsed.state, note: notes[index] ?? '' });
  });

  const title = params.get('title') ?? DEFAULT_REPORT_TITLE;
  return { report: { title, items }, notices };
}

/** Writes `report` as a query string, parameters in a fixed order so links compare equal. */
export function reportSearch(report: ReportState): string {
  const params = new URLSearchParams({ title: report.title });
  for (const item of report.items) {
    params.append('chart', itemKey(item));
    params.append('note', item.note);
  }
  return `?${params}`;
}

/** Returns the overview query string of one report item, for its links and exports. */
export function itemSearch(item: ReportItem): string {
  return overviewSearch(item.state);
}
