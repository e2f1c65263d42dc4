/** Text of the overview's dataset picker and grouping controls. */
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
};

export type OverviewControlMessages = typeof overviewControls;
