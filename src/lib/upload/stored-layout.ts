/**
 * Turns rows that DuckDB-WASM returned into the Arrow layout of a stored upload (to-arrow.ts).
 * The site opens DuckDB-WASM with `castBigIntToDouble`, so the BIGINT `students` column comes
 * back as doubles. Counts are checked to be at most 2^53 - 1, so the doubles are exact.
 */
import { makeVector, Table, tableFromIPC, tableToIPC, type Vector } from 'apache-arrow';
import { int64Vector } from './arrow-vectors';

/** Returns the Arrow IPC stream of `ipc` (an IPC file or stream) with `students` as Int64. */
export function storedLayout(ipc: Uint8Array): Uint8Array {
  const table = tableFromIPC(ipc);
  const vectors: Record<string, Vector> = {};
  for (const field of table.schema.fields) {
    const column = table.getChild(field.name) as Vector;
    vectors[field.name] = field.name === 'students' ? toInt64(column) : column;
  }
  return tableToIPC(new Table(vectors), 'stream');
}

/** Returns `column` as 64-bit integers, chunk by chunk, so that its batches stay aligned. */
function toInt64(column: Vector): Vector {
  const chunks = column.data.map((chunk) => {
    const values = makeVector(chunk);
    const numbers: (number | null)[] = new Array(values.length);
    for (let i = 0; i < values.length; i++) numbers[i] = values.get(i) as number | null;
    return int64Vector(numbers).data[0];
  });
  return makeVector(chunks);
}
