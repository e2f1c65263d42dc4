/**
 * Reads the first part of a text upload with the row-by-row reader, for the header, the
 * delimiter, the preview and the guessed mapping that the fast path needs before DuckDB reads
 * the whole file.
 */
import { guessMapping, type ColumnMapping } from '../column-mapping';
import { decodeText, type TextEncoding } from '../decode-text';
import type { Delimiter } from '../delimiter';
import { parseTable } from '../parse-table';

/**
 * Bytes read for the head. Its lines give the header, the mapping guess and the delimiter,
 * which the detection takes from the first 50 lines, so a file with fewer whole lines in its
 * head goes to the row-by-row reader. Reading it took about 20 ms in Node.js 20 on the 2-core
 * test machine, against 50 ms for 1 MiB.
 */
const HEAD_BYTES = 256 * 1024;

/** Rows whose cells the mapping guess reads. */
const GUESS_ROWS = 50;

export interface FileHead {
  header: string[];
  delimiter: Delimiter;
  separatorLine: boolean;
  /** Line of the header: 1, or 2 after Excel's `sep=` line. */
  headerLine: number;
  /** Offset of the header line's first byte, after any byte order mark and `sep=` line. */
  bodyStart: number;
  mapping: ColumnMapping;
  preview: string[][];
}

/**
 * Reads the first bytes of `file` and returns its head (see readHead). The one byte read past
 * HEAD_BYTES shows readHead whether the file continues.
 */
export async function readFileHead(
  file: Blob,
  options: { encoding?: TextEncoding; delimiter?: Delimiter },
): Promise<FileHead | null> {
  const headBytes = new Uint8Array(await file.slice(0, HEAD_BYTES + 1).arrayBuffer());
  return readHead(headBytes, options);
}

/**
 * Returns the head of `bytes`, or null when the file needs the row-by-row reader: another
 * encoding than UTF-8, a header that is not on the first line, or too few whole lines read.
 */
export function readHead(
  bytes: Uint8Array,
  options: { encoding?: TextEncoding; delimiter?: Delimiter },
): FileHead | null {
  if (options.encoding && options.encoding !== 'utf-8') return null;

  let end = bytes.length;
  if (end > HEAD_BYTES) {
    end = bytes.lastIndexOf(0x0a, HEAD_BYTES);
    if (end === -1) return null;
  }
  let decoded;
  try {
    decoded = decodeText(bytes.subarray(0, end), options.encoding);
  } catch {
    return null;
  }
  if (decoded.encoding !== 'utf-8') return null;

  let table;
  try {
    table = parseTable(decoded.text, { delimiter: options.delimiter });
  } catch {
    return null;
  }
  const expectedHeaderLine = table.separatorLine ? 2 : 1;
  if (table.headerLine !== expectedHeaderLine) return null;
  if (end < bytes.length && table.rows.length < GUESS_ROWS) return null;

  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let bodyStart = bom;
  if (table.separatorLine) {
    const newline = bytes.indexOf(0x0a, bom);
    if (newline === -1) return null;
    bodyStart = newline + 1;
  }

  return {
    header: table.header,
    delimiter: table.delimiter,
    separatorLine: table.separatorLine,
    headerLine: table.headerLine,
    bodyStart,
    mapping: guessMapping(
      table.header,
      table.rows.slice(0, GUESS_ROWS).map((row) => row.cells),
    ),
    preview: table.rows.slice(0, 5).map((row) => row.cells),
  };
}
