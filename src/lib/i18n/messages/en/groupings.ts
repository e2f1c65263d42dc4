import type { Side } from '../../../queries/sides';

/** Names and notes of the built-in groupings, by grouping id and group id. */
export const groupings = {
  /** Problems with the grouping parameters of a link, each with what is shown instead. */
  notices: {
    unknownGrouping: (value: string) =>
      `The grouping "${value}" in the link is unknown; showing countries.`,
    unknownSource: (value: string) =>
      `The source "${value}" in the link is unknown; showing OECD data.`,
    groupNeedsName: (part: string, maximum: number) =>
      `The group "${part}" needs a name of 1 to ${maximum} characters before a colon; it was ` +
      'left out.',
    tooManyGroups: (maximum: number, name: string) =>
      `Only ${maximum} groups are allowed; "${name}" was left out.`,
    notPartner: (code: string, name: string) =>
      `"${code}" in the group "${name}" is not an ASEM partner code; left out.`,
    alreadyTaken: (iso3: string, name: string) =>
      `${iso3} is already in an earlier group; left out of "${name}".`,
    emptyGroup: (name: string) => `The group "${name}" has no valid country; left out.`,
  },
  countries: { label: 'Countries', note: 'Every partner on its own.' },
  sides: {
    label: 'ASEM Asia and ASEM Europe',
    note: 'Each side as a whole, counting a partner from the year it joined ASEM.',
    groups: { asia: 'ASEM Asia', europe: 'ASEM Europe' } as Record<string, string>,
  },
  membershipYear: {
    label: 'ASEM sides by membership year',
    note: 'Partners grouped by side and by the summit at which they joined ASEM.',
    /** A side's partners that joined at one summit, such as "Asia, joined at Hanoi 2004". */
    cohort: (side: Side, year: number, city: string): string =>
      `${side === 'asia' ? 'Asia' : 'Europe'}, ` +
      (year === 1996 ? `founders (${city} ${year})` : `joined at ${city} ${year}`),
    cities: {
      1996: 'Bangkok',
      2004: 'Hanoi',
      2008: 'Beijing',
      2010: 'Brussels',
      2012: 'Vientiane',
      2014: 'Milan',
    } as Record<number, string>,
  },
  asean: {
    label: 'ASEAN',
    note: 'The ten ASEAN member states as one group, each from the year it joined ASEAN.',
    groups: { asean: 'ASEAN' } as Record<string, string>,
  },
  eu: {
    label: 'European Union',
    note:
      'EU member states as one group, each from the year it joined. The United Kingdom left on ' +
      '31 January 2020 and counts as a member up to 2019.',
    groups: { eu: 'EU' } as Record<string, string>,
  },
  engagement: {
    label: 'Engagement in the ASEM Education Process (2018)',
    note:
      'Tiers of Asian partners as recorded in a 2018 answer of the Flemish Government to a ' +
      'question in the Flemish Parliament. Partners the answer does not rate stay on their own.',
    groups: {
      'very-active': 'Very active',
      'moderately-active': 'Moderately active',
      'nearly-absent': 'Nearly absent',
    } as Record<string, string>,
  },
};

export type GroupingMessages = typeof groupings;
