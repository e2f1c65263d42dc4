import type { Side } from '../../../queries/sides';

/** Text shared by the country, pair and map views: filters, source notes and URL notices. */
export const views = {
  crumbOverview: 'Overview',
  /** Title of an exported chart or table: the country or pair, then what it shows. */
  exportTitle: (place: string, subject: string) => `${place}: ${subject}`,
  source: 'Source',
  /** An ASEM side as a noun phrase, such as "ASEM Asia". */
  sideName: (side: Side): string => (side === 'asia' ? 'ASEM Asia' : 'ASEM Europe'),
  sources: {
    oecdLabel: 'OECD enrolments (2013–2019)',
    oecdCoverage:
      'Every origin of the students enrolled in 40 reporting hosts, by ISCED level. Among the ' +
      'Asian partners only Australia, Japan, Korea, New Zealand and Russia report as hosts, so ' +
      'students going to the other Asian partners are not counted. A 0 can stand for a missing ' +
      'value.',
    uisLabel: (first: number, last: number) => `UNESCO UIS top-ten lists (${first}–${last})`,
    uisCoverage:
      'All tertiary levels together, including hosts the OECD file lacks, such as Malaysia, ' +
      'India, Vietnam and Thailand in some years (China and Singapore report in neither), ' +
      "but only each origin's ten largest destinations and each host's ten largest origins. " +
      'A pair outside both lists is unknown, not zero, so sums are lower bounds.',
    credit: (attribution: string) =>
      `Source: ${attribution}. The two sources count the same students, so the views never add ` +
      'them.',
  },
  notices: {
    source: (value: string) => `The source "${value}" in the link is unknown; showing OECD data.`,
    year: (value: string, first: number, last: number, shown: number) =>
      `The year "${value}" is not in this source (${first}–${last}); showing ${shown} instead.`,
    level: (value: string) =>
      `The level "${value}" in the link is unknown; showing all tertiary levels.`,
    uisLevels: 'UIS counts all tertiary levels together; showing all tertiary levels.',
  },
  columns: {
    partner: 'Partner',
    fromPartner: 'From partner (in)',
    toPartner: 'To partner (out)',
    net: 'Net',
    index: 'Balance index',
    level: 'Level',
    inbound: 'Inbound',
    outbound: 'Outbound',
  },
};

export type ViewMessages = typeof views;
