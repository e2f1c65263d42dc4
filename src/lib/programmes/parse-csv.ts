import Papa from 'papaparse';
import { en } from '../i18n/messages/en';
import type { ProgrammeMessages } from '../i18n/messages/en/programmes';
import { isLevelCode } from '../queries/levels';
import { isAcademicYear, PROGRAMME_CSV_COLUMNS, type ProgrammeRecord } from './schema';

export interface ParsedProgrammes {
  records: ProgrammeRecord[];
  /** One sentence per invalid row or header, with its line number. */
  errors: string[];
}

/** Maximum number of row errors listed, so a wrong file does not flood the page. */
const MAX_ERRORS = 20;

type CsvText = ProgrammeMessages['csv'];

/**
 * Parses a programme CSV (comma-separated, UTF-8, header row with PROGRAMME_CSV_COLUMNS).
 * Invalid rows are left out and reported with their line; valid rows are kept.
 *
 * @param knownIso3 the country codes accepted as origin and destination
 * @param messages the wording of the errors, English by default
 */
export function parseProgrammeCsv(
  text: string,
  knownIso3: ReadonlySet<string>,
  messages: CsvText = en.programmes.csv,
): ParsedProgrammes {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
  });

  const missing = PROGRAMME_CSV_COLUMNS.filter(
    (column) => !(parsed.meta.fields ?? []).includes(column),
  );
  if (missing.length > 0) {
    return {
      records: [],
      errors: [messages.missingColumns(missing.join(', '), PROGRAMME_CSV_COLUMNS.join(','))],
    };
  }

  const records: ProgrammeRecord[] = [];
  const errors: string[] = [];

  parsed.data.forEach((row, index) => {
    // Line 1 is the header.
    const line = index + 2;
    const problems = checkRow(row, knownIso3, messages);
    if (problems.length > 0) {
      errors.push(messages.line(line, problems.join('; ')));
      return;
    }
    records.push(toRecord(row));
  });

  const shown = errors.slice(0, MAX_ERRORS);
  if (errors.length > MAX_ERRORS) shown.push(messages.more(errors.length - MAX_ERRORS));
  return { records, errors: shown };
}

function checkRow(
  row: Record<string, string>,
  knownIso3: ReadonlySet<string>,
  messages: CsvText,
): string[] {
  const value = (column: string) => (row[column] ?? '').trim();
  const problems: string[] = [];

  if (value('programme') === '') problems.push(messages.programmeEmpty);
  if (!isAcademicYear(value('academic_year'))) {
    problems.push(messages.academicYear(value('academic_year')));
  }
  for (const column of ['origin', 'destination']) {
    if (!knownIso3.has(value(column).toUpperCase())) {
      problems.push(messages.country(column, value(column)));
    }
  }
  if (!isLevelCode(value('level'))) {
    problems.push(messages.level(value('level')));
  }
  if (!/^\d+$/.test(value('participants'))) {
    problems.push(messages.participants(value('participants')));
  }
  const budget = value('budget_eur');
  if (budget !== '' && !/^\d+(\.\d+)?$/.test(budget)) {
    problems.push(messages.budget(budget));
  }
  if (value('source_note') === '') {
    problems.push(messages.sourceNoteEmpty);
  }
  return problems;
}

function toRecord(row: Record<string, string>): ProgrammeRecord {
  const value = (column: string) => (row[column] ?? '').trim();
  const budget = value('budget_eur');

  return {
    programme: value('programme'),
    academicYear: value('academic_year'),
    origin: value('origin').toUpperCase(),
    destination: value('destination').toUpperCase(),
    level: value('level') as ProgrammeRecord['level'],
    participants: Number(value('participants')),
    budgetEur: budget === '' ? null : Number(budget),
    sourceNote: value('source_note'),
  };
}
