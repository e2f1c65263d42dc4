import { formatCount } from '../../../format';
import type { Role } from '../../../upload/column-mapping';
import type { Delimiter } from '../../../upload/delimiter';
import type { TextEncoding } from '../../../upload/decode-text';
import type { RowProblem, UploadProblem, UploadStage } from '../../../upload/problems';

/** Text of the upload page: file choice, column mapping, validation report and stored datasets. */
export const upload = {
  pageTitle: 'Upload a mobility dataset',
  heading: 'Upload a mobility dataset',
  introBefore:
    'Load a CSV, TSV or Parquet file of student flows: one row per origin, destination and ' +
    'year with a number of students. The file is read in this browser and stored only here. ' +
    'Start from the',
  template: 'CSV template',
  introAfter: '.',
  fileHeading: (file: string, rows: string) => `${file}: ${rows} rows`,
  chooseColumns: (roles: string) => `Choose a column for: ${roles}.`,
  checkRows: 'Check every row',
  datasetName: 'Dataset name',
  saveAs: 'Save as',
  newDataset: 'A new dataset',
  replace: (name: string) => `Replace "${name}"`,
  save: 'Save dataset',
  saveFailed: (reason: string) => `Saving the dataset failed, and nothing was changed: ${reason}`,
  storageFull: (megabytes: string) =>
    "Saving the dataset failed because the browser's storage for this site is full " +
    `(the dataset needs ${megabytes} MB). Nothing was changed. Remove stored datasets you no ` +
    'longer need, or export them first, then save again.',
  drop: {
    group: 'Choose or drop a file',
    label: 'Data file (CSV, TSV, TXT or Parquet)',
    hint: 'or drop a file here',
  },
  stages: {
    starting: 'Starting',
    reading: 'Reading the file',
    'decoding-parquet': 'Decoding Parquet',
    splitting: 'Splitting rows',
    'reading-database': 'Reading the file into the database',
    checking: 'Checking every row',
    'checking-values': 'Checking each distinct value',
    encoding: 'Encoding Arrow and Parquet',
    saving: 'Saving in this browser',
    'loading-database': 'Loading into the database',
    opening: 'Opening the page',
  } satisfies Record<UploadStage, string>,
  cancel: 'Cancel',
  settings: {
    legend: 'How the file is read',
    encoding: 'Text encoding',
    delimiter: 'Delimiter',
    separatorBefore: 'The file names its delimiter on an Excel',
    /** Follows the code `sep=` directly, so it starts with a space where the language needs one. */
    separatorAfter: ' first line.',
    encodings: {
      'utf-8': 'UTF-8',
      'utf-16le': 'UTF-16 (little endian)',
      'utf-16be': 'UTF-16 (big endian)',
      'windows-1252': 'Windows-1252 (Western European)',
    } satisfies Record<TextEncoding, string>,
    delimiters: {
      ',': 'comma (,)',
      ';': 'semicolon (;)',
      '\t': 'tab',
      '|': 'vertical bar (|)',
    } satisfies Record<Delimiter, string>,
  },
  mapping: {
    legend: 'Which column holds what',
    none: '(none)',
    previewCaption: 'First rows of the file, with every source column kept',
    roles: {
      origin: 'Origin country (where students come from)',
      destination: 'Destination country (where they study)',
      year: 'Year or academic year',
      count: 'Number of students',
      level: 'Level of education (optional)',
      programme: 'Programme (optional)',
      flag: 'Value flag (optional)',
    } satisfies Record<Role, string>,
  },
  report: {
    /** Hints per kind of rejection, each on how to fix the file or the mapping. */
    hints: {
      year:
        'Years are read as 2019, 2019.0, 2018-2019 or 2018/19, between 1900 and 2100. If this ' +
        'column is not the year, choose another one in the column mapping.',
      level:
        'Only tertiary levels are read: ISCED 2011 levels 5, 6, 7 and 8, 5T8 for all of them, or ' +
        'names such as Bachelor, Master and Doctoral. Rows of other levels are rejected.',
      'count-not-number':
        'A number of students is a number or a missing-value marker such as "..", ":" or "n/a". ' +
        'If this column holds text, choose the column of student numbers in the mapping.',
      'count-negative':
        'A number of students cannot be negative. Check whether the column holds differences ' +
        'or balances instead of head counts.',
      'count-not-whole':
        'A number of students is a whole number. Values with decimals are shares, averages or ' +
        'figures in thousands: choose a column of head counts, or round the values in the file.',
    },
    heading: 'Check before saving',
    rows: (rows: string, sourceRows: string) => `${rows} of ${sourceRows} rows can be loaded.`,
    // `rows` is the count as formatted, which is "1" in every language for one row.
    missing: (rows: string) =>
      rows === '1'
        ? '1 row has a missing number of students; it is kept as missing, not as 0.'
        : `${rows} rows have a missing number of students; they are kept as missing, not as 0.`,
    total: (students: string) => `${students} students in the known counts.`,
    selfFlows: (rows: string, students: string) =>
      `${rows} domestic rows (origin equals destination, ${students} students) are kept but ` +
      'left out of the Sankey diagram and the balances.',
    aggregates: (rows: string) =>
      `${rows} rows name an aggregate (such as World or EU27_2020) and are kept out of the ` +
      'Sankey diagram, the balances and the total.',
    nonIso: (codes: string) => `Kept although not in ISO 3166-1: ${codes}.`,
    shortRows: (count: number, rows: string, lines: string) => {
      const [subject, line] = count === 1 ? ['row has', 'line'] : ['rows have', 'lines'];
      return (
        `${rows} ${subject} fewer fields than the header, so the last cells were read as ` +
        `empty (${line} ${lines}). Check for a missing delimiter, or a value that holds the ` +
        'delimiter without quotes.'
      );
    },
    titles: (lines: string, count: number) =>
      count === 1
        ? `Line ${lines}, above the header, was read as a title and skipped.`
        : `Lines ${lines}, above the header, were read as titles and skipped.`,
    blank: (rows: string, lines: string) =>
      `${rows} blank or empty rows were skipped (lines ${lines}).`,
    unmappedHeading: 'Country values not recognised',
    unmappedBefore: 'Type an ISO 3166-1 code (such as DEU or DE) for each, or',
    unmappedAfter: 'for a total or region. Rows left unfixed are rejected, and listed below.',
    unmappedValue: (value: string, role: 'origin' | 'destination', rows: number) =>
      `"${value}" (${role}, ${formatCount(rows, 'en-GB')} ${rows === 1 ? 'row' : 'rows'})`,
    applyFixes: 'Apply and check again',
    rejectedHeading: 'Rejected rows',
    unmappedMore: (count: string) =>
      `${count} more values are not recognised. If most values are unknown, check which ` +
      'column is mapped to the origin and destination.',
    rejected: (line: number, reason: string) => `Line ${line}: ${reason}.`,
    more: (rows: string) => `… and ${rows} more.`,
  },
  /** The reason a row was rejected, from the structured problem the converter records. */
  rowProblem: (problem: RowProblem): string => {
    switch (problem.kind) {
      case 'year':
        return `the year "${problem.value}" is not a year such as 2019 or 2018-2019`;
      case 'level':
        return (
          `the level "${problem.value}" is not a tertiary ISCED 2011 level ` + '(5, 6, 7, 8 or 5T8)'
        );
      case 'count-not-number':
        return `the number of students "${problem.value}" is not a number`;
      case 'count-negative':
        return `the number of students ${problem.value} is a negative count`;
      case 'count-not-whole':
        return `the number of students ${problem.value} is not a whole number`;
      case 'country':
        return `the ${problem.role} "${problem.value}" is not a known country code or name`;
      case 'typed-code':
        return (
          `the code "${problem.code}" entered for the ${problem.role} "${problem.value}" ` +
          'is not an ISO 3166-1 code'
        );
    }
  },
  /** The reason reading or checking the file failed. */
  problem: (problem: UploadProblem): string => {
    switch (problem.kind) {
      case 'file-too-large':
        return (
          `${problem.file} is ${problem.megabytes} MB, more than the ${problem.maximum} MB ` +
          'this page can read. Split it, for example by year, and upload the parts separately.'
        );
      case 'too-large-for-browser':
        return (
          `The file is too large for this browser to read (${problem.detail}). ` +
          'Split it, for example by year, and upload the parts as separate datasets.'
        );
      case 'empty-file':
        return 'The file is empty: it has no header line.';
      case 'not-text': {
        const kinds = {
          excel: 'a spreadsheet. Save the sheet as CSV (in Excel: File › Save As › CSV UTF-8)',
          zip: 'a ZIP archive. Unpack it and upload the CSV or Parquet file inside',
          pdf: 'a PDF document. Export its table as CSV, or ask its publisher for the data file',
          image: 'an image. Upload the data behind the chart as CSV or Parquet',
          gzip: 'compressed with gzip. Unpack it and upload the file inside',
        };
        return `${problem.file} is not delimited text but ${kinds[problem.fileKind]}.`;
      }
      case 'cancelled':
        return 'The upload was cancelled; nothing was stored.';
    }
  },
  summary: {
    heading: (name: string) => `Saved: ${name}`,
    rows: 'Rows loaded',
    missing: 'Missing counts',
    total: 'Students (sum of known counts, aggregates left out)',
    open: (name: string) => `Show ${name} in the overview`,
  },
  datasets: {
    heading: 'Datasets in this browser',
    empty: 'No dataset uploaded yet.',
    newName: 'New name',
    saveName: 'Save name',
    cancel: 'Cancel',
    emptyName: 'A dataset name cannot be empty; type a name or press Cancel.',
    confirmRemove: (name: string) => `Remove "${name}" from this browser?`,
    meta: (file: string, rows: string, updated: string) => `${file}, ${rows} rows, ${updated}`,
    open: 'Open in overview',
    rename: 'Rename',
    exportCsv: 'Export CSV',
    exportParquet: 'Export Parquet',
    remove: 'Remove',
  },
};

export type UploadMessages = typeof upload;
