/** Text of the report builder and its editor. */
export const report = {
  pageTitle: (title: string) => `Report builder · ${title}`,
  heading: 'Report builder',
  introBefore: 'Pick charts with "Add to report" on the',
  introLink: 'overview',
  introAfter:
    '; they keep the year, level and direction you chose. This page’s link contains the ' +
    'whole report.',
  defaultTitle: 'Student mobility between ASEM Asia and ASEM Europe',
  notices: {
    unknownChart: (value: string) =>
      `The chart "${value}" in the link is not a known chart; it is left out.`,
    invalidSettings: (value: string) =>
      `The chart "${value}" in the link has invalid settings; it is left out.`,
  },
  loadFailed: (reason: string) => `The data could not be loaded: ${reason}`,
  queryFailed: (reason: string) => `A query failed: ${reason}`,
  print: 'Print or save as PDF',
  zip: 'Download all exports (ZIP)',
  preparingZip: 'Preparing the ZIP…',
  zipSaved: (charts: number) =>
    `Saved report.zip with ${charts} ${charts === 1 ? 'chart' : 'charts'}.`,
  zipFailed: (reason: string) => `The ZIP could not be made: ${reason}`,
  chartNotDrawn: (position: number) =>
    `chart ${position} is not drawn yet; wait for the preview to load.`,
  preview: 'A4 preview',
  meta: (attribution: string, version: string, accessed: string) =>
    `Source: ${attribution}. Dataset version ${version}. Accessed ${accessed}.`,
  loadingChart: (position: number) => `Loading chart ${position}…`,
  editor: {
    title: 'Report title',
    empty: 'The report has no charts yet. Use "Add to report" under a chart on the overview page.',
    note: 'Note',
    moveUp: 'Move up',
    moveDown: 'Move down',
    remove: 'Remove',
    // A button's name with its chart, for screen readers that list buttons out of context.
    actionOn: (action: string, chart: string) => `${action}: ${chart}`,
  },
};

export type ReportMessages = typeof report;
