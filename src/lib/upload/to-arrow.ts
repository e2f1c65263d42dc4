/**
 * Writes accepted flows as an Arrow table, in the column layout the queries read
 * (`year SMALLINT, origin, destination, level, students BIGINT`), followed by the extras:
 * `year_label`, `programme`, `flag`, `is_aggregate`, `source_line` and every source column.
 */
import {
  Bool,
  Float64,
  Int16,
  Int32,
  Int64,
  Table,
  Utf8,
  tableFromIPC,
  tableToIPC,
  vectorFromArray,
  type Vector,
} from 'apache-arrow';
import type { FlowColumns } from './types';

/** Builds the Arrow table of `columns`. */
export function flowsToArrow(columns: FlowColumns): Table {
  const vectors: Record<string, Vector> = {
    year: vectorFromArray(columns.year, new Int16()),
    origin: vectorFromArray(columns.origin, new Utf8()),
    destination: vectorFromArray(columns.destination, new Utf8()),
    level: vectorFromArray(columns.level, new Utf8()),
    // BIGINT, as a national total of several million students overflows no 64-bit integer.
    students: vectorFromArray(
      columns.students.map((value) => (value === null ? null : BigInt(value))),
      new Int64(),
    ),
    year_label: vectorFromArray(columns.yearLabel, new Utf8()),
    programme: vectorFromArray(columns.programme, new Utf8()),
    flag: vectorFromArray(columns.flag, new Utf8()),
    is_aggregate: vectorFromArray(columns.aggregate, new Bool()),
    source_line: vectorFromArray(columns.line, new Int32()),
  };
  for (const extra of columns.extras) {
    vectors[extra.name] =
      extra.type === 'number'
        ? vectorFromArray(extra.values, new Float64())
        : vectorFromArray(extra.values, new Utf8());
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
