/**
 * Groups that the user defines: a name and a list of countries. They travel in the URL as
 * `?groups=Name:THA,MYS;Other:DEU` and are kept in localStorage between visits.
 */
import { en } from '../i18n/messages/en';
import type { GroupingMessages } from '../i18n/messages/en/groupings';
import type { Grouping } from './types';

export type GroupingNoticeMessages = GroupingMessages['notices'];

export interface CustomGroup {
  name: string;
  /** ISO3 codes, in the order the user picked them. */
  members: string[];
}

export const MAX_CUSTOM_GROUPS = 12;
export const MAX_GROUP_NAME_LENGTH = 60;

/** Builds the grouping of the user's groups. A country in several groups goes to the first. */
export function customGrouping(groups: readonly CustomGroup[]): Grouping {
  return {
    id: 'custom',
    label: 'My groups',
    note: 'Groups defined in this browser or in the shared link.',
    groups: groups.map((group, index) => {
      const members = new Set(group.members);
      return {
        id: `custom-${index + 1}`,
        label: group.name,
        includes: (iso3) => members.has(iso3),
      };
    }),
  };
}

/** Writes groups as the `groups` URL parameter value. */
export function encodeCustomGroups(groups: readonly CustomGroup[]): string {
  return groups
    .map((group) => `${encodeURIComponent(group.name)}:${group.members.join(',')}`)
    .join(';');
}

export interface ParsedCustomGroups {
  groups: CustomGroup[];
  /** One sentence per part of the text that was invalid and left out. */
  problems: string[];
}

/**
 * Reads the `groups` URL parameter value. Unknown country codes, empty groups, repeated
 * countries and groups past MAX_CUSTOM_GROUPS are left out with a problem sentence each, so a
 * damaged link still shows what it can.
 */
export function parseCustomGroups(
  text: string,
  knownIso3: ReadonlySet<string>,
  messages: GroupingNoticeMessages = en.groupings.notices,
): ParsedCustomGroups {
  const groups: CustomGroup[] = [];
  const problems: string[] = [];
  const taken = new Set<string>();

  for (const part of text.split(';').filter((item) => item.trim() !== '')) {
    const separator = part.lastIndexOf(':');
    const name = decodeName(separator < 0 ? '' : part.slice(0, separator)).trim();
    const codes = separator < 0 ? [] : part.slice(separator + 1).split(',');

    if (name === '' || name.length > MAX_GROUP_NAME_LENGTH) {
      problems.push(messages.groupNeedsName(part, MAX_GROUP_NAME_LENGTH));
      continue;
    }
    if (groups.length >= MAX_CUSTOM_GROUPS) {
      problems.push(messages.tooManyGroups(MAX_CUSTOM_GROUPS, name));
      continue;
    }

    const members: string[] = [];
    for (const raw of codes) {
      const iso3 = raw.trim().toUpperCase();
      if (iso3 === '') continue;
      if (!knownIso3.has(iso3)) {
        problems.push(messages.notPartner(raw, name));
      } else if (taken.has(iso3)) {
        problems.push(messages.alreadyTaken(iso3, name));
      } else {
        members.push(iso3);
        taken.add(iso3);
      }
    }

    if (members.length === 0) problems.push(messages.emptyGroup(name));
    else groups.push({ name, members });
  }

  return { groups, problems };
}

function decodeName(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
