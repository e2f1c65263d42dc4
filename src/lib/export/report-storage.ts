/**
 * Keeps the report being built in local storage, so charts added on the overview page show
 * up in the report builder. Storage can be unavailable (private modes, blocked cookies), and the
 * builder then works from its URL alone.
 */
import type { ChartKind } from '../charts/chart-models';
import type { OverviewState } from '../overview-state';
import {
  DEFAULT_REPORT_TITLE,
  itemKey,
  parseReportState,
  REPORT_STORAGE_KEY,
  reportSearch,
  type ReportState,
} from './report-state';

/** Returns the stored report query string, or null when there is none or storage is blocked. */
export function readStoredReport(): string | null {
  try {
    return localStorage.getItem(REPORT_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function storeReport(report: ReportState): void {
  try {
    localStorage.setItem(REPORT_STORAGE_KEY, reportSearch(report));
  } catch {
    // Without storage the report lives only in its URL, which the builder keeps up to date.
  }
}

/**
 * Adds a chart with its settings to the stored report, unless the same chart and settings are
 * already in it. Returns the number of charts in the report.
 */
export function addToStoredReport(kind: ChartKind, state: OverviewState, years: number[]): number {
  const stored = readStoredReport();
  const report: ReportState = stored
    ? parseReportState(new URLSearchParams(stored), years).report
    : { title: DEFAULT_REPORT_TITLE, items: [] };

  const item = { kind, state, note: '' };
  if (!report.items.some((existing) => itemKey(existing) === itemKey(item))) {
    report.items.push(item);
  }
  storeReport(report);
  return report.items.length;
}
