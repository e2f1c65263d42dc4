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
 * Loads a comma-separated UTF-8 file into `table`, every column as VARCHAR, and checks the header.
 *
 * The table (a view over `<table>_cells`) gets column `record` (1 is the header) and columns c1,
 * c2, … in file order, so nothing is cast yet and the caller can report a bad value with its
 * line. Empty cells become NULL.
 * DuckDB 1.5 skips a UTF-8 byte order mark and blank lines, and rejects invalid UTF-8 or a wrong
 * field count.
 */
export async function loadCsvAsText(
  connection: DuckDBConnection,
  filePath: string,
  table: string,
  expectedHeader: readonly string[],
): Promise<LoadedCsv> {
  const fileName = path.basename(filePath);
  const columns = expectedHeader.map((_, index) => `'c${index + 1}': 'VARCHAR'`).join(', ');

  // The table keeps the file's order, so the record number is the row id plus one. Counting
  // with row_number() OVER () instead would make the read run on one thread.
  try {
    await connection.run(
      `CREATE TABLE ${table}_cells AS
       SELECT *
       FROM read_csv(${sqlStringLiteral(filePath)},
         header = false, auto_detect = false, delim = ',', quote = '"', escape = '"',
         strict_mode = true, columns = {${columns}})`,
    );
    await connection.run(
      `CREATE VIEW ${table} AS SELECT CAST(rowid + 1 AS INTEGER) AS record, * FROM ${table}_cells`,
    );
  } catch (error) {
    throw new DataBuildError(
      `Failed to read ${fileName} as CSV: ${summarizeDuckdbError(error)}\n` +
        `Check that ${filePath} is a comma-separated UTF-8 file with ` +
        `${expectedHeader.length} columns.`,
    );
  }

  // One query returns the header and the record count, because each query costs a scan.
  const headerColumns = expectedHeader.map((_, index) => `c${index + 1}`).join(', ');
  const [headerRow] = await queryRows<{ records: number } & Record<string, string | null>>(
    connection,
    `SELECT CAST((SELECT count(*) FROM ${table}) AS INTEGER) AS records, ${headerColumns}
     FROM ${table} WHERE record = 1`,
  );
  const records = headerRow?.records ?? 0;
  const header = headerRow ? expectedHeader.map((_, index) => headerRow[`c${index + 1}`]) : [];

  if (header.join(',') !== expectedHeader.join(',')) {
    throw new DataBuildError(
      `Unexpected header in ${fileName}: found "${header.join(',')}", ` +
        `expected "${expectedHeader.join(',')}". The build reads the columns by position, ` +
        `so check that ${filePath} is the expected dataset file.`,
    );
  }

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
