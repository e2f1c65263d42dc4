import { countries } from './en/countries';
import { country } from './en/country';
import { errors } from './en/errors';
import { exports } from './en/exports';
import { groupings } from './en/groupings';
import { map } from './en/map';
import { overviewControls } from './en/overview-controls';
import { pair } from './en/pair';
import { programmes } from './en/programmes';
import { report } from './en/report';
import { upload } from './en/upload';
import { views } from './en/views';

/**
 * English interface text. The Dutch and French catalogues have the type `Messages`, so they
 * must have every key this one has. Each page beyond the overview has its own file in `en/`.
 */
export const en = {
  layout: {
    nav: {
      label: 'Views',
      overview: 'Overview',
      countries: 'Countries',
      map: 'Map',
      programmes: 'Programmes',
      upload: 'Upload data',
      report: 'Report',
    },
    brand: 'ASEM Education Process · Balanced mobility',
    skipToContent: 'Skip to content',
    language: 'Language',
    source: (attribution: string) => `Default data: ${attribution}.`,
    languageFailed: (language: string) =>
      `${language} could not be loaded, so the page stays in this language. Reload the page to try again.`,
    otherData: 'This page shows other data; each chart names its source below it.',
    datasetVersion: 'Dataset version',
  },
  overview: {
    pageTitle: 'Student mobility between ASEM Asia and ASEM Europe',
    pageDescription:
      'How balanced is student mobility between Asia and Europe? OECD enrolment data for the ASEM partners.',
    heading: 'Student mobility between ASEM Asia and ASEM Europe',
    loading: 'Loading the data…',
    loadFailed: (reason: string) => `The data could not be loaded: ${reason}`,
    queryFailed: (reason: string) => `The query failed: ${reason}`,
    reload: 'Reload the page to try again.',
    sankeyHeading: (origin: string, destination: string, year: number) =>
      `Flows from ASEM ${origin} to ASEM ${destination}, ${year}`,
    sankeyLabel: 'Sankey diagram of students by origin and destination country',
    sankeyCountries: 'Each node is one country.',
    sankeyGroups: (grouping: string) =>
      `Grouped by ${grouping}: each node is one group, or one country in no group.`,
    sankeyOrigins: (drawn: number, merged: number, other: string) =>
      merged === 0
        ? drawn === 1
          ? 'The one origin is drawn.'
          : `All ${drawn} origins are drawn.`
        : `The ${drawn} largest origins are drawn, and the other ${merged} are merged as "${other}".`,
    sankeyDestinations: (drawn: number, merged: number, other: string) =>
      merged === 0
        ? drawn === 1
          ? 'The one destination is drawn.'
          : `All ${drawn} destinations are drawn.`
        : `The ${drawn} largest destinations are drawn, and the other ${merged} are merged as "${other}".`,
    sankeyTotal: (total: string) => `Total ${total} students.`,
    sankeyEmpty: 'No flows are reported for this selection.',
    noFlows: (year: number) =>
      `No flows between ASEM Asia and ASEM Europe are recorded for ${year} in this data. ` +
      'Choose another year.',
    otherPartners: (side: 'asia' | 'europe'): string =>
      side === 'asia' ? 'Other Asian partners' : 'Other European partners',
    balanceHeading: (year: number) => `Balance per ASEM partner, ${year}`,
    balanceCaption:
      'Students exchanged with the other ASEM side. Balance index = (in − out) / (in + out); — means no host data. Outbound from European partners counts only the Asian hosts with data, so their balance leans towards inbound.',
    hostsVary: (minimum: number, maximum: number) =>
      `The number of European partners with host data changes between years (${minimum} to ${maximum}), so part of the change in the Asia → Europe line comes from reporting, not from mobility.`,
    membersJoined: (joined: string) =>
      `ASEM grew within these years, and each year counts the partners of that year: ${joined}.`,
    joinedIn: (names: string, year: number) => `${names} from ${year}`,
    columnEuropeanHosts: 'European hosts with data',
    columnAsianHosts: 'Asian hosts with data',
    seriesLabel: 'Students crossing between the ASEM sides by year',
    seriesAsiaToEurope: 'ASEM Asia → ASEM Europe',
    seriesEuropeToAsia: 'ASEM Europe → ASEM Asia (undercounted*)',
    summary: (year: number, asiaToEurope: string, ratio: string, europeToAsia: string) =>
      `In ${year}, ${asiaToEurope} students from ASEM Asia studied in ASEM Europe, ` +
      `${ratio} the ${europeToAsia} students from ASEM Europe counted in ASEM Asia.`,
  },
  sides: { asia: 'Asia', europe: 'Europe' },
  notices: {
    year: (value: string, first: number, last: number, shown: number) =>
      `The year "${value}" in the link is not in the data (${first}–${last}); showing ${shown} instead.`,
    level: (value: string) =>
      `The level "${value}" in the link is unknown; showing all tertiary levels.`,
    direction: (value: string) =>
      `The direction "${value}" in the link is unknown; showing Asia to Europe.`,
  },
  controls: {
    year: 'Year',
    level: 'Level',
    direction: 'Sankey direction',
    asiaToEurope: 'Asia → Europe',
    europeToAsia: 'Europe → Asia',
  },
  levels: {
    ISCED11_5T8: 'All tertiary (ISCED 5–8)',
    ISCED11_5: 'Short-cycle tertiary (ISCED 5)',
    ISCED11_6: "Bachelor's or equivalent (ISCED 6)",
    ISCED11_7: "Master's or equivalent (ISCED 7)",
    ISCED11_8: 'Doctoral or equivalent (ISCED 8)',
  },
  headline: {
    asiaToEurope: (year: number) => `students from ASEM Asia in ASEM Europe, ${year}`,
    europeToAsia: (year: number) => `students from ASEM Europe in ASEM Asia, ${year}*`,
    ratio: 'Asia → Europe for every student Europe → Asia*',
  },
  jumps: {
    title: 'Sharp changes from the year before.',
    intro: (previous: number, year: number, change: string) =>
      `These pairs changed by at least ${change} students and a factor of 3 from ${previous} ` +
      `to ${year}. A host that starts or stops counting some students can cause such a jump, ` +
      'so check the source before citing the change:',
    pair: (origin: string, destination: string, before: string, after: string) =>
      `${origin} → ${destination}: ${before} → ${after}`,
  },
  coverage: {
    title: '* Europe → Asia is undercounted.',
    asia: (reporting: number, partners: number, hosts: string, missing: string) =>
      `Only ${reporting} of ${partners} Asian partners report their international students ` +
      `to the OECD as hosts (${hosts}), so European students in ${missing} are not counted.`,
    europe: (reporting: number, partners: number, missing: string) =>
      `Asia → Europe covers ${reporting} of ${partners} European partners (no host data for ${missing}).`,
    zeros: 'A 0 in the source can stand for a missing value, so sums are lower bounds.',
    asiaUpload: (reporting: number, partners: number, hosts: string) =>
      reporting === 0
        ? `None of the ${partners} Asian partners is a host in this dataset, so it counts no ` +
          'students going from Europe to Asia.'
        : `Only ${reporting} of ${partners} Asian partners ` +
          `${reporting === 1 ? 'is a host' : 'are hosts'} in this dataset ` +
          `(${hosts}), so students going to the others are not counted.`,
  },
  balance: {
    partner: 'Partner',
    side: 'Side',
    inbound: 'Inbound from other side',
    outbound: 'Outbound to other side',
    net: 'Net (in − out)',
    ratio: 'Ratio in : out',
    index: 'Balance index',
    noHostData: 'No host data reported',
  },
  charts: {
    flowList: 'Flows, largest first; use the arrow keys to move',
    showTable: 'Show the data as a table',
    columnYear: 'Year',
    columnOrigin: 'Origin',
    columnDestination: 'Destination',
    columnStudents: 'Students',
    linkDescription: (source: string, target: string, students: string) =>
      `${source} to ${target}: ${students} students`,
    nodeDescription: (name: string, students: string) => `${name}: ${students} students`,
  },
  overviewControls,
  views,
  countries,
  country,
  pair,
  map,
  programmes,
  upload,
  report,
  exports,
  groupings,
  errors,
};

export type Messages = typeof en;
