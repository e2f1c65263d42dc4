/**
 * Writes accepted flows as an Arrow table, in the column layout the queries read
 * (`year SMALLINT, origin, destination, level, students BIGINT`), followed by the extras:
 * `year_label`, `programme`, `flag`, `is_aggregate`, `source_line` and every source column.
 */
import { Table, makeVector, tableFromIPC, tableToIPC, type Vector } from 'apache-arrow';
import { boolVector, float64Vector, int64Vector, utf8Vector } from './arrow-vectors';
import type { FlowColumns } from './types';

/** Builds the Arrow table of `columns`. */
export function flowsToArrow(columns: FlowColumns): Table {
  const vectors: Record<string, Vector> = {
    year: makeVector(Int16Array.from(columns.year)),
    origin: utf8Vector(columns.origin),
    destination: utf8Vector(columns.destination),
    level: utf8Vector(columns.level),
    // BIGINT like a count column of DuckDB's own CSV reader; sums of it come back as HUGEINT.
    students: int64Vector(columns.students),
    year_label: utf8Vector(columns.yearLabel),
    programme: utf8Vector(columns.programme),
    flag: utf8Vector(columns.flag),
    is_aggregate: boolVector(columns.aggregate),
    source_line: makeVector(Int32Array.from(columns.line)),
  };
  for (const extra of columns.extras) {
    vectors[extra.name] =
      extra.type === 'number' ? float64Vector(extra.values) : utf8Vector(extra.values);
  }
  return new Table(vectors);
}

/** Returns `table` as an Arrow IPC stream, the format DuckDB-WASM and parquet-wasm take. */
export function arrowToIpc(table: Table): Uint8Array {
  return tableToIPC(table, 'stream');
}

/** Reads an Arrow IPC stream back into a table. */
export function ipcToArrow(ipc: Uint8Array): Table {
  return tableFromIPC(ipc);
}
