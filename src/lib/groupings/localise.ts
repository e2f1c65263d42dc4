/**
 * Puts the names and notes of a built-in grouping into the interface language. The built-in
 * definitions keep English text for logs and tests; user-defined groups keep the names users
 * gave them.
 */
import type { GroupingMessages } from '../i18n/messages/en/groupings';
import type { Side } from '../queries/sides';
import type { Grouping } from './types';

type Localised = { label: string; note: string; groups?: Record<string, string> };

function textOf(id: string, messages: GroupingMessages): Localised | null {
  switch (id) {
    case 'countries':
      return messages.countries;
    case 'sides':
      return messages.sides;
    case 'membership-year':
      return messages.membershipYear;
    case 'asean':
      return messages.asean;
    case 'eu':
      return messages.eu;
    case 'engagement':
      return messages.engagement;
    default:
      return null;
  }
}

/** Returns the label of a membership-year group, whose id is `side-year`, or null. */
function cohortLabel(groupId: string, messages: GroupingMessages): string | null {
  const match = /^(asia|europe)-(\d{4})$/.exec(groupId);
  if (!match) return null;
  const year = Number(match[2]);
  const city = messages.membershipYear.cities[year];
  return city ? messages.membershipYear.cohort(match[1] as Side, year, city) : null;
}

/** Returns `grouping` with its label, note and group labels from `messages`, where it has them. */
export function localiseGrouping(grouping: Grouping, messages: GroupingMessages): Grouping {
  const text = textOf(grouping.id, messages);
  if (!text) return grouping;

  return {
    ...grouping,
    label: text.label,
    note: text.note,
    groups: grouping.groups.map((group) => ({
      ...group,
      label: text.groups?.[group.id] ?? cohortLabel(group.id, messages) ?? group.label,
    })),
  };
}
