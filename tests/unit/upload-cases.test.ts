import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readText } from '../../src/lib/upload/pipeline';
import { caseBytes, EXTRA_CASES, generateLateMissingCase } from '../support/upload-fixtures';

function read(name: string) {
  return readText(caseBytes(name));
}

/** Returns `origin>destination` → summed students of the accepted rows. */
function pairTotals(columns: ReturnType<typeof read>['columns']): Map<string, number | null> {
  const totals = new Map<string, number | null>();
  columns.origin.forEach((origin, row) => {
    const key = `${origin}>${columns.destination[row]}`;
    const value = columns.students[row];
    const previous = totals.get(key);
    totals.set(key, value === null ? (previous ?? null) : (previous ?? 0) + value);
  });
  return totals;
}

describe('upload cases', () => {
  test('BOM and quoted header', () => {
    const result = read('01-bom-quoted-header.csv');
    expect(result.table.header).toEqual(['origin', 'destination', 'year', 'students', 'programme']);
    expect(result.encoding).toBe('utf-8');
    expect(result.byteOrderMark).toBe(true);
    expect(result.report.rows).toBe(3);
    expect(result.columns.origin[0]).toBe('BEL');
    expect(result.report.total).toBe(2331);
  });

  test('semicolons and decimal commas', () => {
    const result = read('02-semicolon-decimal-comma.csv');
    expect(result.table.delimiter).toBe(';');
    expect(result.report.rows).toBe(4);
    expect(result.table.rows.every((row) => row.cells.length === 5)).toBe(true);
    expect(result.columns.students).toEqual([1234, 987, 2048, 5611]);
    expect(result.report.total).toBe(9880);
    const share = result.columns.extras.find((column) => column.header === 'share_pct');
    expect(share?.type).toBe('number');
    expect(share?.values).toEqual([12.5, 9.9, 20.1, 57.5]);
  });

  test('quoted newlines and doubled quotes', () => {
    const result = read('04-quoted-newline-crlf.csv');
    expect(result.report.rows).toBe(3);
    const note = result.columns.extras.find((column) => column.header === 'note');
    expect(note?.values[0]).toBe('portable student finance\nmeeneembaar');
    expect(note?.values[1]).toBe('KA131\nHigher education; "short-term"');
    expect(result.report.total).toBe(695);
    expect(result.columns.line).toEqual([2, 4, 6]);
  });

  test('trailing blank rows', () => {
    const result = read('05-trailing-blank-rows.csv');
    expect(result.report.rows).toBe(3);
    expect(result.report.rejectedCount).toBe(0);
    expect(result.report.blankLines).toEqual([5, 6, 7, 8]);
    expect(result.columns.origin).not.toContain('');
    expect(result.report.total).toBe(2540);
  });

  test('OECD headers equal but for case', () => {
    const result = read('06-oecd-dup-headers.csv');
    expect(result.table.header).toHaveLength(9);
    expect(result.columns.extras.map((column) => column.header)).toEqual([
      'COUNTRY',
      'Country',
      'ORIGIN',
      'Origin',
      'TIME',
      'Time',
      'Value',
      'Flag Codes',
      'Flags',
    ]);
    const names = result.columns.extras.map((column) => column.name.toLowerCase());
    expect(new Set(names).size).toBe(9);
    const pairs = pairTotals(result.columns);
    expect(pairs.get('CHN>DEU')).toBe(41353);
    expect(pairs.get('IND>DEU')).toBe(25149);
    expect(pairs.get('MAR>FRA')).toBe(41729);
    expect(new Set(result.columns.year)).toEqual(new Set([2019]));
    expect(result.report.total).toBe(108231);
    expect(result.columns.flag[2]).toBe('E');
  });

  test('missing markers and flags', () => {
    const result = read('07-missing-markers-flags.csv');
    expect(result.report.rows).toBe(9);
    expect(result.columns.students.slice(0, 5)).toEqual([null, null, null, null, null]);
    expect(result.columns.students[8]).toBeNull();
    expect(result.columns.flag[8]).toBe('c');
    const pairs = pairTotals(result.columns);
    expect(pairs.get('CYP>GRC')).toBe(12345);
    expect(result.columns.flag[5]).toBe('e');
    expect(pairs.get('CYP>GBR')).toBe(1234);
    expect(result.columns.flag[6]).toBe('p');
    expect(pairs.get('MLT>DEU')).toBe(0);
    expect(result.report.total).toBe(13579);
    expect(result.report.missing).toBe(6);
  });

  test('M49 codes keep leading zeros', () => {
    const result = read('09-m49-leading-zeros.csv');
    const origin = result.columns.extras.find((column) => column.header === 'origin_m49');
    const destination = result.columns.extras.find((column) => column.header === 'destination_m49');
    expect(origin?.values).toEqual(['040', '008', '070']);
    expect(destination?.values).toEqual(['276', '380', '191']);
    const pairs = pairTotals(result.columns);
    expect(pairs.get('AUT>DEU')).toBe(3100);
    expect(pairs.get('ALB>ITA')).toBe(2650);
    expect(pairs.get('BIH>HRV')).toBe(480);
    expect(result.report.total).toBe(6230);
  });

  test('country code variants', () => {
    const result = read('10-country-code-variants.csv');
    const pairs = pairTotals(result.columns);
    expect(Object.fromEntries(pairs)).toEqual({
      'GRC>DEU': 1500,
      'GBR>FRA': 2500,
      'XKX>AUT': 95,
      'KOR>DEU': 500,
      'HKG>GBR': 640,
      'VNM>FRA': 520,
      'TUR>DEU': 800,
      'CZE>SVK': 150,
    });
    expect(result.report.nonIsoCodes).toEqual(['XKX']);
    expect(result.report.unmapped).toEqual([]);
    expect(result.report.rejectedCount).toBe(0);
    expect(result.report.total).toBe(6705);
  });

  test('self flows and academic years', () => {
    const result = read('13-bidirectional-self-flows.csv');
    expect(result.report.rows).toBe(5);
    expect(result.report.selfFlows).toBe(1);
    expect(result.report.selfFlowStudents).toBe(12);
    expect(new Set(result.columns.yearLabel)).toEqual(new Set(['2018-2019']));
    expect(new Set(result.columns.year)).toEqual(new Set([2019]));
  });

  test('zero and blank counts', () => {
    const result = read('14-zero-and-blank-counts.csv');
    expect(result.columns.students).toEqual([0, 0, 0, 14, null]);
    expect(result.report.missing).toBe(1);
    expect(result.report.total).toBe(14);
  });

  test('large counts', () => {
    const result = read('16-bigint-hugeint-sum.csv');
    expect(result.columns.students).toEqual([200001, 300002, 15003]);
    expect(result.report.total).toBe(515006);
  });

  test('late missing marker', () => {
    const result = readText(new Uint8Array(readFileSync(generateLateMissingCase())));
    expect(result.report.rows).toBe(25001);
    expect(result.report.rejectedCount).toBe(0);
    const last = result.columns.origin.length - 1;
    expect(result.columns.origin[last]).toBe('ZWE');
    expect(result.columns.destination[last]).toBe('ZAF');
    expect(result.columns.students[last]).toBeNull();
    expect(result.columns.line[last]).toBe(25002);
    expect(result.report.total).toBe(1262500);

    const byYear = new Map<number, number>();
    result.columns.year.forEach((year, row) => {
      if (result.columns.origin[row] !== 'DEU') return;
      byYear.set(year, (byYear.get(year) ?? 0) + (result.columns.students[row] ?? 0));
    });
    expect(byYear.get(2000)).toBe(51250);
    expect(byYear.get(2019)).toBe(75000);
  });
});

