/**
 * The built-in groupings: ASEM sides, ASEM sides by the summit at which partners joined, ASEAN,
 * the EU, and the engagement tiers of Asian partners in the ASEM Education Process.
 */
import type { Group, Grouping } from './types';

/** Builds a group from ISO3 codes and the first year of membership of each. */
function memberSince(id: string, label: string, since: Record<string, number>, until = {}): Group {
  const leftIn: Record<string, number> = until;
  return {
    id,
    label,
    includes: (iso3, year) =>
      since[iso3] !== undefined && since[iso3] <= year && !(leftIn[iso3] <= year),
  };
}

function fixedGroup(id: string, label: string, members: readonly string[]): Group {
  const set = new Set(members);
  return { id, label, includes: (iso3) => set.has(iso3) };
}

export const SIDES: Grouping = {
  id: 'sides',
  label: 'ASEM Asia and ASEM Europe',
  note: 'Each side as a whole, counting a partner from the year it joined ASEM.',
  groups: [
    {
      id: 'asia',
      label: 'ASEM Asia',
      includes: (_iso3, _year, partner) => partner.side === 'asia',
    },
    {
      id: 'europe',
      label: 'ASEM Europe',
      includes: (_iso3, _year, partner) => partner.side === 'europe',
    },
  ],
};

/** Summits at which partners took their seat, with the partners' common name. */
const COHORTS: { year: number; label: string }[] = [
  { year: 1996, label: 'founders (Bangkok 1996)' },
  { year: 2004, label: 'joined at Hanoi 2004' },
  { year: 2008, label: 'joined at Beijing 2008' },
  { year: 2010, label: 'joined at Brussels 2010' },
  { year: 2012, label: 'joined at Vientiane 2012' },
  { year: 2014, label: 'joined at Milan 2014' },
];

export const SIDES_BY_MEMBERSHIP_YEAR: Grouping = {
  id: 'membership-year',
  label: 'ASEM sides by membership year',
  note: 'Partners grouped by side and by the summit at which they joined ASEM.',
  groups: COHORTS.flatMap(({ year, label }) =>
    (['asia', 'europe'] as const).map((side): Group => ({
      id: `${side}-${year}`,
      label: `${side === 'asia' ? 'Asia' : 'Europe'}, ${label}`,
      includes: (_iso3, _year, partner) => partner.side === side && partner.joinYear === year,
    })),
  ),
};

/** ASEAN members and the year each joined; all ten are ASEM partners. */
const ASEAN_SINCE: Record<string, number> = {
  IDN: 1967,
  MYS: 1967,
  PHL: 1967,
  SGP: 1967,
  THA: 1967,
  BRN: 1984,
  VNM: 1995,
  LAO: 1997,
  MMR: 1997,
  KHM: 1999,
};

export const ASEAN: Grouping = {
  id: 'asean',
  label: 'ASEAN',
  note: 'The ten ASEAN member states as one group, each from the year it joined ASEAN.',
  groups: [memberSince('asean', 'ASEAN', ASEAN_SINCE)],
};

/** EU member states and the year each joined. */
const EU_SINCE: Record<string, number> = {
  BEL: 1958,
  DEU: 1958,
  FRA: 1958,
  ITA: 1958,
  LUX: 1958,
  NLD: 1958,
  DNK: 1973,
  IRL: 1973,
  GBR: 1973,
  GRC: 1981,
  PRT: 1986,
  ESP: 1986,
  AUT: 1995,
  FIN: 1995,
  SWE: 1995,
  CYP: 2004,
  CZE: 2004,
  EST: 2004,
  HUN: 2004,
  LVA: 2004,
  LTU: 2004,
  MLT: 2004,
  POL: 2004,
  SVK: 2004,
  SVN: 2004,
  BGR: 2007,
  ROU: 2007,
  HRV: 2013,
};

export const EU: Grouping = {
  id: 'eu',
  label: 'European Union',
  note:
    'EU member states as one group, each from the year it joined. The United Kingdom left on ' +
    '31 January 2020 and counts as a member up to 2019.',
  groups: [memberSince('eu', 'EU', EU_SINCE, { GBR: 2020 })],
};

export const ENGAGEMENT_TIERS: Grouping = {
  id: 'engagement',
  label: 'Engagement in the ASEM Education Process (2018)',
  note:
    'Tiers of Asian partners as recorded in a 2018 answer of the Flemish Government to a ' +
    'question in the Flemish Parliament. Partners the answer does not rate stay on their own.',
  groups: [
    fixedGroup('very-active', 'Very active', ['THA', 'MYS', 'IDN', 'KOR', 'VNM']),
    fixedGroup('moderately-active', 'Moderately active', [
      'CHN',
      'JPN',
      'BRN',
      'KHM',
      'IND',
      'PHL',
    ]),
    fixedGroup('nearly-absent', 'Nearly absent', ['PAK', 'MMR', 'MNG', 'KAZ']),
  ],
};

/** No grouping: every country on its own. */
export const COUNTRIES: Grouping = {
  id: 'countries',
  label: 'Countries',
  note: 'Every partner on its own.',
  groups: [],
};

export const BUILTIN_GROUPINGS: readonly Grouping[] = [
  COUNTRIES,
  SIDES,
  SIDES_BY_MEMBERSHIP_YEAR,
  ASEAN,
  EU,
  ENGAGEMENT_TIERS,
];
