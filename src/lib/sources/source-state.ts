import { DEFAULT_LEVEL, isLevelCode, type LevelCode } from '../queries/levels';
import { defaultYearOf } from './source-years';
import { DEFAULT_SOURCE, isSourceId, SOURCES, type SourceId } from './sources';

/** Year, level and source of a country, pair or map view, as read from its URL. */
export interface ViewState {
  source: SourceId;
  year: number;
  level: LevelCode;
}

export interface ParsedViewState {
  state: ViewState;
  /** One sentence per URL parameter that was invalid and replaced. */
  notices: string[];
}

/**
 * Reads `?source=&year=&level=`. `yearsOf` returns the years present in a source's data, oldest
 * first. A source without levels always reads all tertiary.
 */
export function parseViewState(
  params: URLSearchParams,
  yearsOf: (source: SourceId) => number[],
): ParsedViewState {
  const notices: string[] = [];

  let source = DEFAULT_SOURCE;
  const sourceText = params.get('source');
  if (sourceText !== null) {
    if (isSourceId(sourceText)) source = sourceText;
    else notices.push(`The source "${sourceText}" in the link is unknown; showing OECD data.`);
  }

  const years = yearsOf(source);
  const latest = years[years.length - 1];
  const preferred = defaultYearOf(source);
  let year = years.includes(preferred) ? preferred : latest;
  const yearText = params.get('year');
  if (yearText !== null) {
    if (/^\d{4}$/.test(yearText) && years.includes(Number(yearText))) year = Number(yearText);
    else {
      notices.push(
        `The year "${yearText}" is not in this source (${years[0]}–${latest}); ` +
          `showing ${year} instead.`,
      );
    }
  }

  let level: LevelCode = DEFAULT_LEVEL;
  const levelText = params.get('level');
  if (levelText !== null && levelText !== DEFAULT_LEVEL) {
    if (!isLevelCode(levelText)) {
      notices.push(`The level "${levelText}" in the link is unknown; showing all tertiary levels.`);
    } else if (!SOURCES[source].hasLevels) {
      notices.push('UIS counts all tertiary levels together; showing all tertiary levels.');
    } else level = levelText;
  }

  return { state: { source, year, level }, notices };
}

/** Writes the state as a query string in a fixed parameter order. */
export function viewSearch(state: ViewState): string {
  const params = new URLSearchParams({
    source: state.source,
    year: String(state.year),
    level: state.level,
  });
  return `?${params}`;
}
