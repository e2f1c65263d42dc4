import { describe, expect, it } from 'vitest';

import { parseProgrammeCsv } from '../../src/lib/programmes/parse-csv';
import { isAcademicYear } from '../../src/lib/programmes/schema';
import { summarizeProgrammes } from '../../src/lib/programmes/summary';

const KNOWN = new Set(['BEL', 'THA', 'DEU', 'IDN', 'BRN']);
const HEADER =
  'programme,academic_year,origin,destination,level,participants,budget_eur,source_note';

describe('parseProgrammeCsv', () => {
  it('reads valid rows', () => {
    const text = [
      `\uFEFF${HEADER}`,
      'ASEM-DUO,2019-20,bel,THA,ISCED11_7,4,12000,"Annual report, 2020"',
      'ASEM-DUO,2019-20,THA,BEL,ISCED11_7,4,,Annual report 2020',
      '',
    ].join('\r\n');
    const parsed = parseProgrammeCsv(text, KNOWN);

    expect(parsed.errors).toEqual([]);
    expect(parsed.records).toEqual([
      {
        programme: 'ASEM-DUO',
        academicYear: '2019-20',
        origin: 'BEL',
        destination: 'THA',
        level: 'ISCED11_7',
        participants: 4,
        budgetEur: 12000,
        sourceNote: 'Annual report, 2020',
      },
      {
        programme: 'ASEM-DUO',
        academicYear: '2019-20',
        origin: 'THA',
        destination: 'BEL',
        level: 'ISCED11_7',
        participants: 4,
        budgetEur: null,
        sourceNote: 'Annual report 2020',
      },
    ]);
  });

  it('reports invalid rows with lines', () => {
    const text = [
      HEADER,
      'X,2018-20,BEL,USA,ISCED11_9,3.5,lots,',
      'X,2018-19,BEL,THA,ISCED11_6,2,,Record',
    ].join('\n');
    const parsed = parseProgrammeCsv(text, KNOWN);

    expect(parsed.records).toHaveLength(1);
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]).toMatch(/^Line 2: /);
    for (const fragment of [
      'academic_year',
      'destination "USA"',
      'level',
      'participants',
      'budget_eur',
      'source_note',
    ]) {
      expect(parsed.errors[0]).toContain(fragment);
    }
  });

  it('rejects a missing column', () => {
    const parsed = parseProgrammeCsv('programme,academic_year\nA,2018-19', KNOWN);

    expect(parsed.records).toEqual([]);
    expect(parsed.errors[0]).toContain('origin, destination, level, participants');
  });
});

describe('isAcademicYear', () => {
  it('accepts consecutive years only', () => {
    expect(isAcademicYear('2018-19')).toBe(true);
    expect(isAcademicYear('1999-00')).toBe(true);
    expect(isAcademicYear('2018-20')).toBe(false);
    expect(isAcademicYear('2018/19')).toBe(false);
  });
});

describe('summarizeProgrammes', () => {
  it('sums participants and known budgets', () => {
    const base = {
      origin: 'BEL',
      destination: 'THA',
      level: 'ISCED11_6' as const,
      sourceNote: 'Record',
    };
    const summary = summarizeProgrammes([
      { ...base, programme: 'B', academicYear: '2019-20', participants: 3, budgetEur: null },
      { ...base, programme: 'A', academicYear: '2019-20', participants: 2, budgetEur: 100 },
      { ...base, programme: 'A', academicYear: '2019-20', participants: 5, budgetEur: null },
      { ...base, programme: 'A', academicYear: '2018-19', participants: 1, budgetEur: 50 },
    ]);

    expect(summary).toEqual([
      { programme: 'A', academicYear: '2018-19', participants: 1, budgetEur: 50, rows: 1 },
      { programme: 'A', academicYear: '2019-20', participants: 7, budgetEur: 100, rows: 2 },
      { programme: 'B', academicYear: '2019-20', participants: 3, budgetEur: null, rows: 1 },
    ]);
  });
});
