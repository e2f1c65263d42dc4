import { describe, expect, test } from 'vitest';
import { guessMapping } from '../../src/lib/upload/column-mapping';
import {
  binaryKind,
  checkFileSize,
  checkTextFile,
  isParquetFile,
} from '../../src/lib/upload/file-kind';
import { decodeText } from '../../src/lib/upload/decode-text';
import { detectDelimiter, stripSeparatorLine } from '../../src/lib/upload/delimiter';
import { cleanHeader, sqlColumnNames } from '../../src/lib/upload/headers';
import { parseTable } from '../../src/lib/upload/parse-table';
import { parseLevel, parseYear } from '../../src/lib/upload/year-level';

describe('decodeText', () => {
  test('UTF-16 big endian with mark', () => {
    const bytes = new Uint8Array([0xfe, 0xff, 0, 0x61, 0, 0x2c, 0, 0x62]);
    expect(decodeText(bytes)).toEqual({ text: 'a,b', encoding: 'utf-16be', byteOrderMark: true });
  });

  test('invalid UTF-8 never yields U+FFFD', () => {
    const decoded = decodeText(new Uint8Array([0x43, 0xf4, 0x74, 0x65]));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe('Côte'.slice(0, 4));
    expect(decoded.text).not.toContain('\uFFFD');
  });

  test('Windows-1252 euro and quotes', () => {
    const decoded = decodeText(new Uint8Array([0x80, 0x93, 0x94]));
    expect(decoded.text).toBe('\u20ac\u201c\u201d');
  });
});

describe('delimiters', () => {
  test.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a;b;c\n1;2,5;3\n', ';'],
    ['a\tb\tc\n1\t2\t3\n', '\t'],
    ['a|b|c\n1|2|3\n', '|'],
    ['"a,x";b;c\n1;2;3\n', ';'],
  ])('detects in %j', (text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });

  test('sep line', () => {
    expect(stripSeparatorLine('sep=|\na|b\n')).toEqual({ delimiter: '|', rest: 'a|b\n' });
    expect(stripSeparatorLine('"sep=;"\na;b\n').delimiter).toBe(';');
    expect(stripSeparatorLine('a,b\n').delimiter).toBeNull();
  });
});

describe('headers', () => {
  test('case variants survive', () => {
    expect(cleanHeader(['\uFEFF"COUNTRY"', 'Country', 'Country', ' '])).toEqual([
      'COUNTRY',
      'Country',
      'Country_2',
      'column_4',
    ]);
  });

  test('SQL names unique without case', () => {
    expect(sqlColumnNames(['COUNTRY', 'Country', 'Flag Codes', 'Année'])).toEqual([
      'src_country',
      'src_country_2',
      'src_flag_codes',
      'src_annee',
    ]);
  });
});

describe('parseTable', () => {
  test('mixed line ends and delimiter-only rows', () => {
    const table = parseTable('a,b\r\n1,2\n3,4\r5,6\r\n,\r\n \r\n');
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
    expect(table.rows.map((row) => row.line)).toEqual([2, 3, 4]);
    expect(table.blankLines).toEqual([5, 6]);
  });

  test('title lines above the header', () => {
    const text =
      'Table 4. Incoming students in 2019\n"Source: ministry, 2020",,,\n\norigin,destination,year,n\n' +
      'CN,BE,2019,5\n';
    const table = parseTable(text);
    expect(table.header).toEqual(['origin', 'destination', 'year', 'n']);
    expect(table.headerLine).toBe(4);
    expect(table.titleLines).toEqual([1, 2]);
    expect(table.rows).toEqual([{ line: 5, cells: ['CN', 'BE', '2019', '5'] }]);
  });

  test('short rows are counted and padded', () => {
    const table = parseTable('a,b,c\n1,2,3\n4,5\n6\n');
    expect(table.shortRows).toEqual({ count: 2, lines: [3, 4] });
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['1', '2', '3'],
      ['4', '5', ''],
      ['6', '', ''],
    ]);
  });

  test('short rows past the listed ones are only counted', () => {
    const table = parseTable(`a,b\n${'1\n'.repeat(25)}`);
    expect(table.shortRows.count).toBe(25);
    expect(table.shortRows.lines).toEqual(Array.from({ length: 20 }, (_, index) => index + 2));
  });

  test('title with a delimiter above a wider header', () => {
    const text =
      'Ministry of Education, Thailand - outbound students 2019\n\n' +
      'origin,destination,year,level,students\nTHA,DEU,2019,5T8,40\n';
    const table = parseTable(text);
    expect(table.titleLines).toEqual([1]);
    expect(table.headerLine).toBe(3);
    expect(table.header).toEqual(['origin', 'destination', 'year', 'level', 'students']);
    expect(table.rows).toEqual([{ line: 4, cells: ['THA', 'DEU', '2019', '5T8', '40'] }]);
  });

  test.each([
    ['a,b,c,d\n1,2,3,4\n', 1],
    ['a,b,c,d\n1,2,3\n', 1],
    ['a,b\n', 1],
    ['x,y,z\n\na,b,c,d,e\n', 1],
  ])('header of %j stays on its line', (text, headerLine) => {
    const table = parseTable(text);
    expect(table.headerLine).toBe(headerLine);
    expect(table.titleLines).toEqual([]);
  });

  test('title line after a sep= line', () => {
    const table = parseTable('sep=;\nStudents by origin\norigin;destination\nCN;BE\n');
    expect(table.titleLines).toEqual([2]);
    expect(table.headerLine).toBe(3);
    expect(table.rows).toEqual([{ line: 4, cells: ['CN', 'BE'] }]);
  });

  test.each([
    ['students\n5\n6\n', [5, 6]],
    ['students\n1\n2\n3\n4\n5\n6\n7\n', [1, 2, 3, 4, 5, 6, 7]],
  ])('one-column file %j keeps its first line as header', (text, values) => {
    const table = parseTable(text);
    expect(table.header).toEqual(['students']);
    expect(table.headerLine).toBe(1);
    expect(table.titleLines).toEqual([]);
    expect(table.rows.map((row) => Number(row.cells[0]))).toEqual(values);
    expect(table.rows.map((row) => row.line)).toEqual(values.map((_, index) => index + 2));
  });

  test('empty file', () => {
    expect(() => parseTable('\n\n')).toThrow('no header line');
  });
});

