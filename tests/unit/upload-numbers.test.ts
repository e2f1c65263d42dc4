import { describe, expect, test } from 'vitest';
import { detectDecimalMark, isNumericColumn, parseCount } from '../../src/lib/upload/numbers';

describe('parseCount', () => {
  test.each([
    ['1234', 1234],
    ['1,234', 1234],
    ['1.234', 1234],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['1\u202f234', 1234],
    ['1\u2009234', 1234],
    ['1\u2007234', 1234],
    ["1'234", 1234],
    ['1\u2019234', 1234],
    ['12 345 678', 12345678],
    ['0', 0],
    [' 42 ', 42],
  ])('reads %j as %d', (cell, expected) => {
    expect(parseCount(cell).value).toBe(expected);
    expect(parseCount(cell).missing).toBe(false);
  });

  test.each([
    '',
    '..',
    '...',
    ':',
    '-',
    '\u2013',
    '\u2014',
    'm',
    'x',
    'a',
    'c',
    'NA',
    'n/a',
    'N.A.',
    'NaN',
    'null',
    '*',
  ])('reads marker %j as missing', (cell) => {
    const parsed = parseCount(cell);
    expect(parsed.value).toBeNull();
    expect(parsed.missing).toBe(true);
    expect(parsed.error).toBeNull();
  });

  test.each([
    ['12345 e', 12345, 'e'],
    ['12 345 e', 12345, 'e'],
    ['1\u00a0234 p', 1234, 'p'],
    ['500 bep', 500, 'bep'],
  ])('keeps flag of %j', (cell, value, flag) => {
    expect(parseCount(cell)).toEqual({ value, flag, missing: false, error: null });
  });

  test.each([
    [': c', 'c'],
    [':\u00a0c', 'c'],
    ['.. z', 'z'],
  ])('marker with flag %j', (cell, flag) => {
    expect(parseCount(cell)).toEqual({ value: null, flag, missing: true, error: null });
  });

  test('decimal comma column reads dot as thousands', () => {
    expect(parseCount('2.048', ',').value).toBe(2048);
  });

  test.each(['abc', '12.5', '-3', '1e400'])('rejects %j', (cell) => {
    const parsed = parseCount(cell);
    expect(parsed.value).toBeNull();
    expect(parsed.missing).toBe(false);
    expect(parsed.error).toContain(cell);
  });
});

describe('detectDecimalMark', () => {
  test('comma decimals', () => {
    expect(detectDecimalMark(['12,5', '9,9'], ',')).toBe(',');
  });

  test('point decimals', () => {
    expect(detectDecimalMark(['12.5', '1,234.5'], ';')).toBe('.');
  });

  test('semicolon dialect decides ambiguity', () => {
    expect(detectDecimalMark(['1.234'], ';')).toBe(',');
    expect(detectDecimalMark(['1.234'], ',')).toBe('.');
  });
});

describe('isNumericColumn', () => {
  test('codes with leading zeros stay text', () => {
    expect(isNumericColumn(['040', '276'], '.')).toBe(false);
  });

  test('numbers with markers are numeric', () => {
    expect(isNumericColumn(['12,5', '..', ': c'], ',')).toBe(true);
  });

  test('all missing is not numeric', () => {
    expect(isNumericColumn(['', '..'], '.')).toBe(false);
  });
});
