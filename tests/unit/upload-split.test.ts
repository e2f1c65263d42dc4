/**
 * parseTable splits text without quote characters itself and hands quoted text to papaparse.
 * Quoting one cell forces the papaparse path without changing the values, so both paths must
 * return the same table for every case here.
 */
import { describe, expect, test } from 'vitest';
import { parseTable, type SourceTable } from '../../src/lib/upload/parse-table';

/** Quotes the first cell of the last data line that has one, which papaparse unquotes. */
function quoteOneCell(text: string, delimiter: string): string {
  // Line ends stay in the list at odd indices, so joining restores them as they were.
  const parts = text.split(/(\r\n|\r|\n)/);
  for (let index = parts.length - 1; index > 0; index -= 2) {
    const [first, ...rest] = parts[index].split(delimiter);
    if (first.trim() === '') continue;
    parts[index] = [`"${first}"`, ...rest].join(delimiter);
    return parts.join('');
  }
  throw new Error(`No data line with a first cell in ${JSON.stringify(text)}.`);
}

const cases: [string, string, string][] = [
  ['plain rows', 'year,origin\n2019,FRA\n2018,DEU', ','],
  ['final newline', 'year,origin\n2019,FRA\n2018,DEU\n', ','],
  ['blank and space rows', 'year,origin\n\n2019,FRA\n   \n2018,DEU\n\n', ','],
  ['delimiter-only row', 'year,origin,count\n,,\n2019,FRA,3\n', ','],
  ['short and ragged rows', 'a,b,c\n1,2\n1,2,3,4\n5,6,7\n', ','],
  ['blank lines before header', '\n\na;b\n1;2\n', ';'],
  ['Excel separator line', 'sep=;\na;b\n1;2\n3;4', ';'],
  ['CRLF line ends', 'a\tb\r\n1\t2\r\n\r\n3\t4\r\n', '\t'],
  ['lone CR line ends', 'a,b\r1,2\r3,4', ','],
];

describe('parseTable without quotes', () => {
  test.each(cases)('%s', (_, text, delimiter) => {
    const direct = parseTable(text);
    const viaPapaparse: SourceTable = parseTable(quoteOneCell(text, delimiter));
    expect(direct.delimiter).toBe(delimiter);
    expect(direct).toEqual(viaPapaparse);
  });

  test('line numbers after blank lines', () => {
    const table = parseTable('year,origin\n\n2019,FRA\n\n\n2018,DEU\n');
    expect(table.rows.map((row) => row.line)).toEqual([3, 6]);
    expect(table.blankLines).toEqual([2, 4, 5]);
  });

  test('progress reaches the end', () => {
    const shares: number[] = [];
    const text = `year,count\n${Array.from({ length: 500 }, (_, i) => `2019,${i}`).join('\n')}\n`;
    parseTable(text, { onProgress: (share) => shares.push(share) });
    expect(shares.length).toBeGreaterThan(50);
    expect(shares[0]).toBeGreaterThan(0);
    expect(shares[shares.length - 1]).toBeCloseTo(1, 1);
  });
});
