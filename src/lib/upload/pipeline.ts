/**
 * The whole reading of a delimited text upload, from bytes to flows and a report, as one pure
 * function that the Web Worker runs and unit tests call directly.
 */
import { guessMapping, missingRoles, type ColumnMapping } from './column-mapping';
import { convertTable } from './convert';
import { decodeText, type TextEncoding } from './decode-text';
import type { Delimiter } from './delimiter';
import { parseTable, type SourceTable } from './parse-table';
import type { CountryOverrides, FlowColumns, UploadReport } from './types';
import { UploadFileError } from './upload-error';

export interface ReadOptions {
  encoding?: TextEncoding;
  delimiter?: Delimiter;
  onProgress?: (share: number) => void;
}

export interface InspectedText {
  table: SourceTable;
  encoding: TextEncoding;
  byteOrderMark: boolean;
  mapping: ColumnMapping;
}

/** Decodes and splits `bytes`, and guesses the column mapping. */
export function inspectText(bytes: Uint8Array, options: ReadOptions = {}): InspectedText {
  const decoded = decodeText(bytes, options.encoding);
  const table = parseTable(decoded.text, {
    delimiter: options.delimiter,
    onProgress: options.onProgress,
  });
  const mapping = guessMapping(
    table.header,
    table.rows.slice(0, 50).map((row) => row.cells),
  );
  return { table, encoding: decoded.encoding, byteOrderMark: decoded.byteOrderMark, mapping };
}

/** Converts an inspected table; throws `UploadFileError` when a required column is not mapped. */
export function convertInspected(
  table: SourceTable,
  mapping: ColumnMapping,
  overrides: CountryOverrides = {},
  onProgress?: (share: number) => void,
): { columns: FlowColumns; report: UploadReport } {
  const missing = missingRoles(mapping);
  if (missing.length > 0) {
    throw new UploadFileError(
      table.headerLine,
      `no column of the header is chosen for ${missing.join(', ')}. ` +
        'Pick one for each in the column mapping.',
    );
  }
  return convertTable(table, mapping, overrides, onProgress);
}

/** Reads `bytes` end to end with the guessed mapping, as a unit test or a script would. */
export function readText(
  bytes: Uint8Array,
  options: ReadOptions & { mapping?: Partial<ColumnMapping>; overrides?: CountryOverrides } = {},
) {
  const inspected = inspectText(bytes, options);
  const mapping = { ...inspected.mapping, ...options.mapping };
  return {
    ...inspected,
    mapping,
    ...convertInspected(inspected.table, mapping, options.overrides),
  };
}
