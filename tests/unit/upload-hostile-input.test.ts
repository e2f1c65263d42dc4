/** Regression tests for faults the upload fuzz test found, one focused case each. */
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { describe, expect, test } from 'vitest';
import { MAX_LISTED_UNMAPPED } from '../../src/lib/upload/convert';
import { decodeText } from '../../src/lib/upload/decode-text';
import { parseCount, parseNumber } from '../../src/lib/upload/numbers';
import { arrowIpcToSourceTable } from '../../src/lib/upload/parquet-source';
import { MAX_COLUMNS, parseTable } from '../../src/lib/upload/parse-table';
import { readText } from '../../src/lib/upload/pipeline';
import { UploadFileError } from '../../src/lib/upload/upload-error';
import { utf16le } from '../support/upload-fixtures';

const encode = (text: string) => new TextEncoder().encode(text);

/** Returns the error that `work` throws, or fails the test when it throws none. */
function thrown(work: () => unknown): UploadFileError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(UploadFileError);
    return error as UploadFileError;
  }
  throw new Error('Expected an UploadFileError, but nothing was thrown.');
}

describe('country values named like Object members', () => {
  test.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('%s is unknown', (name) => {
    const result = readText(
      encode(`origin,destination,year,students\n${name},DE,2020,3\nJP,DE,2020,4\n`),
    );
    expect(result.report.rows).toBe(1);
    expect(result.report.rejected).toEqual([
      {
        line: 2,
        reason: `the origin "${name}" is not a known country code or name`,
        problem: { kind: 'country', role: 'origin', value: name },
      },
    ]);
    expect(result.report.unmapped.map((entry) => entry.value)).toEqual([name]);
  });

  test('typed alpha-2 code becomes alpha-3', () => {
    const result = readText(encode('origin,destination,year,students\nNippon-X,DE,2020,3\n'), {
      overrides: { 'Nippon-X': 'JP' },
    });
    expect(result.columns.origin).toEqual(['JPN']);
  });

  test('typed unknown code is rejected', () => {
    const result = readText(encode('origin,destination,year,students\nNippon-X,DE,2020,3\n'), {
      overrides: { 'Nippon-X': 'QQQ' },
    });
    expect(result.report.rows).toBe(0);
    expect(result.report.rejected[0].reason).toBe(
      'the code "QQQ" entered for the origin "Nippon-X" is not an ISO 3166-1 code',
    );
    expect(result.report.rejected[0].problem).toEqual({
      kind: 'typed-code',
      role: 'origin',
      value: 'Nippon-X',
      code: 'QQQ',
    });
  });
});

describe('broken quoting', () => {
  test('unclosed quote rejects its row', () => {
    const table = parseTable('a,b\n1,2\n\n3,"x\n4,5\n');
    expect(table.rows.map((row) => row.line)).toEqual([2]);
    expect(table.blankLines).toEqual([3]);
    expect(table.rejectedRows).toEqual([
      {
        line: 4,
        reason:
          'a quoted field that starts on this line is never closed, so lines 4 to 6 were read as one row. Close the quote or remove it',
      },
    ]);
  });

  test('text after a closing quote rejects its row', () => {
    const table = parseTable('a,b\n"x"y",2\n');
    expect(table.rows).toEqual([]);
    expect(table.rejectedRows[0].line).toBe(2);
    expect(table.rejectedRows[0].reason).toContain('text after its closing quote');
  });

  test('stray quotes in header names kept', () => {
    const table = parseTable('"a "x" b",c\n1,2\n');
    expect(table.header).toEqual(['a "x" b', 'c']);
    expect(table.rows.map((row) => row.cells)).toEqual([['1', '2']]);
  });

  test('unclosed quote in header is a file error', () => {
    const error = thrown(() => parseTable('\n"origin,destination\nDE,FR\n'));
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/^Line 2: the header cannot be read, because a quoted field/);
  });
});

describe('row accounting', () => {
  test('rows wider than the header are rejected rows', () => {
    const result = readText(
      encode('origin,destination,year,students\nJP,DE,2020,3\nJP,DE,2020,4,x\n'),
    );
    expect(result.report.sourceRows).toBe(2);
    expect(result.report.rows).toBe(1);
    expect(result.report.rejectedCount).toBe(1);
    expect(result.report.rejected).toEqual([
      { line: 3, reason: 'it has 5 fields, more than the 4 of the header' },
    ]);
  });

  test('stray byte order marks keep line numbers', () => {
    const text = '\uFEFF\uFEFForigin,destination,year,students\nJP,DE,2020,3\n\uFEFFKR,FR,2020,4\n';
    const result = readText(encode(text));
    expect(result.columns.line).toEqual([2, 3]);
    expect(result.table.header[0]).toBe('origin');
    const source = result.columns.extras.find((column) => column.header === 'origin');
    expect(source?.values).toEqual(['JP', 'KR']);
  });

  test('rejections listed in line order', () => {
    const result = readText(
      encode('origin,destination,year,students\nJP,DE,20x,3\nJP,DE,1,2,3,4\n'),
    );
    expect(result.report.rejected.map((entry) => entry.line)).toEqual([2, 3]);
  });
});

