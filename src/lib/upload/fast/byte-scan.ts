/**
 * A check of the raw bytes that decides whether DuckDB-WASM may read a delimited text file
 * itself. Its `read_csv` splits every line at every delimiter, so the file must be one where
 * that gives exactly the rows and cells of the row-by-row reader (parse-table.ts).
 */
import { utf8SequenceLength } from '../text-validity';

const LF = 0x0a;
const CR = 0x0d;
const TAB = 0x09;
const SPACE = 0x20;
const QUOTE = 0x22;

/**
 * Returns why `bytes` (from the header line to the end) need the row-by-row reader, or null
 * when DuckDB's reader gives the same rows. The file must be valid UTF-8 with exactly
 * `headerFields` fields on every line. It must contain no quote character, no U+FEFF or
 * U+FFFD, no control character but tab, and no blank, whitespace-only or delimiter-only line.
 * A carriage return is allowed only in CRLF line ends, which must not be mixed with LF ones.
 */
export function fastPathObstacle(
  bytes: Uint8Array,
  delimiter: number,
  headerFields: number,
): string | null {
  let lineStart = 0;
  let lineHasContent = false;
  let delimiters = 0;
  let crlf = false;
  let bareLf = false;
  const maxDelimiters = headerFields - 1;

  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === delimiter) {
      delimiters++;
      continue;
    }
    if (byte === LF) {
      // The row-by-row reader skips and reports a blank line, which DuckDB would read as a row.
      if (!lineHasContent) return `line ${lineNumber(bytes, i)} is blank`;
      if (delimiters > maxDelimiters) return `line ${lineNumber(bytes, i)} has too many fields`;
      // The row-by-row reader reports short rows, which DuckDB would pad without a word.
      if (delimiters < maxDelimiters) return `line ${lineNumber(bytes, i)} has too few fields`;
      if (i > 0 && bytes[i - 1] === CR) crlf = true;
      else bareLf = true;
      lineStart = i + 1;
      lineHasContent = false;
      delimiters = 0;
      continue;
    }
    if (byte === CR) {
      if (bytes[i + 1] !== LF) return 'a carriage return is not followed by a line feed';
      continue;
    }
    if (byte === QUOTE) return 'the file contains quote characters';
    if (byte < SPACE) {
      if (byte === TAB) continue;
      return 'the file contains control characters';
    }
    if (byte === SPACE) continue;
    if (byte < 0x80) {
      lineHasContent = true;
      continue;
    }

    const length = utf8SequenceLength(bytes, i);
    if (length === 0) return 'the file is not valid UTF-8';
    // U+FEFF (a byte order mark inside the text) and U+FFFD (text lost by a wrong decoding).
    if (byte === 0xef && bytes[i + 1] === 0xbb && bytes[i + 2] === 0xbf) {
      return 'the file contains a byte order mark past its start';
    }
    if (byte === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) {
      return 'the file contains the replacement character U+FFFD';
    }
    // Some non-ASCII characters are white space to String.trim, so a line of them and
    // delimiters only might be blank, so such a line keeps `lineHasContent` false.
    i += length - 1;
  }

  if (lineStart < bytes.length) {
    if (!lineHasContent) return 'the last line is blank';
    if (delimiters > maxDelimiters) return 'the last line has too many fields';
    if (delimiters < maxDelimiters) return 'the last line has too few fields';
  }
  if (crlf && bareLf) return 'the file mixes CRLF and LF line ends';
  return null;
}

/** Returns the line (from 1) that ends at the line feed at `offset`. */
function lineNumber(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === LF) line++;
  return line;
}
