/**
 * Turns parsed rows into flows (`year, origin, destination, level, students` plus the year
 * label, programme, flag and every source column) and a validation report. Every cell of the
 * file is read, so a bad value on the last line is found as surely as one on the first.
 */
import type { ColumnMapping } from './column-mapping';
import { resolveCountry } from './country-reference';
import { sqlColumnNames } from './headers';
import { detectDecimalMark, isNumericColumn, parseCount, parseNumber } from './numbers';
import type { SourceTable } from './parse-table';
import type { RowProblem } from './problems';
import type { CountryOverrides, ExtraColumn, FlowColumns, UploadReport } from './types';
import { LEVEL_WHEN_ABSENT, parseLevel, parseYear } from './year-level';

/** At most this many rejected rows are listed one by one; the rest are only counted. */
const MAX_LISTED_REJECTIONS = 200;

/**
 * At most this many unknown country values are listed, most frequent first, each with a field
 * to type its code. A wrongly mapped column can have a million distinct values.
 */
export const MAX_LISTED_UNMAPPED = 100;

function columnCells(table: SourceTable, index: number): string[] {
  return table.rows.map((row) => row.cells[index] ?? '');
}

function emptyColumns(): FlowColumns {
  return {
    line: [],
    year: [],
    yearLabel: [],
    origin: [],
    destination: [],
    level: [],
    students: [],
    flag: [],
    programme: [],
    aggregate: [],
    extras: [],
  };
}

/** Distinct cells remembered per column. Cells past this many are parsed on every row. */
const MAX_MEMOIZED = 100_000;

/** Wraps a pure parser of one cell so that each distinct cell text is parsed once. */
function memoize<T>(parse: (text: string) => T): (text: string) => T {
  const results = new Map<string, T>();
  return (text) => {
    const known = results.get(text);
    if (known !== undefined || results.has(text)) return known as T;
    const result = parse(text);
    if (results.size < MAX_MEMOIZED) results.set(text, result);
    return result;
  };
}

interface Resolved {
  iso3: string | null;
  aggregate: boolean;
}

/**
 * Converts `table` with `mapping`. `overrides` are the user's codes for country values the
 * reference table does not know: an ISO3 code, or `aggregate`.
 */
