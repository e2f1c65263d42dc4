import type { ViewMessages } from '../i18n/messages/en/views';
import { DEFAULT_LEVEL, isLevelCode, type LevelCode } from '../queries/levels';
import { defaultYearOf } from './source-years';
import { DEFAULT_SOURCE, isSourceId, SOURCES, type SourceId } from './sources';

/** Year, level and source of a country, pair or map view, as read from its URL. */
export interface ViewState {
  source: SourceId;
  year: number;
  level: LevelCode;
}

/** A URL parameter that was invalid and replaced; shown to the user in their language. */
export type ViewNotice =
  | { parameter: 'source'; value: string }
  | { parameter: 'year'; value: string; first: number; last: number; shown: number }
  | { parameter: 'level'; value: string }
  | { parameter: 'uis-level'; value: string };

export interface ParsedViewState {
  state: ViewState;
  /** One entry per URL parameter that was invalid and replaced. */
  notices: ViewNotice[];
}

/**
 * Reads `?source=&year=&level=`. `yearsOf` returns the years present in a source's data, oldest
 * first. A source without levels always reads all tertiary.
 */
export function parseViewState(
  params: URLSearchParams,
  yearsOf: (source: SourceId) => number[],
): ParsedViewState {
  const notices: ViewNotice[] = [];

  let source = DEFAULT_SOURCE;
  const sourceText = params.get('source');
  if (sourceText !== null) {
    if (isSourceId(sourceText)) source = sourceText;
    else notices.push({ parameter: 'source', value: sourceText });
  }

  const years = yearsOf(source);
  const latest = years[years.length - 1];
  const preferred = defaultYearOf(source);
  let year = years.includes(preferred) ? preferred : latest;
  const yearText = params.get('year');
  if (yearText !== null) {
    if (/^\d{4}$/.test(yearText) && years.includes(Number(yearText))) year = Number(yearText);
    else
      notices.push({
        parameter: 'year',
        value: yearText,
        first: years[0],
        last: latest,
        shown: year,
      });
  }

  let level: LevelCode = DEFAULT_LEVEL;
  const levelText = params.get('level');
  if (levelText !== null && levelText !== DEFAULT_LEVEL) {
    if (!isLevelCode(levelText)) {
      notices.push({ parameter: 'level', value: levelText });
    } else if (!SOURCES[source].hasLevels) {
      notices.push({ parameter: 'uis-level', value: levelText });
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

/** Returns the sentence that explains `notice`, from the view messages of one language. */
export function viewNoticeText(notice: ViewNotice, messages: ViewMessages): string {
  switch (notice.parameter) {
    case 'source':
      return messages.notices.source(notice.value);
    case 'year':
      return messages.notices.year(notice.value, notice.first, notice.last, notice.shown);
    case 'level':
      return messages.notices.level(notice.value);
    case 'uis-level':
      return messages.notices.uisLevels;
  }
}
