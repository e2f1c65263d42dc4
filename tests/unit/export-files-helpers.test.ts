import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fileStem, footerLines, todayIso } from '../../src/lib/export/export-meta';
import { wrapText } from '../../src/lib/export/wrap-text';
import { zipFiles } from '../../src/lib/export/zip';

describe('fileStem', () => {
  it('keeps ASCII words joined by hyphens', () => {
    expect(fileStem({ title: 'Flows from ASEM Asia to ASEM Europe, 2019' })).toBe(
      'flows-from-asem-asia-to-asem-europe-2019',
    );
  });

  it('folds accents and drops symbols', () => {
    expect(fileStem({ title: `Côte d'Ivoire & São Tomé → 2013–2019` })).toBe(
      'cote-d-ivoire-sao-tome-2013-2019',
    );
  });

  it('falls back when nothing is left', () => {
    expect(fileStem({ title: '→ 中文' })).toBe('chart');
  });
});

describe('todayIso', () => {
  it('writes a local date with zero padding', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('footerLines', () => {
  it('states source, year, version and view', () => {
    const lines = footerLines({
      title: 't',
      caption: 'c',
      description: 'd',
      years: '2019',
      attribution: 'OECD',
      datasetVersion: 'abc123',
      url: 'https://example.org/',
      accessed: '2026-12-04',
    });
    expect(lines).toEqual([
      'Source: OECD.',
      'Data year: 2019. Dataset version: abc123.',
      'View: https://example.org/ (accessed 2026-12-04)',
    ]);
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the limit', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });

  it('keeps a long word whole', () => {
    expect(wrapText('see https://example.org/a/very/long/path now', 10)).toEqual([
      'see',
      'https://example.org/a/very/long/path',
      'now',
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(wrapText('   ', 10)).toEqual([]);
  });
});

describe('zipFiles', () => {
  it('packs text and bytes that unzip unchanged', () => {
    const zip = zipFiles([
      { name: 'a.csv', data: 'name\r\nSão Tomé & "x"\r\n' },
      { name: 'b.png', data: new Uint8Array([137, 80, 78, 71]) },
    ]);
    const entries = unzipSync(zip);
    expect(Object.keys(entries)).toEqual(['a.csv', 'b.png']);
    expect(strFromU8(entries['a.csv'])).toBe('name\r\nSão Tomé & "x"\r\n');
    expect([...entries['b.png']]).toEqual([137, 80, 78, 71]);
  });

  it('rejects duplicate names', () => {
    expect(() =>
      zipFiles([
        { name: 'a.csv', data: 'x' },
        { name: 'a.csv', data: 'y' },
      ]),
    ).toThrow('Two files in the ZIP are named "a.csv".');
  });
});
