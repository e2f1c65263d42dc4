/**
 * Facts from public records on the ASEM education programmes. Only recorded facts are listed:
 * where a record gives no participant count, none is made up.
 */

/** A statement from a public record, with the figure it gives, if any. */
export interface ProgrammeFact {
  id: string;
  academicYear: string;
  statement: string;
}

export interface ProgrammeInfo {
  id: string;
  /** Name as records and uploads write it, matched against the CSV `programme` column. */
  name: string;
  description: string;
  facts: ProgrammeFact[];
  /** The public record the facts come from. */
  sourceNote: string | null;
}

export const PROGRAMMES: readonly ProgrammeInfo[] = [
  {
    id: 'asem-duo',
    name: 'ASEM-DUO',
    description:
      'Fellowship programme for exchanges between ASEM Asia and ASEM Europe, built on pairs ' +
      '("duos") of participants from both sides.',
    facts: [],
    sourceNote: null,
  },
  {
    id: 'work-placement',
    name: 'ASEM Work Placement Programme',
    description: 'Work placements for students between ASEM Asia and ASEM Europe.',
    facts: [
      {
        id: 'wpp-pilot',
        academicYear: '2018-19',
        statement:
          'Pilot in the academic year 2018-19, co-chaired by Flanders (Belgium) and Thailand, ' +
          'with Germany, Indonesia and Brunei taking part.',
      },
      {
        id: 'wpp-budget',
        academicYear: '2018-19',
        statement:
          "Flanders budgeted EUR 50,000 for Flemish students' placements in Asia in the second " +
          'semester of 2018-19.',
      },
      {
        id: 'wpp-applications',
        academicYear: '2018-19',
        statement:
          '15 applications were approved by the end of 2018. This is a count of approved ' +
          'applications, not of completed placements; no participant count is published.',
      },
    ],
    // NOTE: the document number of the Flemish Government record is not in this repository.
    sourceNote: 'Flemish Government, public information on the pilot, 2018.',
  },
];
