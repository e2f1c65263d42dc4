/**
 * Reads an uploaded Parquet file as a source table of text cells, so it goes through the same
 * column mapping, country resolution and validation as a CSV. Numbers are written back as
 * plain digits, which the count reader takes without guessing a locale.
 */
import { tableFromIPC } from 'apache-arrow';
import type { SourceTable } from './parse-table';
import { cleanHeader } from './headers';

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** Turns an Arrow IPC stream into a source table; line numbers are row numbers plus one. */
export function arrowIpcToSourceTable(ipc: Uint8Array): SourceTable {
  const table = tableFromIPC(ipc);
  const header = cleanHeader(table.schema.fields.map((field) => field.name));
  const columns = table.schema.fields.map((_, index) => table.getChildAt(index));
  const rows: SourceTable['rows'] = [];
  for (let row = 0; row < table.numRows; row++) {
    rows.push({ line: row + 2, cells: columns.map((column) => cellText(column?.get(row))) });
  }
  return {
    header,
    headerLine: 1,
    rows,
    delimiter: ',',
    separatorLine: false,
    blankLines: [],
    rejectedRows: [],
  };
}
