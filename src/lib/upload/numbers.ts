/**
 * Counts as statistics offices write them: thousands separators, decimal commas, missing-value
 * markers and value flags. A missing value is returned as null with its marker, never as 0.
 */

/** Markers that national offices, Eurostat, OECD and UNESCO UIS use for "no value". */
const MISSING_MARKERS = new Set(
  [
    '',
    '.',
    '..',
    '...',
    ':',
    '-',
    '--',
    '\u2013',
    '\u2014',
    '*',
    'm',
    'x',
    'a',
    'c',
    'n',
    'z',
    'na',
    'n/a',
    'n.a.',
    'n.a',
    'nan',
    'null',
    'none',
    'nil',
    '?',
  ].map((marker) => marker.toLowerCase()),
);

/**
 * Space-like characters used as thousands separators: space, no-break space, narrow no-break
 * space, thin space, figure space and punctuation space.
 */
const SPACES = /[\s\u00a0\u202f\u2009\u2007\u2008]/g;

/** A trailing flag such as Eurostat's `e` (estimated) or `p` (provisional), after a space. */
const TRAILING_FLAG = /^(.*?)[\s\u00a0\u202f]+([A-Za-z]{1,3})$/;

export type DecimalMark = '.' | ',';

export interface ParsedCount {
  /** The count, or null when the cell is missing or invalid. */
  value: number | null;
  /** The value flag written in the cell (`e`, `p`, `c`…), or null. */
  flag: string | null;
  /** True when the cell is a missing-value marker (an empty cell included). */
  missing: boolean;
  /** Reason the cell is invalid, when it is neither a number nor a missing marker. */
  error: string | null;
  /** The check the cell failed, when `error` is set. */
  errorKind?: 'not-number' | 'negative' | 'not-whole';
}

function isMarker(text: string): boolean {
  return MISSING_MARKERS.has(text.toLowerCase());
}

/**
 * Reads `text` as a number. `decimalMark` is the one of `.` and `,` that separates decimals in
 * this column. The other one, spaces and apostrophes are thousands separators.
 */
export function parseNumber(text: string, decimalMark: DecimalMark): number | null {
  let digits = text.replace(SPACES, '').replace(/['\u2019]/g, '');
  if (decimalMark === ',') digits = digits.replace(/\./g, '').replace(',', '.');
  else digits = digits.replace(/,/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(digits)) return null;
  const value = Number(digits);
  // `1e400` has the shape of a number but no finite value.
  return Number.isFinite(value) ? value : null;
}

/**
 * Parses one cell of a count column. A count is a whole number, so `1.234` and `1,234` are both
 * read as 1234 when the part after the mark has exactly three digits.
 */
export function parseCount(cell: string, decimalMark: DecimalMark = '.'): ParsedCount {
  const text = cell.trim();
  if (isMarker(text)) return { value: null, flag: null, missing: true, error: null };

  let body = text;
  let flag: string | null = null;
  const flagged = TRAILING_FLAG.exec(text);
  if (flagged) {
    body = flagged[1].trim();
    flag = flagged[2].toLowerCase();
    if (isMarker(body)) return { value: null, flag, missing: true, error: null };
  }

  const groupedThousands = /^[+-]?\d{1,3}([.,'\u2019]\d{3})+$/.test(body.replace(SPACES, ''));
  const value = groupedThousands
    ? Number(body.replace(/[^\d-]/g, ''))
    : parseNumber(body, decimalMark);
  if (value === null || !Number.isFinite(value)) {
    return {
      value: null,
      flag,
      missing: false,
      error: `"${cell}" is not a number`,
      errorKind: 'not-number',
    };
  }
  if (value < 0) {
    const error = `${cell} is a negative count`;
    return { value: null, flag, missing: false, error, errorKind: 'negative' };
  }
  if (!Number.isInteger(value)) {
    const error = `${cell} is not a whole number`;
    return { value: null, flag, missing: false, error, errorKind: 'not-whole' };
  }
  // Counts are stored as BIGINT from a JavaScript number, which is exact only up to 2^53 - 1.
  if (value > Number.MAX_SAFE_INTEGER) {
    return {
      value: null,
      flag,
      missing: false,
      error: `${cell} is larger than ${Number.MAX_SAFE_INTEGER}, the largest count stored exactly`,
    };
  }
  return { value, flag, missing: false, error: null };
}

/**
 * Returns the decimal mark of a column from all its cells. It is `,` when some cell has a comma
 * followed by other than three digits. It is also `,` when the file is `;`-separated (the
 * dialect of locales that write decimal commas) and no cell shows a decimal point.
 */
export function detectDecimalMark(cells: Iterable<string>, delimiter: string): DecimalMark {
  let commaDecimal = false;
  let pointDecimal = false;
  const seen = new Set<string>();
  for (const cell of cells) {
    // Each distinct cell is tested once, and one decimal point decides the column.
    if (seen.has(cell)) continue;
    seen.add(cell);
    const text = cell.replace(SPACES, '');
    if (/\d,(\d{1,2}|\d{4,})$/.test(text) || /\d\.\d{3},\d/.test(text)) commaDecimal = true;
    if (/\d\.(\d{1,2}|\d{4,})$/.test(text) || /\d,\d{3}\.\d/.test(text)) pointDecimal = true;
    if (pointDecimal) break;
  }
  if (commaDecimal && !pointDecimal) return ',';
  if (pointDecimal) return '.';
  return delimiter === ';' ? ',' : '.';
}

/** Returns whether every non-missing cell reads as a number, so the column can be numeric. */
export function isNumericColumn(cells: Iterable<string>, decimalMark: DecimalMark): boolean {
  let numbers = 0;
  const seen = new Set<string>();
  for (const cell of cells) {
    if (seen.has(cell)) continue;
    seen.add(cell);
    const text = cell.trim();
    if (isMarker(text)) continue;
    const flagged = TRAILING_FLAG.exec(text);
    const body = flagged ? flagged[1].trim() : text;
    if (flagged && isMarker(body)) continue;
    // A leading zero marks a code such as M49 `040`, which must stay text.
    if (/^0\d/.test(body)) return false;
    if (parseNumber(body, decimalMark) === null) return false;
    numbers++;
  }
  return numbers > 0;
}