describe('guessMapping', () => {
  test('UIS-style headers', () => {
    const mapping = guessMapping(
      ['Country of origin', 'Host country', 'TIME_PERIOD', 'OBS_VALUE', 'OBS_STATUS'],
      [],
    );
    expect(mapping).toMatchObject({ origin: 0, destination: 1, year: 2, count: 3, flag: 4 });
  });

  test.each([
    [['land van herkomst', 'land van bestemming', 'academiejaar', 'aantal studenten']],
    [['herkomst', 'bestemming', 'jaar', 'studenten']],
    [["pays d'origine", "pays d'accueil", 'année', "nombre d'étudiants"]],
  ])('Dutch and French headers %j', (header) => {
    expect(guessMapping(header, [])).toMatchObject({
      origin: 0,
      destination: 1,
      year: 2,
      count: 3,
    });
  });

  test('year found by values', () => {
    const mapping = guessMapping(['from', 'to', 'period_x', 'n'], [['DE', 'FR', '2019', '5']]);
    expect(mapping.year).toBe(2);
  });
});

describe('years and levels', () => {
  test.each([
    ['2019', { year: 2019, label: null }],
    ['2019.0', { year: 2019, label: null }],
    ['2018-2019', { year: 2019, label: '2018-2019' }],
    ['2018/19', { year: 2019, label: '2018/19' }],
    ['1999/00', { year: 2000, label: '1999/00' }],
  ])('year %j', (cell, expected) => {
    expect(parseYear(cell)).toEqual(expected);
  });

  test.each(['2018-2020', '19', 'abc', '3019'])('not a year %j', (cell) => {
    expect(parseYear(cell)).toBeNull();
  });

  test.each([
    ['ISCED11_6', 'ISCED11_6'],
    ['ISCED 7', 'ISCED11_7'],
    ['Doctoral', 'ISCED11_8'],
    ['5T8', 'ISCED11_5T8'],
    ['short-cycle tertiary', 'ISCED11_5'],
  ])('level %j', (cell, expected) => {
    expect(parseLevel(cell)).toBe(expected);
  });
});

describe('file checks', () => {
  test('too large file names size and fix', () => {
    expect(() => checkFileSize({ name: 'all.csv', size: 600 * 1024 * 1024 })).toThrow(
      'all.csv is 600 MB, more than the 500 MB this page can read. Split it',
    );
    expect(() => checkFileSize({ name: 'ok.csv', size: 1024 })).not.toThrow();
  });

  test.each([
    ['flows.xlsx', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'excel'],
    ['flows.zip', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'zip'],
    [
      'renamed.csv',
      [0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('....[Content_Types].xml')],
      'excel',
    ],
    ['flows.xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'excel'],
    ['chart.csv', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], 'image'],
    ['report.csv', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], 'pdf'],
    ['flows.csv.gz', [0x1f, 0x8b, 0x08], 'gzip'],
    ['flows.csv', [0x6f, 0x72, 0x69], null],
  ])('binary kind of %s', (name, bytes, kind) => {
    expect(binaryKind(name, new Uint8Array(bytes))).toBe(kind);
  });

  test('binary file names its kind and fix', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(() => checkTextFile('chart.csv', png)).toThrow(
      'chart.csv is not delimited text but an image. Upload the data behind the chart',
    );
    expect(() => checkTextFile('flows.csv', new TextEncoder().encode('a,b'))).not.toThrow();
  });

  test('Parquet by magic bytes', () => {
    expect(isParquetFile('data.bin', new Uint8Array([0x50, 0x41, 0x52, 0x31]))).toBe(true);
    expect(isParquetFile('data.csv', new TextEncoder().encode('a,b'))).toBe(false);
  });
});
