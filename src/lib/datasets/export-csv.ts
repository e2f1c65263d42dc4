/**
 * CSV text of an Arrow table, for exporting a stored dataset. Text cells that a spreadsheet
 * would run as a formula get a leading apostrophe (see csv-injection.ts).
 */
import type { Table } from 'apache-arrow';
import { neutraliseFormula } from '../export/csv-injection';

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'bigint' || typeof value === 'number') return String(value);
  const text = neutraliseFormula(String(value));
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Returns `table` as RFC 4180 CSV with a header line and CRLF line ends. */
export function arrowToCsv(table: Table): string {
  const names = table.schema.fields.map((field) => field.name);
  const columns = names.map((_, index) => table.getChildAt(index));
  const lines = [names.map(csvCell).join(',')];
  for (let row = 0; row < table.numRows; row++) {
    lines.push(columns.map((column) => csvCell(column?.get(row))).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

/** Returns rows of plain objects as CSV, columns in the order of `names`. */
export function rowsToCsv(names: readonly string[], rows: readonly object[]): string {
  const lines = [names.map(csvCell).join(',')];
  for (const row of rows)
    lines.push(names.map((name) => csvCell((row as Record<string, unknown>)[name])).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** Starts a download of `content` as a file called `fileName`. */
export function downloadFile(fileName: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download; the URL can go after the current task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
