/**
 * Splits delimited text into a header and rows with their line numbers, with papaparse.
 * Blank rows, whitespace-only rows and delimiter-only rows (`,,,,`) are counted and skipped,
 * never turned into rows of empty values. Rows that cannot be split safely (more fields than
 * the header, broken quoting, damaged characters) are rejected with their line and reason.
 */
import Papa from 'papaparse';
import { damagedCellReason, hasDamagedText, quoteErrorReason } from './cell-checks';
import { detectDelimiter, stripSeparatorLine, type Delimiter } from './delimiter';
import { cleanHeader } from './headers';
import { UploadFileError } from './upload-error';

export interface SourceRow {
  /** Line of the file on which the row starts, counting the header as line 1. */
  line: number;
  cells: string[];
}

export interface SourceTable {
  header: string[];
  /** Line of the header, after any blank lines and Excel's `sep=` line. */
  headerLine: number;
  rows: SourceRow[];
  delimiter: Delimiter;
  /** Whether the file named its delimiter in an Excel `sep=` first line. */
  separatorLine: boolean;
  /** Lines of blank, whitespace-only or delimiter-only rows that were skipped. */
  blankLines: number[];
  /** Lines above the header with at most one filled cell, such as a table title, skipped. */
  titleLines: number[];
  /** Rows with fewer fields than the header, whose missing cells were read as empty. */
  shortRows: ShortRows;
  /** Rows that could not be split into cells safely, with the reason. */
  rejectedRows: { line: number; reason: string }[];
}

export interface ShortRows {
  count: number;
  /** The first lines, at most `MAX_LISTED_SHORT_ROWS`. */
  lines: number[];
}

/** At most this many lines of short rows are listed; the rest are only counted. */
export const MAX_LISTED_SHORT_ROWS = 20;

export interface ParseTableOptions {
  /** The user's choice; detected when absent. */
  delimiter?: Delimiter;
  /** Called now and then with the share of the text parsed, from 0 to 1. */
  onProgress?: (share: number) => void;
}

/**
 * Maximum number of columns read. Every column becomes an Arrow, Parquet and DuckDB column, and
 * a header of 35,000 fields (a wrong delimiter or a damaged file) took about half a minute to
 * encode as Arrow in Node 20 on the 2-core test machine.
 */
export const MAX_COLUMNS = 500;

/**
 * Lines with at most one filled cell read as titles above the header. Past this many, the first
 * of them is the header of a file with one column.
 */
const MAX_TITLE_LINES = 5;

/** A line above the header, held until it is known to be a title or the header. */
interface HeldLine {
  cells: string[];
  line: number;
  end: number;
  filled: number;
}

/** Distinct cell texts shared between rows. Cells past this many are kept as they are. */
const MAX_INTERNED = 200_000;

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) {
    count++;
  }
  return count;
}

