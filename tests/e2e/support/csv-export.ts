import { expect } from '@playwright/test';
import Papa from 'papaparse';

/** An exported CSV file: its `#` lines without the mark, and its rows by column name. */
export interface CsvFile {
  comments: string[];
  rows: Record<string, string>[];
}

/** Parses an exported CSV file, failing the test when papaparse finds an error. */
export function parseExport(text: string): CsvFile {
  const lines = text.split('\r\n');
  const comments = lines.filter((line) => line.startsWith('# ')).map((line) => line.slice(2));
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    comments: '#',
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return { comments, rows: parsed.data };
}