describe('upload extra cases', () => {
  for (const extra of EXTRA_CASES) {
    test(`${extra.name} summary`, () => {
      const result = readText(extra.bytes);
      expect(result.report.rows).toBe(extra.rows);
      expect(result.report.missing).toBe(extra.missing);
      expect(result.report.total).toBe(extra.total);
      expect(result.report.unmapped).toEqual([]);
      expect(result.columns.origin.join('')).not.toContain('\uFFFD');
    });
  }

  test('UTF-16 and tab detected', () => {
    const result = readText(EXTRA_CASES[0].bytes);
    expect(result.encoding).toBe('utf-16le');
    expect(result.table.delimiter).toBe('\t');
    expect(result.columns.origin).toEqual(['JPN', 'TUR']);
  });

  test('sep line sets the delimiter', () => {
    const result = readText(EXTRA_CASES[2].bytes);
    expect(result.table.separatorLine).toBe(true);
    expect(result.table.delimiter).toBe(';');
    expect(result.table.header[0]).toBe('origin');
    expect(result.columns.line).toEqual([3, 4, 5]);
  });

  test('Windows-1252 falls back', () => {
    const result = readText(EXTRA_CASES[3].bytes);
    expect(result.encoding).toBe('windows-1252');
    expect(result.columns.origin).toEqual(['TUR', 'CIV']);
  });

  test('aggregates stay out of the total', () => {
    const result = readText(EXTRA_CASES[4].bytes);
    expect(result.table.delimiter).toBe('|');
    expect(result.columns.origin[0]).toBe('NAM');
    expect(result.columns.aggregate).toEqual([false, true, true, false]);
    expect(result.report.aggregateRows).toBe(2);
  });

  test('unknown countries listed, then fixed', () => {
    const bytes = new TextEncoder().encode(
      'origin,destination,year,students\nAtlantis,DE,2020,5\nAtlantis,FR,2020,6\nCN,DE,2020,7\n',
    );
    const first = readText(bytes);
    expect(first.report.unmapped).toEqual([{ value: 'Atlantis', role: 'origin', rows: 2 }]);
    expect(first.report.rejected.map((row) => row.line)).toEqual([2, 3]);
    expect(first.report.rejected[0].reason).toContain('"Atlantis"');

    const fixed = readText(bytes, { overrides: { Atlantis: 'GRC' } });
    expect(fixed.report.rows).toBe(3);
    expect(fixed.report.total).toBe(18);
  });

  test('bad values rejected with line', () => {
    const bytes = new TextEncoder().encode(
      'origin,destination,year,students,level\nCN,DE,2020,abc,6\nCN,DE,20x0,5,6\nCN,DE,2020,5,9\nCN,DE,2020,5,master\nCN,DE,2020,5,6,extra\n',
    );
    const result = readText(bytes);
    expect(result.report.rows).toBe(1);
    expect(result.columns.level).toEqual(['ISCED11_7']);
    expect(result.report.rejected.map((row) => row.line)).toEqual([2, 3, 4, 6]);
    expect(result.report.rejected[3].reason).toBe('it has 6 fields, more than the 5 of the header');
  });
});
