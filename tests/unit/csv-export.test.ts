import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvField, csvPreamble, exportCsv, tableToCsv } from '../../src/lib/export/csv';
import type { ExportMeta } from '../../src/lib/export/export-meta';

const META: ExportMeta = {
  title: 'Balance per ASEM partner, 2019',
  caption: 'Two lines\nof caption',
  description: 'unused in CSV',
  years: '2019',
  attribution: 'OECD, Education at a Glance (EDU_ENRL_MOBILE)',
  datasetVersion: 'cf824ce863a6',
  url: 'https://example.org/?year=2019',
  accessed: '2026-12-04',
};

describe('csvField', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvField('Korea, Republic of')).toBe('"Korea, Republic of"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
  });

  it('leaves plain text and accents alone', () => {
    expect(csvField("Côte d'Ivoire")).toBe("Côte d'Ivoire");
  });

  it('quotes a leading hash so it is no comment', () => {
    expect(csvField('#1')).toBe('"#1"');
  });

  it('writes null empty and numbers in full', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(csvField(-75)).toBe('-75');
    expect(csvField(true)).toBe('true');
  });

  it('rejects non-finite numbers', () => {
    expect(() => csvField(Number.NaN)).toThrow('Cannot write the number NaN');
    expect(() => csvField(Infinity)).toThrow('use null for a missing value');
  });
});

describe('tableToCsv', () => {
  it('writes CRLF rows under a header', () => {
    const csv = tableToCsv({
      columns: ['iso3', 'inbound'],
      rows: [
        ['DEU', 80],
        ['CHN', null],
      ],
    });
    expect(csv).toBe('iso3,inbound\r\nDEU,80\r\nCHN,\r\n');
  });

  it('rejects a row of the wrong width', () => {
    expect(() => tableToCsv({ columns: ['a', 'b'], rows: [['x']] })).toThrow(
      'CSV row 1 has 1 fields but the header has 2.',
    );
  });
});

describe('exportCsv', () => {
  const hostile = `R&D <x> "quoted", 'single'\nSão Tomé`;
  const csv = exportCsv(
    {
      columns: ['partner', 'students'],
      rows: [
        [hostile, 12],
        ['#hash', 0],
      ],
    },
    META,
  );

  it('opens with the metadata as comments', () => {
    expect(csvPreamble(META).split('\r\n').slice(0, -1)).toEqual([
      '# Balance per ASEM partner, 2019',
      '# Two lines of caption',
      '# Source: OECD, Education at a Glance (EDU_ENRL_MOBILE).',
      '# Data year: 2019. Dataset version: cf824ce863a6.',
      '# View: https://example.org/?year=2019 (accessed 2026-12-04)',
    ]);
    expect(csv.startsWith(csvPreamble(META))).toBe(true);
  });

  it('parses back to the same values', () => {
    const parsed = Papa.parse<string[]>(csv, { comments: '#', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ['partner', 'students'],
      [hostile, '12'],
      ['#hash', '0'],
    ]);
  });
});
