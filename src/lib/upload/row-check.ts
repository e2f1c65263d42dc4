/**
 * The checks of one row of flows, shared by the row-by-row reader and the fast path, which
 * applies the same parsers to each distinct cell and replays this check on rejected rows.
 */
import type { ColumnMapping } from './column-mapping';
import { resolveCountry } from './country-reference';
import { parseCount, type DecimalMark, type ParsedCount } from './numbers';
import type { RowProblem } from './problems';
import type { CountryOverrides } from './types';
import { LEVEL_WHEN_ABSENT, parseLevel, parseYear, type ParsedYear } from './year-level';
import type { LevelCode } from '../queries/levels';

/** Distinct cells remembered per column. Cells past this many are parsed on every row. */
const MAX_MEMOIZED = 100_000;

/** Wraps a pure parser of one cell so that each distinct cell text is parsed once. */
export function memoize<T>(parse: (text: string) => T): (text: string) => T {
  const results = new Map<string, T>();
  return (text) => {
    const known = results.get(text);
    if (known !== undefined || results.has(text)) return known as T;
    const result = parse(text);
    if (results.size < MAX_MEMOIZED) results.set(text, result);
    return result;
  };
}

/** A resolved country cell: its ISO3 code, or null with `aggregate` for a group of countries. */
export interface ResolvedCountry {
  iso3: string | null;
  aggregate: boolean;
  /** The code when it is not ISO 3166-1, such as Kosovo's XKX. */
  nonIso: string | null;
}

/** The parsers of one upload, each remembering the cells it has seen. */
export interface CellReaders {
  year: (text: string) => ParsedYear | null;
  level: (text: string) => LevelCode | null;
  count: (text: string) => ParsedCount;
  /** Resolves a trimmed country cell, with the user's overrides. */
  country: (key: string) => ResolvedCountry | null;
  overrides: CountryOverrides;
}

/**
 * Returns the parsers for `decimalMark` and `overrides`. `overrides` are the user's codes for
 * country values the reference table does not know: an ISO3 code, or `aggregate`.
 */
export function createCellReaders(
  decimalMark: DecimalMark,
  overrides: CountryOverrides,
): CellReaders {
  // Countries repeat on every row, so each distinct value is resolved once.
  const cache = new Map<string, ResolvedCountry | null>();
  const country = (key: string): ResolvedCountry | null => {
    if (cache.has(key)) return cache.get(key) ?? null;
    let resolved: ResolvedCountry | null = null;
    // An own-property check, so that a value such as "constructor" never reads Object's.
    const override = Object.hasOwn(overrides, key) ? overrides[key] : undefined;
    // The user's code goes through the same table, so `DE` becomes DEU and a typo stays unknown.
    const match = override === 'aggregate' ? null : resolveCountry(override ?? key);
    if (override === 'aggregate') resolved = { iso3: null, aggregate: true, nonIso: null };
    else if (match?.kind === 'country') {
      resolved = { iso3: match.iso3, aggregate: false, nonIso: match.isIso ? null : match.iso3 };
    } else if (match?.kind === 'aggregate') {
      resolved = { iso3: null, aggregate: true, nonIso: null };
    }
    cache.set(key, resolved);
    return resolved;
  };

  return {
    year: memoize(parseYear),
    level: memoize(parseLevel),
    count: memoize((text: string) => parseCount(text, decimalMark)),
    country,
    overrides,
  };
}

/** The outcome of checking one row. */
export type RowCheck =
  | {
      ok: true;
      year: ParsedYear;
      level: LevelCode;
      count: ParsedCount;
      origin: ResolvedCountry;
      destination: ResolvedCountry;
      originText: string;
      destinationText: string;
    }
  | {
      ok: false;
      reason: string;
      problem: RowProblem;
      /** Both country cells, when the row failed on a country, to count unknown values. */
      countries?: {
        origin: ResolvedCountry | null;
        destination: ResolvedCountry | null;
        originText: string;
        destinationText: string;
      };
    };

/**
 * Checks one row's `cells` in the order year, level, count, countries, and returns the first
 * failure in English with its structured problem.
 */
export function checkRow(
  cells: readonly string[],
  mapping: ColumnMapping,
  readers: CellReaders,
): RowCheck {
  const cell = (index: number | null) => (index === null ? '' : (cells[index] ?? ''));

  const year = readers.year(cell(mapping.year));
  if (!year) {
    return {
      ok: false,
      reason: `the year "${cell(mapping.year)}" is not a year such as 2019 or 2018-2019`,
      problem: { kind: 'year', value: cell(mapping.year) },
    };
  }

  const level = mapping.level === null ? LEVEL_WHEN_ABSENT : readers.level(cell(mapping.level));
  if (!level) {
    return {
      ok: false,
      reason: `the level "${cell(mapping.level)}" is not a tertiary ISCED 2011 level (5, 6, 7, 8 or 5T8)`,
      problem: { kind: 'level', value: cell(mapping.level) },
    };
  }

  const count = readers.count(cell(mapping.count));
  if (count.error) {
    const kind = `count-${count.errorKind ?? 'not-number'}` as const;
    return {
      ok: false,
      reason: `the number of students ${count.error}`,
      problem: { kind, value: cell(mapping.count) },
    };
  }

  const originText = cell(mapping.origin).trim();
  const destinationText = cell(mapping.destination).trim();
  const origin = readers.country(originText);
  const destination = readers.country(destinationText);
  if (origin && destination) {
    return { ok: true, year, level, count, origin, destination, originText, destinationText };
  }

  const countries = { origin, destination, originText, destinationText };
  const [role, text] = !origin
    ? (['origin', originText] as const)
    : (['destination', destinationText] as const);
  const typed = Object.hasOwn(readers.overrides, text) ? readers.overrides[text] : undefined;
  if (typed === undefined) {
    return {
      ok: false,
      reason: `the ${role} "${text}" is not a known country code or name`,
      problem: { kind: 'country', role, value: text },
      countries,
    };
  }
  return {
    ok: false,
    reason: `the code "${typed}" entered for the ${role} "${text}" is not an ISO 3166-1 code`,
    problem: { kind: 'typed-code', role, value: text, code: typed },
    countries,
  };
}

/** Returns the flag of an accepted row: the flag column's text and the count's flag. */
export function combineFlags(flagCell: string, countFlag: string | null): string | null {
  const flagColumn = flagCell.trim();
  const fromCount = countFlag ?? '';
  return flagColumn && fromCount ? `${flagColumn} ${fromCount}` : flagColumn || fromCount || null;
}
