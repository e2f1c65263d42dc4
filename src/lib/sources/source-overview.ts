/**
 * What the overview offers for each public source: the years with flows both ways between the
 * ASEM sides, and the levels the source splits. A link that requests more falls back with a
 * notice that names the reason.
 */
import type { Messages } from '../i18n/messages/en';
import {
  parseOverviewState,
  type OverviewState,
  type ParsedOverviewState,
} from '../overview-state';
import { DEFAULT_LEVEL, LEVELS, type LevelCode } from '../queries/levels';
import { defaultYearOf, yearsOf } from './source-years';
import { SOURCES, type SourceId } from './sources';

/** The directions without listed flows that leave a year of a source out of the overview. */
export type MissingDirections = 'asia-to-europe' | 'both';

// Checked against data/uis-flows.parquet by a unit test. No European host is in the UIS lists of
// 2020, so Asia → Europe is unknown there, and the only host of 2021 is Monaco, outside ASEM.
const LEFT_OUT_YEARS: Record<SourceId, ReadonlyMap<number, MissingDirections>> = {
  oecd: new Map(),
  uis: new Map([
    [2020, 'asia-to-europe'],
    [2021, 'both'],
  ]),
};

/** Returns the years of a source's file that the overview leaves out, and why. */
export function leftOutYearsOf(source: SourceId): ReadonlyMap<number, MissingDirections> {
  return LEFT_OUT_YEARS[source];
}

/** Returns the years the overview offers for `source`, oldest first. */
export function overviewYearsOf(source: SourceId): number[] {
  return yearsOf(source).filter((year) => !LEFT_OUT_YEARS[source].has(year));
}

/** Returns the levels the overview offers for `source`: all tertiary only when it has no split. */
export function overviewLevelsOf(source: SourceId): LevelCode[] {
  return SOURCES[source].hasLevels ? LEVELS.map((level) => level.code) : [DEFAULT_LEVEL];
}

/** A value in the link that the chosen source cannot show; the page shows another instead. */
export type SourceNotice =
  | { parameter: 'year'; value: number; missing: MissingDirections; shown: number }
  | { parameter: 'level'; value: LevelCode };

export interface ParsedSourceOverview extends ParsedOverviewState {
  /** Notices for values that are valid in general but absent from the chosen source. */
  sourceNotices: SourceNotice[];
}

/**
 * Reads the overview state of a public source from `params`, with `years` the years on offer.
 * A year left out of the source or a level it does not split is replaced by the default with a
 * notice that gives the reason, in place of the generic "not in the data" notice.
 */
export function parseSourceOverview(
  params: URLSearchParams,
  years: number[],
  source: SourceId,
): ParsedSourceOverview {
  const parsed = parseOverviewState(params, years, defaultYearOf(source));
  const state = { ...parsed.state };
  let notices = parsed.notices;
  const sourceNotices: SourceNotice[] = [];

  const yearText = params.get('year') ?? '';
  const requestedYear = Number(yearText);
  const missing = /^\d{4}$/.test(yearText) ? LEFT_OUT_YEARS[source].get(requestedYear) : undefined;
  if (missing) {
    notices = notices.filter((notice) => notice.parameter !== 'year');
    sourceNotices.push({ parameter: 'year', value: requestedYear, missing, shown: state.year });
  }

  if (!overviewLevelsOf(source).includes(state.level)) {
    sourceNotices.push({ parameter: 'level', value: state.level });
    state.level = DEFAULT_LEVEL;
  }

  return { state, notices, sourceNotices };
}

/**
 * Returns `state` adapted to a newly chosen source: a level it does not split becomes all
 * tertiary, and a year it does not offer becomes its default year.
 */
export function stateForSource(state: OverviewState, source: SourceId): OverviewState {
  const level = overviewLevelsOf(source).includes(state.level) ? state.level : DEFAULT_LEVEL;
  const year = overviewYearsOf(source).includes(state.year) ? state.year : defaultYearOf(source);
  return { ...state, year, level };
}

/** Returns the sentence that explains `notice`, from the messages of one language. */
export function sourceNoticeText(notice: SourceNotice, messages: Messages): string {
  if (notice.parameter === 'level') return messages.views.notices.uisLevels;
  return messages.overviewControls.yearLeftOut(notice.value, notice.missing, notice.shown);
}

/** Returns the sentences that tell which years and levels `source` leaves out, or none. */
export function sourceLimits(source: SourceId, messages: Messages): string[] {
  const limits: string[] = [];
  const leftOut = [...LEFT_OUT_YEARS[source]];
  if (leftOut.length > 0) limits.push(messages.overviewControls.yearsLeftOut(leftOut));
  if (!SOURCES[source].hasLevels) limits.push(messages.overviewControls.levelsNotSplit);
  return limits;
}
