import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { DuckDBConnection } from '@duckdb/node-api';

import { queryRows, sqlStringLiteral } from './duckdb';
import { DataBuildError } from './errors';

/** A CSV file loaded by loadCsvAsText. */
export interface LoadedCsv {
  path: string;
  /** Formats a record number for messages, as a line number when that is exact. */
  describeRecord(record: number): string;
}

/**
 * Returns a `read_csv` call that reads a comma-separated UTF-8 file with `columnCount` columns,
 * named c1, c2, …, as VARCHAR, header included, in file order. Empty cells become NULL.
 * DuckDB 1.5 skips a UTF-8 byte order mark and blank lines, and rejects invalid UTF-8 or a wrong
 * field count.
 */
export function readCsvAsText(filePath: string, columnCount: number): string {
  const columns = Array.from({ length: columnCount }, (_, index) => `'c${index + 1}': 'VARCHAR'`);

  return `read_csv(${sqlStringLiteral(filePath)},
    header = false, auto_detect = false, delim = ',', quote = '"', escape = '"',
    strict_mode = true, columns = {${columns.join(', ')}})`;
}

/**
 * Runs a statement that reads the file through readCsvAsText, and turns DuckDB's CSV error into
 * a DataBuildError that names the file and its line.
 */
export async function runCsvRead(
  connection: DuckDBConnection,
  statement: string,
  filePath: string,
  columnCount: number,
): Promise<void> {
  try {
    await connection.run(statement);
  } catch (error) {
    throw new DataBuildError(
      `Failed to read ${path.basename(filePath)} as CSV: ${summarizeDuckdbError(error)}\n` +
        `Check that ${filePath} is a comma-separated UTF-8 file with ${columnCount} columns.`,
    );
  }
}

/** Fails unless the first record of the file, read through readCsvAsText, is `expectedHeader`. */
export async function checkCsvHeader(
  connection: DuckDBConnection,
  filePath: string,
  expectedHeader: readonly string[],
): Promise<void> {
  // DuckDB keeps the file order under LIMIT, because it preserves insertion order by default.
  const [firstRecord] = await queryRows<Record<string, string | null>>(
    connection,
    `SELECT * FROM ${readCsvAsText(filePath, expectedHeader.length)} LIMIT 1`,
  );
  rejectUnexpectedHeader(firstRecord, filePath, expectedHeader);
}

/**
 * Loads a CSV file into `table` with readCsvAsText and checks the header.
 *
 * The table (a view over `<table>_cells`) gets column `record` (1 is the header) and columns c1,
 * c2, … in file order, so nothing is cast yet and the caller can report a bad value with its
 * line.
 */
export async function loadCsvAsText(
  connection: DuckDBConnection,
  filePath: string,
  table: string,
  expectedHeader: readonly string[],
): Promise<LoadedCsv> {
  // The table keeps the file's order, so the record number is the row id plus one. Counting
  // with row_number() OVER () instead would make the read run on one thread.
  await runCsvRead(
    connection,
    `CREATE TABLE ${table}_cells AS
     SELECT * FROM ${readCsvAsText(filePath, expectedHeader.length)}`,
    filePath,
    expectedHeader.length,
  );
  await connection.run(
    `CREATE VIEW ${table} AS SELECT CAST(rowid + 1 AS INTEGER) AS record, * FROM ${table}_cells`,
  );

  // One query returns the header and the record count, because each query costs a scan.
  const headerColumns = expectedHeader.map((_, index) => `c${index + 1}`).join(', ');
  const [headerRow] = await queryRows<{ records: number } & Record<string, string | null>>(
    connection,
    `SELECT CAST((SELECT count(*) FROM ${table}) AS INTEGER) AS records, ${headerColumns}
     FROM ${table} WHERE record = 1`,
  );
  const records = headerRow?.records ?? 0;
  rejectUnexpectedHeader(headerRow, filePath, expectedHeader);

  // Only error messages number records, so the file is read again for its lines only then.
  let lineNumbersExact: boolean | undefined;

  return {
    path: filePath,
    describeRecord: (record) => {
      lineNumbersExact ??= countLines(filePath) === records;
      return lineNumbersExact ? `line ${record}` : `record ${record} (counting the header as 1)`;
    },
  };
}

/** Fails unless columns c1, c2, … of `record` (undefined for an empty file) are the header. */
function rejectUnexpectedHeader(
  record: Record<string, string | null> | undefined,
  filePath: string,
  expectedHeader: readonly string[],
): void {
  const header = record ? expectedHeader.map((_, index) => record[`c${index + 1}`]) : [];
  if (header.join(',') === expectedHeader.join(',')) return;

  throw new DataBuildError(
    `Unexpected header in ${path.basename(filePath)}: found "${header.join(',')}", ` +
      `expected "${expectedHeader.join(',')}". The build reads the columns by position, ` +
      `so check that ${filePath} is the expected dataset file.`,
  );
}

/**
 * Counts lines the way an editor numbers them. When this equals the CSV record count, no blank
 * line or quoted line break shifts the numbering, so record N is on line N.
 */
function countLines(filePath: string): number {
  const bytes = readFileSync(filePath);
  let lines = 0;

  for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) {
    lines += 1;
  }

  const endsWithNewline = bytes.length > 0 && bytes[bytes.length - 1] === 0x0a;
  return endsWithNewline || bytes.length === 0 ? lines : lines + 1;
}

/**
 * Keeps the part of a DuckDB CSV error that names the line and the fault. The rest suggests
 * reader options such as ignore_errors, which the build must not use.
 */
function summarizeDuckdbError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const [summary] = message.split(/\n\s*\n|\nPossible (?:fixes|Solution)/);
  return summary.trim();
}
