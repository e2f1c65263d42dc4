import type { MissingDirections } from '../../../sources/source-overview';

/** Text of the overview's dataset picker, grouping controls and source limits. */
export const overviewControls = {
  dataset: 'Dataset',
  defaultDataset: 'OECD international students (default)',
  uploaded: (name: string) => `${name} (uploaded)`,
  unknownDataset: (id: string) => `Dataset ${id}`,
  uploadLink: 'Upload a dataset',
  datasetNote: (name: string, file: string) =>
    `Showing "${name}", uploaded from ${file} and stored in this browser. Source notes about ` +
    'the OECD data do not apply to it.',
  groupBy: 'Group countries by',
  myGroups: (count: number) => `My groups (${count})`,
  defineGroups: 'Define your own groups',
  remove: 'Remove',
  groupName: 'Group name',
  groupNamePlaceholder: 'e.g. Mekong partners',
  countries: 'Countries (a country already in a group cannot be picked again)',
  addGroup: 'Add group',
  groupsNote:
    'Groups are saved in this browser, and the page link carries them, so copying the link ' +
    'shares them.',
  levelsNotSplit: 'This source counts all tertiary levels together.',
  yearsLeftOut: (years: [number, MissingDirections][]) =>
    'Left out of the year menu: ' +
    years
      .map(([year, missing]) =>
        missing === 'both'
          ? `${year}, as no flow between the sides is listed`
          : `${year}, as no host in ASEM Europe is listed, so Asia → Europe is unknown`,
      )
      .join('; ') +
    '.',
  yearLeftOut: (year: number, missing: MissingDirections, shown: number) =>
    (missing === 'both'
      ? `This source lists no flow between ASEM Asia and ASEM Europe for ${year}`
      : `This source lists no host in ASEM Europe for ${year}, so flows from ASEM Asia to ` +
        'ASEM Europe are unknown') + `; showing ${shown} instead.`,
  balanceCaptionUnlisted:
    'Students exchanged with the other ASEM side, summed over the pairs in the UIS top-ten ' +
    'lists. — means that no pair with the other side is listed, so the count is unknown, not ' +
    '0. The listed sums are lower bounds, so net, ratio and balance index compare lower ' +
    'bounds. Balance index = (in − out) / (in + out).',
};

export type OverviewControlMessages = typeof overviewControls;
