import type { Side } from '../../../queries/sides';

const sideName = (side: Side) => (side === 'asia' ? 'ASEM Asia' : 'ASEM Europe');

/**
 * Text of a country profile. `other` is the ASEM side the country exchanges with, and each
 * language's file words the sentence around it.
 */
export const country = {
  pageTitle: (name: string) => `${name}: student mobility with the other ASEM side`,
  crumb: 'Country profile',
  facts: (side: Side, other: Side, joinYear: number) =>
    `${sideName(side)}, partner since ${joinYear}. Exchange with ${sideName(other)}.`,
  notMember: (name: string, joinYear: number, year: number) =>
    `${name} joined ASEM in ${joinYear}; there are no figures for ${year}.`,
  hostDataNever: (name: string, other: Side) =>
    `No host data reported for ${name} in this source: students from ` +
    `${sideName(other)} enrolled in ${name} are not counted, ` +
    'so inbound figures and the balance are unknown (—).',
  hostDataYear: (name: string, year: number) =>
    `No host data reported for ${name} in ${year} in this source, so inbound figures and the ` +
    'balance for that year are unknown (—).',
  inboundCaption: (other: Side) => `inbound from ${sideName(other)}`,
  outboundCaption: (other: Side) => `outbound to ${sideName(other)}`,
  indexCaption: 'balance index (in − out) / (in + out)',
  rank: (rank: number, ranked: number) => `${rank} of ${ranked}`,
  rankCaption: 'rank among partners, 1 = highest index',
  byYear: 'By year',
  seriesLabel: (other: Side) => `Students exchanged with ${sideName(other)} by year`,
  seriesInbound: (name: string, other: Side) => `From ${sideName(other)} to ${name} (inbound)`,
  seriesOutbound: (name: string, other: Side) => `From ${name} to ${sideName(other)} (outbound)`,
  topInboundHeading: (year: number) => `Largest sources of inbound students, ${year}`,
  topInboundLabel: (name: string) => `Partners sending the most students to ${name}`,
  topInboundEmpty: 'No inbound students are known for this selection.',
  topOutboundHeading: (year: number) => `Largest destinations of outbound students, ${year}`,
  topOutboundLabel: (name: string) => `Partners receiving the most students from ${name}`,
  topOutboundEmpty: 'No outbound students are known for this selection.',
  balanceHeading: (year: number) => `Balance per partner, ${year}`,
  pairCaption: (other: Side) =>
    `Students exchanged with each partner of ${sideName(other)}; ` + '— means unknown.',
  levelsHeading: (year: number) => `By level of education, ${year}`,
  levelCaption: (other: Side) => `Exchange with ${sideName(other)} per ISCED 2011 level`,
  /** Country notes by their id in country-notes.ts. */
  notes: {
    'belgium-communities':
      'The statistics cover Belgium as a whole. Higher education is run by the Flemish, ' +
      'French and German-speaking Communities, but neither source splits the counts ' +
      'between them, so readers from the Flemish and French Communities see their ' +
      'combined figures here.',
  },
};

export type CountryMessages = typeof country;
