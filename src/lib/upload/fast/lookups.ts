/**
 * The checks of the fast path, run once per distinct cell with the row-by-row reader's own
 * parsers. Each column's results become a small lookup table, or an identity when every
 * distinct cell already is its parsed value, so that SQL needs no join for a clean column.
 */
import type { ColumnMapping } from '../column-mapping';
import { detectDecimalMark, isNumericColumn, parseNumber, type DecimalMark } from '../numbers';
import { memoize, type CellReaders } from '../row-check';

/** A value bound into a lookup table. */
export type LookupValue = string | number | boolean | null;

/** One lookup table: SQL column types and one row per distinct cell `t`. */
export interface Lookup {
  columns: Record<string, 'VARCHAR' | 'SMALLINT' | 'BIGINT' | 'DOUBLE' | 'BOOLEAN'>;
  rows: LookupValue[][];
  /** True when every cell maps to itself, so SQL may read the column as it is. */
  identity: boolean;
  /** True when some cell fails the check, so some rows are rejected. */
  hasInvalid: boolean;
}

export function yearLookup(cells: readonly string[], readers: CellReaders): Lookup {
  let identity = true;
  let hasInvalid = false;
  const rows = cells.map((t) => {
    const year = readers.year(t);
    if (!year) hasInvalid = true;
    if (!year || year.label !== null || String(year.year) !== t) identity = false;
    return [t, year?.year ?? null, year?.label ?? null, year !== null];
  });
  return {
    columns: { t: 'VARCHAR', year: 'SMALLINT', label: 'VARCHAR', ok: 'BOOLEAN' },
    rows,
    identity: identity && !hasInvalid,
    hasInvalid,
  };
}

export function levelLookup(cells: readonly string[], readers: CellReaders): Lookup {
  let identity = true;
  let hasInvalid = false;
  const rows = cells.map((t) => {
    const level = readers.level(t);
    if (!level) hasInvalid = true;
    if (level !== t) identity = false;
    return [t, level, level !== null];
  });
  return {
    columns: { t: 'VARCHAR', level: 'VARCHAR', ok: 'BOOLEAN' },
    rows,
    identity: identity && !hasInvalid,
    hasInvalid,
  };
}

export function countLookup(cells: readonly string[], readers: CellReaders): Lookup {
  let identity = true;
  let hasInvalid = false;
  const rows = cells.map((t) => {
    const count = readers.count(t);
    const ok = count.error === null;
    if (!ok) hasInvalid = true;
    if (!ok || count.flag !== null || count.value === null || String(count.value) !== t) {
      identity = false;
    }
    return [t, count.value, count.flag, ok];
  });
  return {
    columns: { t: 'VARCHAR', value: 'BIGINT', flag: 'VARCHAR', ok: 'BOOLEAN' },
    rows,
    identity: identity && !hasInvalid,
    hasInvalid,
  };
}

/**
 * Country cells of both roles: `key` is the trimmed cell the reports name, `code` the ISO3
 * code or, for an aggregate, the trimmed cell, as the row-by-row reader stores them.
 */
export function countryLookup(cells: readonly string[], readers: CellReaders): Lookup {
  let identity = true;
  let hasInvalid = false;
  const rows = cells.map((t) => {
    const key = t.trim();
    const resolved = readers.country(key);
    if (!resolved) hasInvalid = true;
    if (!resolved || resolved.aggregate || resolved.iso3 !== t) identity = false;
    const code = resolved ? (resolved.iso3 ?? key) : null;
    return [t, key, code, resolved?.aggregate ?? false, resolved?.nonIso ?? null, !!resolved];
  });
  return {
    columns: {
      t: 'VARCHAR',
      key: 'VARCHAR',
      code: 'VARCHAR',
      aggregate: 'BOOLEAN',
      non_iso: 'VARCHAR',
      ok: 'BOOLEAN',
    },
    rows,
    identity: identity && !hasInvalid,
    hasInvalid,
  };
}

/** Trimmed text of a flag or programme column, with `empty` for a blank cell. */
export function trimLookup(cells: readonly string[], empty: '' | null): Lookup {
  let identity = true;
  const rows = cells.map((t) => {
    const trimmed = t.trim();
    if (trimmed !== t) identity = false;
    return [t, trimmed === '' ? empty : trimmed];
  });
  return { columns: { t: 'VARCHAR', value: 'VARCHAR' }, rows, identity, hasInvalid: false };
}

/**
 * Returns the numbers of a source column that no role uses, or null when it stays text: the
 * rule of the row-by-row reader, applied to the distinct cells of the accepted rows.
 */
export function extraNumberLookup(
  cells: readonly string[],
  delimiter: string,
): { lookup: Lookup; decimalMark: DecimalMark } | null {
  const decimalMark = detectDecimalMark(cells, delimiter);
  if (!isNumericColumn(cells, decimalMark)) return null;
  const readNumber = memoize((text: string) =>
    parseNumber(text.trim().replace(/\s+[A-Za-z]{1,3}$/, ''), decimalMark),
  );
  return {
    lookup: {
      columns: { t: 'VARCHAR', value: 'DOUBLE' },
      rows: cells.map((t) => [t, readNumber(t)]),
      identity: false,
      hasInvalid: false,
    },
    decimalMark,
  };
}

/** Returns the column indexes that a role uses, which stay text among the extras. */
export function mappedColumns(mapping: ColumnMapping): Set<number> {
  return new Set(Object.values(mapping).filter((index): index is number => index !== null));
}
