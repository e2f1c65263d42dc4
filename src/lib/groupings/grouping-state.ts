/**
 * The grouping and source of the overview in its URL: `?grouping=eu&source=uis`, and for the
 * user's own groups `?grouping=custom&groups=Name:THA,MYS;Other:DEU`. These parameters sit
 * beside year, level and direction, which overview-state.ts reads.
 */
import { en } from '../i18n/messages/en';
import { DEFAULT_SOURCE, isSourceId, type SourceId } from '../sources/sources';
import { BUILTIN_GROUPINGS, COUNTRIES } from './builtin';
import {
  customGrouping,
  encodeCustomGroups,
  parseCustomGroups,
  type CustomGroup,
  type GroupingNoticeMessages,
} from './custom';
import type { Grouping } from './types';

export const CUSTOM_GROUPING_ID = 'custom';

export interface GroupingState {
  groupingId: string;
  customGroups: CustomGroup[];
  source: SourceId;
}

export interface ParsedGroupingState {
  state: GroupingState;
  notices: string[];
}

export function isGroupingId(value: string): boolean {
  return (
    value === CUSTOM_GROUPING_ID || BUILTIN_GROUPINGS.some((grouping) => grouping.id === value)
  );
}

/**
 * Reads grouping, groups and source. `savedGroups` are the groups kept in this browser, used
 * when the URL requests the custom grouping without listing groups.
 */
export function parseGroupingState(
  params: URLSearchParams,
  knownIso3: ReadonlySet<string>,
  savedGroups: CustomGroup[] = [],
  messages: GroupingNoticeMessages = en.groupings.notices,
): ParsedGroupingState {
  const notices: string[] = [];

  let groupingId = COUNTRIES.id;
  const groupingText = params.get('grouping');
  if (groupingText !== null) {
    if (isGroupingId(groupingText)) groupingId = groupingText;
    else notices.push(messages.unknownGrouping(groupingText));
  }

  let customGroups = savedGroups;
  const groupsText = params.get('groups');
  if (groupsText !== null) {
    const parsed = parseCustomGroups(groupsText, knownIso3, messages);
    customGroups = parsed.groups;
    notices.push(...parsed.problems);
  }

  let source = DEFAULT_SOURCE;
  const sourceText = params.get('source');
  if (sourceText !== null) {
    if (isSourceId(sourceText)) source = sourceText;
    else notices.push(messages.unknownSource(sourceText));
  }

  return { state: { groupingId, customGroups, source }, notices };
}

/** Returns the grouping that the state names. */
export function groupingOf(state: GroupingState): Grouping {
  if (state.groupingId === CUSTOM_GROUPING_ID) return customGrouping(state.customGroups);
  return BUILTIN_GROUPINGS.find((grouping) => grouping.id === state.groupingId) ?? COUNTRIES;
}

/** Writes the non-default parameters as `&name=value` pairs, to follow the overview's search. */
export function groupingSearchSuffix(state: GroupingState): string {
  const params = new URLSearchParams();
  if (state.groupingId !== COUNTRIES.id) params.set('grouping', state.groupingId);
  if (state.groupingId === CUSTOM_GROUPING_ID && state.customGroups.length > 0) {
    params.set('groups', encodeCustomGroups(state.customGroups));
  }
  if (state.source !== DEFAULT_SOURCE) params.set('source', state.source);
  const text = params.toString();
  return text === '' ? '' : `&${text}`;
}