describe('damaged characters', () => {
  test.each([
    ['\uFFFD', 'the replacement character U+FFFD'],
    ['\u0000', 'a NUL character (U+0000)'],
    ['\u0007', 'the control character U+0007'],
  ])('%j in a cell rejects the row', (char, description) => {
    const result = readText(
      encode(`origin,destination,year,students,note\nJP,DE,2020,3,a${char}b\nKR,DE,2020,4,ok\n`),
    );
    expect(result.report.rows).toBe(1);
    expect(result.report.rejected[0].line).toBe(2);
    expect(result.report.rejected[0].reason).toContain('column "note" contains ' + description);
  });

  test('damaged header is a file error', () => {
    const error = thrown(() => readText(encode('orig\u0000in,destination,year,students\n')));
    expect(error.line).toBe(1);
    expect(error.reason).toContain('NUL character');
  });
});

describe('decoding exactly', () => {
  test('UTF-16 cut mid unit names the line', () => {
    const bytes = utf16le('origin,destination\nJP,DE\n').slice(0, -1);
    const error = thrown(() => decodeText(bytes));
    expect(error.line).toBe(2);
    expect(error.reason).toContain(
      'not valid UTF-16 little endian, so the file may have been cut short',
    );
  });

  test('lone surrogate in UTF-16 names the line', () => {
    const error = thrown(() => decodeText(utf16le('a,b\nc,\uD800d\n')));
    expect(error.line).toBe(2);
  });

  test('chosen UTF-8 with invalid bytes names the line', () => {
    const bytes = new Uint8Array([...encode('a,b\r\nc,d\r\n'), 0xff, 0x0a]);
    const error = thrown(() => decodeText(bytes, 'utf-8'));
    expect(error.line).toBe(3);
    expect(error.reason).toContain('at offset 10 are not valid UTF-8');
  });

  test('damaged UTF-8 is not read as Windows-1252', () => {
    // "Türkiye" in UTF-8, then one byte cut from a later "é".
    const bytes = new Uint8Array([...encode('Türkiye,x\nCôte,'), 0xc3]);
    const error = thrown(() => decodeText(bytes));
    expect(error.line).toBe(2);
  });

  test('Windows-1252 file still decodes', () => {
    const decoded = decodeText(new Uint8Array([0x54, 0xfc, 0x72, 0x6b, 0x69, 0x79, 0x65]));
    expect(decoded).toEqual({ text: 'Türkiye', encoding: 'windows-1252', byteOrderMark: false });
  });
});

describe('numbers out of range', () => {
  test('count above 2^53 is rejected', () => {
    expect(parseCount('99999999999999999999').error).toBe(
      '99999999999999999999 is larger than 9007199254740991, the largest count stored exactly',
    );
    expect(parseCount('9007199254740991').value).toBe(9007199254740991);
  });

  test('infinite number is not a number', () => {
    expect(parseNumber('1e400', '.')).toBeNull();
    expect(parseCount('1e400').error).toBe('"1e400" is not a number');
  });
});

describe('file errors', () => {
  test('empty file names line 1', () => {
    const error = thrown(() => readText(new Uint8Array()));
    expect(error.message).toMatch(/^Line 1: the file has no header line/);
  });

  test('unmapped header names its line', () => {
    const error = thrown(() => readText(encode('sep=,\n\nfoo,bar\n1,2\n')));
    expect(error.line).toBe(3);
    expect(error.reason).toContain('no column of the header is chosen for origin, destination');
  });

  test('too many columns is a file error', () => {
    const header = Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => `c${i}`).join(',');
    const error = thrown(() => parseTable(`${header}\n1,2\n`));
    expect(error.reason).toBe(
      `the header has ${MAX_COLUMNS + 1} columns, more than the ${MAX_COLUMNS} this page reads. Remove the columns you do not need, or check that the delimiter is right.`,
    );
  });
});

describe('large and damaged inputs', () => {
  test('unknown values listed most frequent first', () => {
    const lines = ['origin,destination,year,students'];
    for (let i = 0; i < MAX_LISTED_UNMAPPED + 50; i++) lines.push(`id-${i},DE,2020,1`);
    lines.push('id-7,DE,2021,1');
    const result = readText(encode(lines.join('\n')));
    expect(result.report.unmappedCount).toBe(MAX_LISTED_UNMAPPED + 50);
    expect(result.report.unmapped).toHaveLength(MAX_LISTED_UNMAPPED);
    expect(result.report.unmapped[0]).toEqual({ value: 'id-7', role: 'origin', rows: 2 });
  });

  test('damaged Parquet cells are rejected rows', () => {
    const ipc = tableToIPC(
      tableFromArrays({ origin: ['JP', 'K\u0000R'], destination: ['DE', 'FR'], students: [1, 2] }),
      'stream',
    );
    const table = arrowIpcToSourceTable(ipc);
    expect(table.rows.map((row) => row.line)).toEqual([2]);
    expect(table.rejectedRows).toHaveLength(1);
    expect(table.rejectedRows[0].line).toBe(3);
    expect(table.rejectedRows[0].reason).toContain('column "origin" contains a NUL character');
  });

  test('wide Parquet file is a file error', () => {
    const columns = Object.fromEntries(
      Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => [`c${i}`, [1]]),
    );
    const ipc = tableToIPC(tableFromArrays(columns), 'stream');
    const error = thrown(() => arrowIpcToSourceTable(ipc));
    expect(error.reason).toContain(`has ${MAX_COLUMNS + 1} columns, more than the ${MAX_COLUMNS}`);
  });
});
