/**
 * The programme dataset: participants of a mobility programme between two countries in one
 * academic year, with the public record each row comes from.
 */
import { LEVELS, type LevelCode } from '../queries/levels';

export interface ProgrammeRecord {
  /** Programme name, such as "ASEM-DUO". */
  programme: string;
  /** Academic year as "2018-19". */
  academicYear: string;
  /** ISO alpha-3 code of the country the participants come from. */
  origin: string;
  /** ISO alpha-3 code of the host country. */
  destination: string;
  level: LevelCode;
  participants: number;
  /** Budget in euros for this row, or null when the record gives none. */
  budgetEur: number | null;
  /** The public record the row comes from. */
  sourceNote: string;
}

/** Column names of the CSV import, in order. */
export const PROGRAMME_CSV_COLUMNS = [
  'programme',
  'academic_year',
  'origin',
  'destination',
  'level',
  'participants',
  'budget_eur',
  'source_note',
] as const;

export const PROGRAMME_LEVEL_CODES: readonly LevelCode[] = LEVELS.map((level) => level.code);

/** Returns whether `text` is an academic year such as "2018-19", the second year one later. */
export function isAcademicYear(text: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(text);
  if (!match) return false;
  return (Number(match[1]) + 1) % 100 === Number(match[2]);
}
