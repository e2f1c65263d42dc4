/**
 * The overview page's state in the URL: `?year=2016&level=ISCED11_5T8&direction=asia-to-europe`.
 * Unknown values fall back to the defaults with a notice for the user, never an error page.
 */
import { DEFAULT_LEVEL, isLevelCode, type LevelCode } from './queries/levels';
import { isDirection, type Direction } from './queries/sides';

export interface OverviewState {
  year: number;
  level: LevelCode;
  direction: Direction;
}

/** A URL parameter that was invalid and replaced by its default; shown to the user. */
export type UrlNotice =
  | { parameter: 'year'; value: string; first: number; last: number; shown: number }
  | { parameter: 'level'; value: string }
  | { parameter: 'direction'; value: string };

export interface ParsedOverviewState {
  state: OverviewState;
  notices: UrlNotice[];
}

const DEFAULT_DIRECTION: Direction = 'asia-to-europe';

/**
 * Reads the state from `params`; `years` are the years present in the data, oldest first.
 * Without a valid year in `params` the state takes `defaultYear`, or else the latest year.
 */
export function parseOverviewState(
  params: URLSearchParams,
  years: number[],
  defaultYear?: number,
): ParsedOverviewState {
  const notices: UrlNotice[] = [];
  const first = years[0];
  const last = years[years.length - 1];

  let year = defaultYear !== undefined && years.includes(defaultYear) ? defaultYear : last;
  const yearText = params.get('year');
  if (yearText !== null) {
    const requested = Number(yearText);
    if (/^\d{4}$/.test(yearText) && years.includes(requested)) year = requested;
    else notices.push({ parameter: 'year', value: yearText, first, last, shown: year });
  }

  let level: LevelCode = DEFAULT_LEVEL;
  const levelText = params.get('level');
  if (levelText !== null) {
    if (isLevelCode(levelText)) level = levelText;
    else notices.push({ parameter: 'level', value: levelText });
  }

  let direction = DEFAULT_DIRECTION;
  const directionText = params.get('direction');
  if (directionText !== null) {
    if (isDirection(directionText)) direction = directionText;
    else notices.push({ parameter: 'direction', value: directionText });
  }

  return { state: { year, level, direction }, notices };
}

/**
 * Writes `state` as a query string. Other parameters of `base` (such as `lang`) are kept, and
 * the state's parameters come first in a fixed order so that links compare equal.
 */
export function overviewSearch(
  state: OverviewState,
  base: URLSearchParams = new URLSearchParams(),
): string {
  const params = new URLSearchParams({
    year: String(state.year),
    level: state.level,
    direction: state.direction,
  });
  for (const [key, value] of base) {
    if (!params.has(key)) params.append(key, value);
  }
  return `?${params}`;
}
