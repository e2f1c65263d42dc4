/**
 * Runs bytes through the upload pipeline as the upload worker does (decode, split, guess the
 * mapping, convert every row, encode Arrow) and checks what came out. Parquet encoding is
 * left out because parquet-wasm loads its wasm by URL, which needs a browser; it takes the
 * Arrow stream checked here.
 */
import { tableFromIPC } from 'apache-arrow';
import { missingRoles, type ColumnMapping } from '../../../src/lib/upload/column-mapping';
import { countryName } from '../../../src/lib/upload/country-reference';
import { decodeText } from '../../../src/lib/upload/decode-text';
import { stripSeparatorLine } from '../../../src/lib/upload/delimiter';
import { convertInspected, inspectText } from '../../../src/lib/upload/pipeline';
import { arrowToIpc, flowsToArrow } from '../../../src/lib/upload/to-arrow';
import type { FlowColumns, UploadReport } from '../../../src/lib/upload/types';
import { UploadFileError } from '../../../src/lib/upload/upload-error';
import { countRecords } from './record-count';

export type UploadOutcome =
  | { kind: 'dataset'; columns: FlowColumns; report: UploadReport; text: string }
  | { kind: 'rejected'; error: UploadFileError }
  | { kind: 'crashed'; error: unknown };

/**
 * Fills required roles that the guessed mapping left open with unused columns, as a user
 * would in the mapping editor, so that mutated headers still reach the row checks.
 */
function completeMapping(mapping: ColumnMapping, columns: number): ColumnMapping {
  const complete = { ...mapping };
  const used = new Set(Object.values(complete));
  let next = 0;
  for (const role of missingRoles(complete)) {
    while (used.has(next)) next++;
    if (next >= columns) break;
    complete[role] = next;
    used.add(next);
  }
  return complete;
}

/** Runs the worker's steps on `bytes`. */
export function runUpload(bytes: Uint8Array): UploadOutcome {
  try {
    const inspected = inspectText(bytes);
    const mapping = completeMapping(inspected.mapping, inspected.table.header.length);
    const { columns, report } = convertInspected(inspected.table, mapping);
    const ipc = arrowToIpc(flowsToArrow(columns));
    checkArrowRoundTrip(ipc, columns);
    columns.origin.forEach((origin, row) => {
      if (columns.aggregate[row]) return;
      countryName(origin);
      countryName(columns.destination[row]);
    });
    return { kind: 'dataset', columns, report, text: decodeText(bytes).text };
  } catch (error) {
    if (error instanceof UploadFileError) return { kind: 'rejected', error };
    return { kind: 'crashed', error };
  }
}

/** Throws when the Arrow stream does not give back the text columns exactly. */
function checkArrowRoundTrip(ipc: Uint8Array, columns: FlowColumns): void {
  const table = tableFromIPC(ipc);
  const textColumns: [string, (string | null)[]][] = [
    ['origin', columns.origin],
    ['destination', columns.destination],
    ['programme', columns.programme],
  ];
  for (const extra of columns.extras) {
    if (extra.type === 'text') textColumns.push([extra.name, extra.values]);
  }
  for (const [name, values] of textColumns) {
    const vector = table.getChild(name);
    values.forEach((value, row) => {
      const stored = vector?.get(row) ?? null;
      if (stored !== value) {
        throw new Error(`Arrow column ${name} row ${row} reads back ${JSON.stringify(stored)}`);
      }
    });
  }
}

/** Yields every string inside `value`, for the U+FFFD check. */
function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* strings(item);
  else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) yield* strings(item);
  }
}

/** Returns the broken invariants of a dataset outcome, each as one short message. */
export function datasetViolations(outcome: Extract<UploadOutcome, { kind: 'dataset' }>): string[] {
  const { columns, report, text } = outcome;
  const problems: string[] = [];

  if (report.rows !== columns.line.length) problems.push('report.rows differs from the rows');
  if (report.rows + report.rejectedCount !== report.sourceRows) {
    problems.push(
      `loaded ${report.rows} + rejected ${report.rejectedCount} != data rows ${report.sourceRows}`,
    );
  }
  for (const entry of report.rejected) {
    if (!Number.isInteger(entry.line) || entry.line < 1)
      problems.push(`rejection line ${entry.line}`);
    if (typeof entry.reason !== 'string' || entry.reason.trim().length < 10) {
      problems.push(`rejection on line ${entry.line} has no reason`);
    }
  }

  // The records an independent splitter finds must all be loaded, rejected or skipped as blank.
  const normalised = text.replace(/\r\n?/g, '\n');
  const hint = stripSeparatorLine(normalised);
  const titleLines = report.titleLines ?? [];
  const counted = countRecords(hint.rest, report.delimiter, hint.delimiter ? 1 : 0, titleLines);
  // A title fills one cell at most, or fewer than half the cells of the header, and every
  // other line above the header must be blank.
  const above = counted.aboveHeader;
  if (JSON.stringify(above.map((record) => record.line)) !== JSON.stringify(titleLines)) {
    problems.push(`title lines ${titleLines} differ from the lines above the header`);
  }
  const filled = (cells: string[]) => cells.filter((cell) => cell.trim() !== '').length;
  const headerFilled = filled(counted.header?.cells ?? []);
  for (const record of above) {
    const cells = filled(record.cells);
    if (cells > 1 && cells * 2 >= headerFilled) {
      problems.push(`line ${record.line} fills ${cells} cells but was read as a title`);
    }
  }
  const accounted = report.sourceRows + report.blankLines.length;
  if (counted.records.length !== accounted) {
    problems.push(
      `${counted.records.length} records after the header, but ${report.sourceRows} data rows ` +
        `and ${report.blankLines.length} blank ones`,
    );
  } else if (report.rejectedCount === report.rejected.length) {
    const reported = [
      ...columns.line,
      ...report.rejected.map((entry) => entry.line),
      ...report.blankLines,
    ];
    const expected = counted.records.map((record) => record.line);
    if (JSON.stringify(reported.sort((a, b) => a - b)) !== JSON.stringify(expected)) {
      problems.push(
        `record lines ${expected.slice(0, 8)} differ from reported ${reported.slice(0, 8)}`,
      );
    }
  }

  for (const value of strings({ columns, report })) {
    if (value.includes('\uFFFD')) {
      problems.push(`stored text contains U+FFFD: ${JSON.stringify(value.slice(0, 60))}`);
      break;
    }
  }

  columns.students.forEach((count, row) => {
    if (count !== null && !(Number.isSafeInteger(count) && count >= 0)) {
      problems.push(`line ${columns.line[row]}: stored count ${count}`);
    }
  });
  columns.origin.forEach((origin, row) => {
    if (columns.aggregate[row]) return;
    for (const code of [origin, columns.destination[row]]) {
      if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) {
        problems.push(`line ${columns.line[row]}: country code ${String(code)}`);
      }
    }
  });
  columns.year.forEach((year, row) => {
    if (!Number.isInteger(year) || year < 1900 || year > 2100) {
      problems.push(`line ${columns.line[row]}: stored year ${year}`);
    }
  });
  return problems;
}
