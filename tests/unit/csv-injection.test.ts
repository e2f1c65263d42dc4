import { tableFromArrays } from 'apache-arrow';
import { describe, expect, test } from 'vitest';
import { arrowToCsv, rowsToCsv } from '../../src/lib/datasets/export-csv';
import { csvField } from '../../src/lib/export/csv';
import { neutraliseFormula } from '../../src/lib/export/csv-injection';

describe('neutraliseFormula', () => {
  test.each([
    ['=HYPERLINK("http://127.0.0.1")', `'=HYPERLINK("http://127.0.0.1")`],
    ['+cmd|" /C calc"!A0', `'+cmd|" /C calc"!A0`],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
  ])('prefixes %j', (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
  });

  test.each(['-12', '+3.5', '-1e3', '-', 'Côte d’Ivoire', 'a=b', ''])('keeps %j', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});

describe('CSV writers', () => {
  test('chart CSV field', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('=SUM(1,2)')).toBe(`"'=SUM(1,2)"`);
    expect(csvField(-5)).toBe('-5');
  });

  test('dataset CSV cells', () => {
    const table = tableFromArrays({ programme: ['@evil', 'ok'], n: Float64Array.from([-1, 2]) });
    expect(arrowToCsv(table)).toBe("programme,n\r\n'@evil,-1\r\nok,2\r\n");
    expect(rowsToCsv(['a'], [{ a: '+x' }])).toBe("a\r\n'+x\r\n");
  });
});
