import Papa from 'papaparse';
import { isLevelCode } from '../queries/levels';
import { isAcademicYear, PROGRAMME_CSV_COLUMNS, type ProgrammeRecord } from './schema';

export interface ParsedProgrammes {
  records: ProgrammeRecord[];
  /** One sentence per invalid row or header, with its line number. */
  errors: string[];
}

/** Maximum number of row errors listed, so a wrong file does not flood the page. */
const MAX_ERRORS = 20;

/**
 * Parses a programme CSV (comma-separated, UTF-8, header row with PROGRAMME_CSV_COLUMNS).
 * Invalid rows are left out and reported with their line; valid rows are kept.
 *
 * @param knownIso3 the country codes accepted as origin and destination
 */
export function parseProgrammeCsv(text: string, knownIso3: ReadonlySet<string>): ParsedProgrammes {
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
      errors: [
        `The header lacks the column(s) ${missing.join(', ')}. ` +
          `Expected: ${PROGRAMME_CSV_COLUMNS.join(',')}.`,
      ],
    };
  }

  const records: ProgrammeRecord[] = [];
  const errors: string[] = [];

  parsed.data.forEach((row, index) => {
    // Line 1 is the header.
    const line = index + 2;
    const problems = checkRow(row, knownIso3);
    if (problems.length > 0) {
      errors.push(`Line ${line}: ${problems.join('; ')}.`);
      return;
    }
    records.push(toRecord(row));
  });

  const shown = errors.slice(0, MAX_ERRORS);
  if (errors.length > MAX_ERRORS) shown.push(`… and ${errors.length - MAX_ERRORS} more rows.`);
  return { records, errors: shown };
}

function checkRow(row: Record<string, string>, knownIso3: ReadonlySet<string>): string[] {
  const value = (column: string) => (row[column] ?? '').trim();
  const problems: string[] = [];

  if (value('programme') === '') problems.push('programme is empty');
  if (!isAcademicYear(value('academic_year'))) {
    problems.push(`academic_year "${value('academic_year')}" is not like 2018-19`);
  }
  for (const column of ['origin', 'destination']) {
    if (!knownIso3.has(value(column).toUpperCase())) {
      problems.push(`${column} "${value(column)}" is not the ISO alpha-3 code of an ASEM partner`);
    }
  }
  if (!isLevelCode(value('level'))) {
    problems.push(`level "${value('level')}" is not one of ISCED11_5, _6, _7, _8 or _5T8`);
  }
  if (!/^\d+$/.test(value('participants'))) {
    problems.push(`participants "${value('participants')}" is not a whole number`);
  }
  const budget = value('budget_eur');
  if (budget !== '' && !/^\d+(\.\d+)?$/.test(budget)) {
    problems.push(`budget_eur "${budget}" is not a number of euros (leave it empty if unknown)`);
  }
  if (value('source_note') === '') {
    problems.push('source_note is empty; name the public record the row comes from');
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
