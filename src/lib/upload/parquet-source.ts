/**
 * Reads an uploaded Parquet file as a source table of text cells, so it goes through the same
 * column mapping, country resolution and validation as a CSV. Numbers are written back as
 * plain digits, which the count reader takes without guessing a locale.
 */
import { tableFromIPC } from 'apache-arrow';
import type { SourceTable } from './parse-table';
import { damagedCellReason } from './cell-checks';
import { cleanHeader } from './headers';
import { MAX_COLUMNS } from './parse-table';
import { UploadFileError } from './upload-error';

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** Turns an Arrow IPC stream into a source table; line numbers are row numbers plus one. */
export function arrowIpcToSourceTable(ipc: Uint8Array): SourceTable {
  const table = tableFromIPC(ipc);
  const names = table.schema.fields.map((field) => field.name);
  if (names.length > MAX_COLUMNS) {
    throw new UploadFileError(
      1,
      `the file has ${names.length} columns, more than the ${MAX_COLUMNS} this page reads. ` +
        'Remove the columns you do not need.',
    );
  }
  const damagedName = damagedCellReason(names, []);
  if (damagedName)
    throw new UploadFileError(1, `a column name cannot be read, because ${damagedName}`);

  const header = cleanHeader(names);
  const columns = table.schema.fields.map((_, index) => table.getChildAt(index));
  const rows: SourceTable['rows'] = [];
  const rejectedRows: SourceTable['rejectedRows'] = [];
  for (let row = 0; row < table.numRows; row++) {
    const cells = columns.map((column) => cellText(column?.get(row)));
    // Parquet text is valid UTF-8, but it can still hold U+FFFD or control characters.
    const damaged = damagedCellReason(cells, header);
    if (damaged) rejectedRows.push({ line: row + 2, reason: damaged });
    else rows.push({ line: row + 2, cells });
  }
  return {
    header,
    headerLine: 1,
    rows,
    delimiter: ',',
    separatorLine: false,
    blankLines: [],
    titleLines: [],
    shortRows: { count: 0, lines: [] },
    rejectedRows,
  };
}