export function convertTable(
  table: SourceTable,
  mapping: ColumnMapping,
  overrides: CountryOverrides = {},
  onProgress?: (share: number) => void,
): { columns: FlowColumns; report: UploadReport } {
  const columns = emptyColumns();
  const rejected: UploadReport['rejected'] = [];
  let rejectedCount = 0;
  const unmapped = new Map<string, { role: 'origin' | 'destination'; rows: number }>();
  const nonIso = new Set<string>();
  let missing = 0;
  let total = 0;
  let selfFlows = 0;
  let selfFlowStudents = 0;
  let aggregateRows = 0;

  const reject = (line: number, reason: string, problem: RowProblem) => {
    rejectedCount++;
    if (rejected.length < MAX_LISTED_REJECTIONS) rejected.push({ line, reason, problem });
  };

  const countIndex = mapping.count as number;
  const decimalMark = detectDecimalMark(columnCells(table, countIndex), table.delimiter);

  // Countries repeat on every row, so each distinct value is resolved once.
  const cache = new Map<string, Resolved | null>();
  const resolve = (value: string): Resolved | null => {
    const key = value.trim();
    if (cache.has(key)) return cache.get(key) ?? null;
    let resolved: Resolved | null = null;
    // An own-property check, so that a value such as "constructor" never reads Object's.
    const override = Object.hasOwn(overrides, key) ? overrides[key] : undefined;
    // The user's code goes through the same table, so `DE` becomes DEU and a typo stays unknown.
    const match = override === 'aggregate' ? null : resolveCountry(override ?? key);
    if (override === 'aggregate') resolved = { iso3: null, aggregate: true };
    else if (match?.kind === 'country') {
      resolved = { iso3: match.iso3, aggregate: false };
      if (!match.isIso) nonIso.add(match.iso3);
    } else if (match?.kind === 'aggregate') resolved = { iso3: null, aggregate: true };
    cache.set(key, resolved);
    return resolved;
  };

  // Years, levels and counts repeat across rows as well, and their parsers are pure.
  const readYear = memoize(parseYear);
  const readLevel = memoize(parseLevel);
  const readCount = memoize((text: string) => parseCount(text, decimalMark));

  let cells: string[] = [];
  const cell = (index: number | null) => (index === null ? '' : (cells[index] ?? ''));

  for (const [index, row] of table.rows.entries()) {
    cells = row.cells;
    if (onProgress && index % 50_000 === 0) onProgress(index / table.rows.length);

    const year = readYear(cell(mapping.year));
    if (!year) {
      reject(row.line, `the year "${cell(mapping.year)}" is not a year such as 2019 or 2018-2019`, {
        kind: 'year',
        value: cell(mapping.year),
      });
      continue;
    }

    const level = mapping.level === null ? LEVEL_WHEN_ABSENT : readLevel(cell(mapping.level));
    if (!level) {
      reject(
        row.line,
        `the level "${cell(mapping.level)}" is not a tertiary ISCED 2011 level (5, 6, 7, 8 or 5T8)`,
        { kind: 'level', value: cell(mapping.level) },
      );
      continue;
    }

    const count = readCount(cell(mapping.count));
    if (count.error) {
      const kind = `count-${count.errorKind ?? 'not-number'}` as const;
      reject(row.line, `the number of students ${count.error}`, {
        kind,
        value: cell(mapping.count),
      });
      continue;
    }

    const originText = cell(mapping.origin).trim();
    const destinationText = cell(mapping.destination).trim();
    const origin = resolve(originText);
    const destination = resolve(destinationText);
    if (!origin || !destination) {
      for (const [text, resolved, role] of [
        [originText, origin, 'origin'],
        [destinationText, destination, 'destination'],
      ] as const) {
        if (resolved) continue;
        const entry = unmapped.get(text) ?? { role, rows: 0 };
        entry.rows++;
        unmapped.set(text, entry);
      }
      const [role, text] = !origin
        ? (['origin', originText] as const)
        : (['destination', destinationText] as const);
      const typed = Object.hasOwn(overrides, text) ? overrides[text] : undefined;
      if (typed === undefined) {
        reject(row.line, `the ${role} "${text}" is not a known country code or name`, {
          kind: 'country',
          role,
          value: text,
        });
      } else {
        reject(
          row.line,
          `the code "${typed}" entered for the ${role} "${text}" is not an ISO 3166-1 code`,
          { kind: 'typed-code', role, value: text, code: typed },
        );
      }
      continue;
    }

    const isAggregate = origin.aggregate || destination.aggregate;
    const originCode = origin.iso3 ?? originText;
    const destinationCode = destination.iso3 ?? destinationText;
    const flagColumn = cell(mapping.flag).trim();
    const countFlag = count.flag ?? '';
    const flag =
      flagColumn && countFlag ? `${flagColumn} ${countFlag}` : flagColumn || countFlag || null;

    columns.line.push(row.line);
    columns.year.push(year.year);
    columns.yearLabel.push(year.label);
    columns.origin.push(originCode);
    columns.destination.push(destinationCode);
    columns.level.push(level);
    columns.students.push(count.value);
    columns.flag.push(flag);
    columns.programme.push(
      mapping.programme === null ? null : cell(mapping.programme).trim() || null,
    );
    columns.aggregate.push(isAggregate);

    if (count.value === null) missing++;
    if (isAggregate) {
      aggregateRows++;
      continue;
    }
    total += count.value ?? 0;
    if (originCode === destinationCode) {
      selfFlows++;
      selfFlowStudents += count.value ?? 0;
    }
  }

  // Mapped columns stay as written: a code such as M49 `276` is no number, and a count cell
  // such as `: c` keeps its marker beside the parsed count.
  const textColumns = new Set(
    Object.values(mapping).filter((index): index is number => index !== null),
  );
  columns.extras = readExtraColumns(table, columns.line, textColumns);

  const report: UploadReport = {
    header: table.header,
    delimiter: table.delimiter,
    separatorLine: table.separatorLine,
    sourceRows: table.rows.length + table.rejectedRows.length,
    rows: columns.line.length,
    missing,
    total,
    selfFlows,
    selfFlowStudents,
    aggregateRows,
    blankLines: table.blankLines,
    titleLines: table.titleLines,
    shortRows: table.shortRows,
    rejected: mergeRejections(table.rejectedRows, rejected),
    rejectedCount: rejectedCount + table.rejectedRows.length,
    unmapped: [...unmapped]
      .map(([value, entry]) => ({ value, ...entry }))
      .sort((a, b) => b.rows - a.rows)
      .slice(0, MAX_LISTED_UNMAPPED),
    unmappedCount: unmapped.size,
    nonIsoCodes: [...nonIso].sort(),
    decimalMark,
    years: [...new Set(columns.year)].sort((a, b) => a - b),
  };
  return { columns, report };
}

/** Returns the first listed rejections of the splitter and the row checks, in line order. */
function mergeRejections(
  splitter: UploadReport['rejected'],
  rows: UploadReport['rejected'],
): UploadReport['rejected'] {
  return [...splitter.slice(0, MAX_LISTED_REJECTIONS), ...rows]
    .sort((a, b) => a.line - b.line)
    .slice(0, MAX_LISTED_REJECTIONS);
}

/**
 * Keeps every source column of the accepted rows, as numbers when all values of a column that
 * is not in `textColumns` are numbers.
 */
function readExtraColumns(
  table: SourceTable,
  acceptedLines: number[],
  textColumns: ReadonlySet<number>,
): ExtraColumn[] {
  const accepted = new Set(acceptedLines);
  const rows =
    acceptedLines.length === table.rows.length
      ? table.rows
      : table.rows.filter((row) => accepted.has(row.line));
  const names = sqlColumnNames(table.header);

  return table.header.map((header, index) => {
    const cells = rows.map((row) => row.cells[index] ?? '');
    if (textColumns.has(index)) return { header, name: names[index], type: 'text', values: cells };

    const mark = detectDecimalMark(cells, table.delimiter);
    if (isNumericColumn(cells, mark)) {
      const readNumber = memoize((text: string) =>
        parseNumber(text.trim().replace(/\s+[A-Za-z]{1,3}$/, ''), mark),
      );
      return { header, name: names[index], type: 'number', values: cells.map(readNumber) };
    }
    return { header, name: names[index], type: 'text', values: cells };
  });
}
