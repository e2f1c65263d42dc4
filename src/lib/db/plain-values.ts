/**
 * Conversion of database values into plain JavaScript numbers and strings.
 *
 * DuckDB returns SUM over INTEGER as HUGEINT and COUNT as BIGINT. Arrow hands those to JavaScript
 * as `bigint` or as a multi-word big-number object, which prints as `123n`, `[object Object]` or
 * `3,0,0,0` and breaks arithmetic. Every value leaves the db layer through `toPlainValue`.
 */

/** Largest integer that a JavaScript number represents exactly (2^53 − 1). */
const MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);

export class UnsafeIntegerError extends Error {
  constructor(value: bigint) {
    super(
      `The integer ${value} does not fit in a JavaScript number without rounding ` +
        `(its limit is ±${Number.MAX_SAFE_INTEGER}); cast it to DOUBLE or VARCHAR in SQL.`,
    );
    this.name = 'UnsafeIntegerError';
  }
}

/** Converts a `bigint` to a number, and raises `UnsafeIntegerError` when it would be rounded. */
export function bigintToNumber(value: bigint): number {
  if (value > MAX_EXACT || value < -MAX_EXACT) throw new UnsafeIntegerError(value);
  return Number(value);
}

/** Converts one value read from Arrow or DuckDB into a string, number, boolean or null. */
export function toPlainValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;

  switch (typeof value) {
    case 'number':
    case 'string':
    case 'boolean':
      return value;
    case 'bigint':
      return bigintToNumber(value);
  }

  // Arrow's Decimal and 128-bit integers arrive as objects whose primitive form is a
  // decimal string or a bigint, depending on the Arrow version.
  if (value instanceof Date) return value.toISOString();
  const primitive = (value as { [Symbol.toPrimitive]?: (hint: string) => unknown })[
    Symbol.toPrimitive
  ];
  if (typeof primitive === 'function') {
    const converted = primitive.call(value, 'number');
    if (typeof converted === 'bigint') return bigintToNumber(converted);
    if (typeof converted === 'number' && !Number.isNaN(converted)) return converted;
  }

  const text = String(value);
  const numeric = Number(text);
  if (text.trim() !== '' && Number.isFinite(numeric)) return numeric;
  throw new TypeError(
    `Cannot convert a ${Object.prototype.toString.call(value)} to a plain value.`,
  );
}
