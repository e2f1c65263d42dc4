import {
  Decimal,
  Int64,
  makeData,
  makeVector,
  Table,
  tableFromArrays,
  vectorFromArray,
} from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { arrowTableToRows } from '../../src/lib/db/arrow-rows';
import { toPlainValue, UnsafeIntegerError } from '../../src/lib/db/plain-values';

describe('toPlainValue', () => {
  it('converts bigint sums to numbers', () => {
    expect(toPlainValue(500003n)).toBe(500003);
    expect(typeof toPlainValue(15003n)).toBe('number');
  });

  it('keeps plain values and null', () => {
    expect(toPlainValue('DEU')).toBe('DEU');
    expect(toPlainValue(12.5)).toBe(12.5);
    expect(toPlainValue(true)).toBe(true);
    expect(toPlainValue(null)).toBeNull();
    expect(toPlainValue(undefined)).toBeNull();
  });

  it('rejects integers beyond 2^53', () => {
    expect(() => toPlainValue(2n ** 60n)).toThrow(UnsafeIntegerError);
  });

  it('converts objects whose primitive is a bigint', () => {
    const hugeint = { [Symbol.toPrimitive]: () => 485000n };
    expect(toPlainValue(hugeint)).toBe(485000);
  });
});

describe('arrowTableToRows', () => {
  it('turns Int64 columns into numbers', () => {
    const table = new Table({
      iso3: vectorFromArray(['USA', 'GBR']),
      inbound: vectorFromArray([500003n, 15003n], new Int64()),
    });
    const rows = arrowTableToRows(table);
    expect(rows).toEqual([
      { iso3: 'USA', inbound: 500003 },
      { iso3: 'GBR', inbound: 15003 },
    ]);
    expect(typeof rows[0].inbound).toBe('number');
    expect(String(rows[0].inbound)).toBe('500003');
  });

  it('turns 128-bit decimals into numbers', () => {
    // DuckDB exports HUGEINT sums as Decimal(38, 0); Arrow stores each value in four 32-bit words.
    const words = new Uint32Array([485000, 0, 0, 0, 3, 0, 0, 0]);
    const vector = makeVector(
      makeData({ type: new Decimal(0, 38, 128), length: 2, nullCount: 0, data: words }),
    );
    const rows = arrowTableToRows(new Table({ net: vector }));
    expect(rows.map((row) => row.net)).toEqual([485000, 3]);
  });

  it('keeps nulls in numeric columns', () => {
    const rows = arrowTableToRows(tableFromArrays({ students: [1, null, 3] as (number | null)[] }));
    expect(rows.map((row) => row.students)).toEqual([1, null, 3]);
  });
});
