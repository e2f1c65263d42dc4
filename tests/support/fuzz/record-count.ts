/**
 * An independent record splitter for the upload fuzz test. It reads delimited text by the
 * same rules as papaparse 5 (RFC 4180 quoting, spaces allowed after a closing quote, a quote
 * followed by other text is kept searching), written again here so that the test can count
 * the records the upload must account for without calling the product's splitter.
 */

export interface CountedRecord {
  /** Line on which the record starts, counting the first line of the text as line 1. */
  line: number;
  cells: string[];
  /** Whether the record's quoting is malformed (a quote never closed, or text after one). */
  malformedQuotes: boolean;
}

function isBlankRecord(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Splits `text` (line ends already `\n`) into records with their start lines. */
export function splitRecords(text: string, delimiter: string): CountedRecord[] {
  const records: CountedRecord[] = [];
  let position = 0;
  let line = 1;

  const newlinesBetween = (from: number, to: number) => {
    let count = 0;
    for (let i = from; i < to; i++) if (text[i] === '\n') count++;
    return count;
  };

  while (position <= text.length) {
    const start = position;
    const startLine = line;
    const cells: string[] = [];
    let malformed = false;
    let recordEnd = -1;

    for (;;) {
      if (text[position] === '"') {
        // A quoted field ends at a quote followed by spaces and a delimiter, a newline or the end.
        let search = position + 1;
        let closed = false;
        for (;;) {
          const quote = text.indexOf('"', search);
          if (quote === -1) {
            malformed = true;
            cells.push(text.slice(position + 1));
            position = text.length;
            recordEnd = text.length;
            break;
          }
          if (quote === text.length - 1) {
            cells.push(text.slice(position + 1, quote).replaceAll('""', '"'));
            position = text.length;
            recordEnd = text.length;
            break;
          }
          if (text[quote + 1] === '"') {
            search = quote + 2;
            continue;
          }
          const nextDelimiter = text.indexOf(delimiter, quote + 1);
          const nextNewline = text.indexOf('\n', quote + 1);
          const stop = nextNewline === -1 ? nextDelimiter : Math.min(nextDelimiter, nextNewline);
          const spacesBeforeDelimiter = spacesUpTo(text, quote + 1, stop);
          if (text.startsWith(delimiter, quote + 1 + spacesBeforeDelimiter)) {
            cells.push(text.slice(position + 1, quote).replaceAll('""', '"'));
            position = quote + 1 + spacesBeforeDelimiter + delimiter.length;
            closed = true;
            break;
          }
          const spacesBeforeNewline = spacesUpTo(text, quote + 1, nextNewline);
          if (text[quote + 1 + spacesBeforeNewline] === '\n') {
            cells.push(text.slice(position + 1, quote).replaceAll('""', '"'));
            position = quote + 1 + spacesBeforeNewline + 1;
            recordEnd = position;
            break;
          }
          malformed = true;
          search = quote + 1;
        }
        if (closed) continue;
        break;
      }

      const nextDelimiter = text.indexOf(delimiter, position);
      const nextNewline = text.indexOf('\n', position);
      if (nextDelimiter !== -1 && (nextNewline === -1 || nextDelimiter < nextNewline)) {
        cells.push(text.slice(position, nextDelimiter));
        position = nextDelimiter + delimiter.length;
        continue;
      }
      if (nextNewline !== -1) {
        cells.push(text.slice(position, nextNewline));
        position = nextNewline + 1;
        recordEnd = position;
        break;
      }
      cells.push(text.slice(position));
      position = text.length;
      recordEnd = text.length;
      break;
    }

    // Text ending in a newline has no record after it.
    if (!(start === text.length && cells.length === 1 && cells[0] === '' && start > 0)) {
      records.push({ line: startLine, cells, malformedQuotes: malformed });
    }
    line += newlinesBetween(start, recordEnd);
    if (recordEnd >= text.length) break;
  }
  return records;
}

function spacesUpTo(text: string, from: number, to: number): number {
  if (to === -1) return 0;
  const between = text.slice(from, to);
  return between !== '' && between.trim() === '' ? between.length : 0;
}

export interface RecordCount {
  /** Line of the header, the first record that is not blank or a title, or null without one. */
  headerLine: number | null;
  /** Records after the header, blank ones included. */
  records: CountedRecord[];
  blank: number;
  /** Records above the header that are not blank, which the upload must have read as titles. */
  aboveHeader: CountedRecord[];
  header: CountedRecord | null;
}

/**
 * Counts the records after the header, as the upload must account for them. `titleLines` are
 * the lines the upload read as titles, so the header is the first other record that is not blank.
 */
export function countRecords(
  text: string,
  delimiter: string,
  lineOffset: number,
  titleLines: readonly number[] = [],
): RecordCount {
  const records = splitRecords(text, delimiter).map((record) => ({
    ...record,
    line: record.line + lineOffset,
  }));
  const titles = new Set(titleLines);
  const headerIndex = records.findIndex(
    (record) => !isBlankRecord(record.cells) && !titles.has(record.line),
  );
  if (headerIndex === -1) {
    return { headerLine: null, records: [], blank: 0, aboveHeader: [], header: null };
  }

  const after = records.slice(headerIndex + 1);
  return {
    headerLine: records[headerIndex].line,
    records: after,
    blank: after.filter((record) => isBlankRecord(record.cells)).length,
    aboveHeader: records.slice(0, headerIndex).filter((record) => !isBlankRecord(record.cells)),
    header: records[headerIndex],
  };
}
