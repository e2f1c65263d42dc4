/**
 * Upload test files: the case files under tests/fixtures/upload-cases, the generated large
 * file, and extra cases built here as bytes (encodings, dialects and number spellings).
 * The unit tests of the parsing pipeline and the browser tests of the upload page share them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CASES_DIR = join(import.meta.dirname, '..', 'fixtures', 'upload-cases');

export function caseFile(name: string): string {
  return join(CASES_DIR, name);
}

export function caseBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(caseFile(name)));
}

/** Runs the case generator in a fresh temporary folder and returns the CSV's path. */
export function generateLateMissingCase(): string {
  const folder = mkdtempSync(join(tmpdir(), 'upload-case-'));
  execFileSync('python3', [caseFile('18-late-missing-marker.gen.py')], { cwd: folder });
  return join(folder, '18-late-missing-marker.csv');
}

/** Encodes `text` as UTF-16 little endian with a byte order mark, as Excel's "Unicode text". */
export function utf16le(text: string, byteOrderMark = true): Uint8Array {
  const bytes = new Uint8Array((byteOrderMark ? 2 : 0) + text.length * 2);
  let offset = 0;
  if (byteOrderMark) {
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    offset = 2;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[offset + i * 2] = code & 0xff;
    bytes[offset + i * 2 + 1] = code >> 8;
  }
  return bytes;
}

/** Encodes Latin-1 range `text` as single bytes, which Windows-1252 shares for these letters. */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    if (code > 0xff) throw new Error(`"${char}" has no single byte in this helper.`);
    return code;
  });
}

export interface ExtraCase {
  name: string;
  bytes: Uint8Array;
  rows: number;
  missing: number;
  total: number;
}

/** Cases that the shared list does not cover, each with its expected summary. */
export const EXTRA_CASES: ExtraCase[] = [
  {
    // Excel's "Unicode text" export: UTF-16 LE with a mark, tab-separated.
    name: 'utf16-tab.txt',
    bytes: utf16le(
      'origin\tdestination\tyear\tstudents\r\nJP\tFR\t2021\t1200\r\nTürkiye\tDE\t2021\t300\r\n',
    ),
    rows: 2,
    missing: 0,
    total: 1500,
  },
  {
    name: 'utf16-no-mark.csv',
    bytes: utf16le('origin,destination,year,students\nKR,NL,2020,75\n', false),
    rows: 1,
    missing: 0,
    total: 75,
  },
  {
    // Excel's hint line names the delimiter; numbers use no-break and narrow no-break spaces.
    name: 'sep-line.csv',
    bytes: new TextEncoder().encode(
      'sep=;\r\norigin;destination;year;students\r\nCN;DE;2019;1\u00a0234\r\nIN;FR;2019;2\u202f000\r\nVN;IT;2019;1\u2009000\r\n',
    ),
    rows: 3,
    missing: 0,
    total: 4234,
  },
  {
    // Windows-1252 bytes: "Türkiye" and "Côte d'Ivoire" are not valid UTF-8 here.
    name: 'windows-1252.csv',
    bytes: windows1252(
      "origin;destination;year;students\r\nTürkiye;DE;2020;1.500\r\nCôte d'Ivoire;FR;2020;250\r\n",
    ),
    rows: 2,
    missing: 0,
    total: 1750,
  },
  {
    // Pipe-separated with Swiss apostrophes, old Mac line ends, Namibia's NA and aggregates.
    name: 'pipe-aggregates.txt',
    bytes: new TextEncoder().encode(
      "origin|destination|year|students\rNA|DE|2018|1'250\rWorld|DE|2018|9'999\rCN|EU27_2020|2018|5'000\rZA|DE|2018|n/a\r",
    ),
    rows: 4,
    missing: 1,
    total: 1250,
  },
];
