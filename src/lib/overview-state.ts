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

export interface ParsedOverviewState {
  state: OverviewState;
  /** One sentence per URL parameter that was invalid and replaced by its default. */
  notices: string[];
}

const DEFAULT_DIRECTION: Direction = 'asia-to-europe';

/** Reads the state from `params`; `years` are the years present in the data, oldest first. */
export function parseOverviewState(params: URLSearchParams, years: number[]): ParsedOverviewState {
  const notices: string[] = [];
  const latest = years[years.length - 1];

  let year = latest;
  const yearText = params.get('year');
  if (yearText !== null) {
    const requested = Number(yearText);
    if (/^\d{4}$/.test(yearText) && years.includes(requested)) year = requested;
    else {
      notices.push(
        `The year "${yearText}" in the link is not in the data ` +
          `(${years[0]}–${latest}); showing ${latest} instead.`,
      );
    }
  }

  let level: LevelCode = DEFAULT_LEVEL;
  const levelText = params.get('level');
  if (levelText !== null) {
    if (isLevelCode(levelText)) level = levelText;
    else
      notices.push(`The level "${levelText}" in the link is unknown; showing all tertiary levels.`);
  }

  let direction = DEFAULT_DIRECTION;
  const directionText = params.get('direction');
  if (directionText !== null) {
    if (isDirection(directionText)) direction = directionText;
    else {
      notices.push(
        `The direction "${directionText}" in the link is unknown; showing Asia to Europe.`,
      );
    }
  }

  return { state: { year, level, direction }, notices };
}

/** Writes `state` as a query string, parameters in a fixed order so links compare equal. */
export function overviewSearch(state: OverviewState): string {
  const params = new URLSearchParams({
    year: String(state.year),
    level: state.level,
    direction: state.direction,
  });
  return `?${params}`;
}
