/**
 * Checks on the text of a split row: characters that show a damaged file, and quoting that
 * papaparse could only guess at. Each returns the reason for rejecting the row, or null.
 */
import type { ParseError } from 'papaparse';

// Tab, line feed and carriage return are the only C0 controls that text files contain.
// eslint-disable-next-line no-control-regex
const DAMAGED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/;

/** Returns whether `text` contains any character that `damagedCellReason` rejects. */
export function hasDamagedText(text: string): boolean {
  return DAMAGED.test(text);
}

function describeCharacter(char: string): string {
  const code = char.charCodeAt(0);
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  if (code === 0xfffd) {
    return 'the replacement character U+FFFD, which an earlier wrong decoding left in place of lost text';
  }
  if (code === 0) return 'a NUL character (U+0000), which suggests a UTF-16 or binary file';
  return `the control character U+${hex}`;
}

/**
 * Returns why `cells` cannot be stored as text, naming the first damaged cell by its column
 * name, or null when every cell is clean.
 */
export function damagedCellReason(
  cells: readonly string[],
  header: readonly string[],
): string | null {
  for (const [index, cell] of cells.entries()) {
    const match = DAMAGED.exec(cell);
    if (!match) continue;
    const column = header[index] ?? `column ${index + 1}`;
    return `the value in column "${column}" contains ${describeCharacter(match[0])}. Correct the value, or choose the file's encoding under Read settings`;
  }
  return null;
}

/**
 * Returns why papaparse's quote `errors` for a row starting on `line` make it unreadable, or
 * null when there are none. An unclosed quote takes in every later line as one field.
 */
export function quoteErrorReason(
  errors: readonly ParseError[],
  line: number,
  lastLine: number,
): string | null {
  const codes = new Set(
    errors.filter((error) => error.type === 'Quotes').map((error) => error.code),
  );
  if (codes.has('MissingQuotes')) {
    const span = lastLine > line ? `lines ${line} to ${lastLine} were` : 'the line was';
    return `a quoted field that starts on this line is never closed, so ${span} read as one row. Close the quote or remove it`;
  }
  if (codes.has('InvalidQuotes')) {
    return 'a quoted field has text after its closing quote (such as "a"b). Inside a quoted field, write a quote as two quotes ("")';
  }
  return null;
}
