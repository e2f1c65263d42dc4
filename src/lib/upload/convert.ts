/**
 * Turns parsed rows into flows (`year, origin, destination, level, students` plus the year
 * label, programme, flag and every source column) and a validation report. Every cell of the
 * file is read, so a bad value on the last line is found as surely as one on the first.
 */
import type { ColumnMapping } from './column-mapping';
import { sqlColumnNames } from './headers';
import { detectDecimalMark, isNumericColumn, parseNumber } from './numbers';
import type { SourceTable } from './parse-table';
import type { RowProblem } from './problems';
import { checkRow, combineFlags, createCellReaders, memoize } from './row-check';
import type { CountryOverrides, ExtraColumn, FlowColumns, UploadReport } from './types';

/** At most this many rejected rows are listed one by one; the rest are only counted. */
export const MAX_LISTED_REJECTIONS = 200;

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

  const readers = createCellReaders(decimalMark, overrides);

  for (const [index, row] of table.rows.entries()) {
    if (onProgress && index % 50_000 === 0) onProgress(index / table.rows.length);

    const check = checkRow(row.cells, mapping, readers);
    if (!check.ok && check.countries) {
      const { origin, destination, originText, destinationText } = check.countries;
      for (const resolved of [origin, destination])
        if (resolved?.nonIso) nonIso.add(resolved.nonIso);
      for (const [text, resolved, role] of [
        [originText, origin, 'origin'],
        [destinationText, destination, 'destination'],
      ] as const) {
        if (resolved) continue;
        const entry = unmapped.get(text) ?? { role, rows: 0 };
        entry.rows++;
        unmapped.set(text, entry);
      }
    }
    if (!check.ok) {
      reject(row.line, check.reason, check.problem);
      continue;
    }

    const { year, level, count, origin, destination, originText, destinationText } = check;
    for (const resolved of [origin, destination]) if (resolved.nonIso) nonIso.add(resolved.nonIso);
    const isAggregate = origin.aggregate || destination.aggregate;
    const originCode = origin.iso3 ?? originText;
    const destinationCode = destination.iso3 ?? destinationText;
    const cell = (column: number | null) => (column === null ? '' : (row.cells[column] ?? ''));
    const flag = combineFlags(cell(mapping.flag), count.flag);

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