/** Parses `text` into a header and rows; throws `UploadFileError` when there is no header. */
export function parseTable(text: string, options: ParseTableOptions = {}): SourceTable {
  // One line-end convention, so that CRLF, LF and lone CR files (or a mix) split the same way.
  // U+FEFF past the start is a byte order mark left by joining files, not text. Kept, it would
  // shift papaparse's offsets at the start of the text and vanish from cells that Arrow decodes.
  const normalised = text.replace(/\r\n?/g, '\n').replace(/\uFEFF/g, '');
  const hint = stripSeparatorLine(normalised);
  const body = hint.rest;
  const delimiter = options.delimiter ?? hint.delimiter ?? detectDelimiter(body);
  const lineOffset = hint.delimiter ? 1 : 0;
  const lastLine = lineOffset + countNewlines(body, 0, body.length) + 1;
  const checkCharacters = hasDamagedText(body);

  let header: string[] | null = null;
  let headerLine = 0;
  const rows: SourceRow[] = [];
  const blankLines: number[] = [];
  const rejectedRows: SourceTable['rejectedRows'] = [];
  // Rows above the header that may be titles, kept until the header is found.
  let titles: Omit<HeldLine, 'filled'>[] = [];
  let titleLines: number[] = [];
  // The line that becomes the header unless the next line shows it to be a title.
  let candidate: HeldLine | null = null;
  let heldBlankLines: number[] = [];
  const shortRows: ShortRows = { count: 0, lines: [] };
  let cursor = 0;
  let line = 1;
  let nextReport = 0;

  const setHeader = (cells: string[], rowLine: number) => {
    if (cells.length > MAX_COLUMNS) {
      throw new UploadFileError(
        rowLine,
        `the header has ${cells.length} columns, more than the ${MAX_COLUMNS} this page reads. ` +
          'Remove the columns you do not need, or check that the delimiter is right.',
      );
    }
    header = cleanHeader(cells);
    headerLine = rowLine;
  };

  /** Makes the first held line the header and reads the other held lines, then `cells`, as rows. */
  const replayTitles = (cells: string[] | null, rowLine: number, end: number) => {
    const [first, ...rest] = titles;
    titles = [];
    setHeader(first.cells, first.line);
    for (const title of rest) addRow(title.cells, title.line, title.end, null, false);
    if (cells) addRow(cells, rowLine, end, null, false);
  };

  /** Adds one split row; `quoteReason` and `unclosed` describe papaparse's quote errors. */
  const addRow = (
    cells: string[],
    rowLine: number,
    end: number,
    quoteReason: string | null,
    unclosed: boolean,
  ) => {
    const blank = cells.every((cell) => cell.trim() === '');
    if (header === null) {
      if (blank && !quoteReason) {
        // Blank lines under a header are reported, so those after the candidate wait with it.
        if (candidate) heldBlankLines.push(rowLine);
        return;
      }

      // Offices often put a table title on the lines above the header. A title fills one cell,
      // or fewer than half the cells of the header under it, such as `Ministry, 2019` above
      // five column names. So a line that fills more waits for the next line to decide.
      const filled = cells.filter((cell) => cell.trim() !== '').length;
      if (candidate) {
        const held = candidate;
        candidate = null;
        const heldBlank = heldBlankLines;
        heldBlankLines = [];
        if (held.filled * 2 < filled && titles.length < MAX_TITLE_LINES) {
          titles.push(held);
        } else {
          setHeader(held.cells, held.line);
          titleLines = titles.map((title) => title.line);
          titles = [];
          blankLines.push(...heldBlank);
          addRow(cells, rowLine, end, quoteReason, unclosed);
          return;
        }
      }

      // A stray quote inside a quoted column name is read as papaparse reads it, because a
      // name only labels a column. A quote never closed has taken in the whole file.
      const damaged = checkCharacters ? damagedCellReason(cells, []) : null;
      const reason = unclosed ? quoteReason : damaged;
      if (reason) {
        throw new UploadFileError(rowLine, `the header cannot be read, because ${reason}`);
      }

      if (filled <= 1 && titles.length < MAX_TITLE_LINES) {
        titles.push({ cells, line: rowLine, end });
        return;
      }
      if (filled <= 1) {
        // Every line so far fills one cell, so this is a file of one column.
        replayTitles(cells, rowLine, end);
        return;
      }
      candidate = { cells, line: rowLine, end, filled };
      return;
    }
    if (quoteReason) {
      rejectedRows.push({ line: rowLine, reason: quoteReason });
      return;
    }
    if (blank) {
      blankLines.push(rowLine);
      return;
    }
    if (cells.length > header.length) {
      rejectedRows.push({
        line: rowLine,
        reason: `it has ${cells.length} fields, more than the ${header.length} of the header`,
      });
      return;
    }
    const damaged = checkCharacters ? damagedCellReason(cells, header) : null;
    if (damaged) {
      rejectedRows.push({ line: rowLine, reason: damaged });
      return;
    }
    if (cells.length < header.length) {
      shortRows.count++;
      if (shortRows.lines.length < MAX_LISTED_SHORT_ROWS) shortRows.lines.push(rowLine);
    }
    while (cells.length < header.length) cells.push('');
    rows.push({ line: rowLine, cells });

    if (options.onProgress && end >= nextReport) {
      options.onProgress(end / body.length);
      nextReport = end + body.length / 100;
    }
  };

  if (!body.includes('"')) {
    // Without quote characters every line is one row and every delimiter splits a field, which
    // is what papaparse does with such text too. For a million-row file in Node.js 20 on a
    // 2-core Xeon, this took about 1.1 s of CPU time against 1.7 s with papaparse's callback.
    // Cells repeat (years, codes, levels), so rows share one copy of each text, and a million
    // rows keep a few thousand strings alive instead of millions.
    const known = new Map<string, string>();
    const intern = (text: string) => {
      const copy = known.get(text);
      if (copy !== undefined) return copy;
      if (known.size < MAX_INTERNED) known.set(text, text);
      return text;
    };
    let start = 0;
    while (start <= body.length) {
      // A final newline ends the last line rather than starting an empty one.
      if (start === body.length && start > 0) break;
      const newline = body.indexOf('\n', start);
      const end = newline === -1 ? body.length : newline;
      const cells = body.slice(start, end).split(delimiter);
      for (let i = 0; i < cells.length; i++) cells[i] = intern(cells[i]);
      addRow(cells, line + lineOffset, end + 1, null, false);
      line++;
      start = end + 1;
    }
  } else {
    Papa.parse<string[]>(body, {
      delimiter,
      newline: '\n',
      quoteChar: '"',
      skipEmptyLines: false,
      step: (result) => {
        const rowLine = line + lineOffset;
        const start = cursor;
        const end = result.meta.cursor;
        // The cursor is after the row's newline, so the newlines up to it end this row.
        line += countNewlines(body, cursor, end);
        cursor = end;

        // A final newline ends the last line; papaparse reports the nothing after it as a row.
        if (start === body.length && start > 0) return;

        const quoteReason = quoteErrorReason(result.errors, rowLine, lastLine);
        const unclosed = result.errors.some((error) => error.code === 'MissingQuotes');
        addRow(result.data, rowLine, end, quoteReason, unclosed);
      },
    });
  }

  // Assigned inside `addRow`, which TypeScript's narrowing does not follow.
  const lastCandidate = candidate as HeldLine | null;
  if (header === null && lastCandidate !== null) {
    // A file that ends right after its header line has no line to compare it with.
    setHeader(lastCandidate.cells, lastCandidate.line);
    titleLines = titles.map((title) => title.line);
    blankLines.push(...heldBlankLines);
  } else if (header === null && titles.length > 0) {
    // A file whose lines all fill one cell has one column, and its first line is the header.
    replayTitles(null, 0, 0);
  }
  if (header === null) {
    throw new UploadFileError(
      1,
      'the file has no header line, because it is empty or every line is blank. ' +
        'The first line should name the columns, such as origin,destination,year,students.',
      { kind: 'empty-file' },
    );
  }
  return {
    header,
    headerLine,
    rows,
    delimiter,
    separatorLine: hint.delimiter !== null,
    blankLines,
    titleLines,
    shortRows,
    rejectedRows,
  };
}
