/** Text of the programmes page and of its CSV format. */
export const programmes = {
  pageTitle: 'ASEM education programmes',
  heading: 'ASEM education programmes',
  crumb: 'Programmes',
  lede:
    'What the ASEM instruments add to mobility between the sides. Only facts from public ' +
    'records are shown; where no record gives a participant count, none is shown.',
  tableCaption: (file: string) => `Imported records from ${file}`,
  columns: {
    programme: 'Programme',
    academicYear: 'Academic year',
    participants: 'Participants',
    budget: 'Budget',
    rows: 'Rows',
  },
  euros: (amount: string) => `EUR ${amount}`,
  recordedFacts: 'Recorded facts',
  source: (note: string) => `Source: ${note}`,
  empty: (name: string) =>
    `No participant records for ${name} are in this dashboard. If you hold figures from a ` +
    'public record, add them as a CSV in the format below.',
  otherHeading: 'Other imported programmes',
  addHeading: 'Add programme data',
  addBefore: 'Upload a dataset on the',
  addLink: 'upload page',
  addAfter:
    ', or view a programme CSV here. A file viewed here stays in this browser tab and is not ' +
    'sent anywhere.',
  fileLabel: 'Programme CSV',
  importErrors: (file: string) => `Some rows of ${file} were left out:`,
  importSummary: (rows: number, file: string) =>
    `${rows} ${rows === 1 ? 'row' : 'rows'} read from ${file}.`,
  /** Descriptions and facts of the recorded programmes, by the ids in recorded.ts. */
  records: {
    'asem-duo': {
      description:
        'Fellowship programme for exchanges between ASEM Asia and ASEM Europe, built on pairs ' +
        '("duos") of participants from both sides.',
    },
    'work-placement': {
      description: 'Work placements for students between ASEM Asia and ASEM Europe.',
    },
  },
  facts: {
    'wpp-pilot':
      'Pilot in the academic year 2018-19, co-chaired by Flanders (Belgium) and Thailand, ' +
      'with Germany, Indonesia and Brunei taking part.',
    'wpp-budget':
      "Flanders budgeted EUR 50,000 for Flemish students' placements in Asia in the second " +
      'semester of 2018-19.',
    'wpp-applications':
      '15 applications were approved by the end of 2018. This is a count of approved ' +
      'applications, not of completed placements; no participant count is published.',
  },
  sourceNotes: {
    'work-placement': 'Flemish Government, public information on the pilot, 2018.',
  },
  /** Problems found in an imported programme CSV. */
  csv: {
    missingColumns: (columns: string, expected: string) =>
      `The header lacks the column(s) ${columns}. Expected: ${expected}.`,
    line: (line: number, problems: string) => `Line ${line}: ${problems}.`,
    more: (rows: number) => `… and ${rows} more rows.`,
    programmeEmpty: 'programme is empty',
    academicYear: (value: string) => `academic_year "${value}" is not like 2018-19`,
    country: (column: string, value: string) =>
      `${column} "${value}" is not the ISO alpha-3 code of an ASEM partner`,
    level: (value: string) => `level "${value}" is not one of ISCED11_5, _6, _7, _8 or _5T8`,
    participants: (value: string) => `participants "${value}" is not a whole number`,
    budget: (value: string) =>
      `budget_eur "${value}" is not a number of euros (leave it empty if unknown)`,
    sourceNoteEmpty: 'source_note is empty; name the public record the row comes from',
  },
  format: {
    summary: 'CSV format for programme data',
    intro:
      'Comma-separated, UTF-8, one header row with these columns in any order. One row per ' +
      'programme, academic year, origin, destination and level.',
    column: 'Column',
    meaning: 'Meaning',
    exampleNote: 'The example row shows the format only; it is not a real record.',
    meanings: {
      programme: 'Programme name, such as ASEM-DUO or ASEM Work Placement Programme',
      academic_year: 'Academic year, such as 2018-19',
      origin: 'ISO alpha-3 code of the country the participants come from, such as BEL',
      destination: 'ISO alpha-3 code of the host country, such as THA',
      level: 'ISCED11_5, ISCED11_6, ISCED11_7, ISCED11_8, or ISCED11_5T8 for all or unknown levels',
      participants: 'Number of participants, a whole number',
      budget_eur: 'Budget in euros for this row; leave empty when the record gives none',
      source_note: 'The public record the row comes from (required)',
    },
  },
};

export type ProgrammeMessages = typeof programmes;
