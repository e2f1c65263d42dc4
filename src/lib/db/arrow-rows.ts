import type { Table } from 'apache-arrow';
import { toPlainValue } from './plain-values';
import type { ResultRow } from './types';

/** Copies an Arrow table into plain row objects, converting every value with `toPlainValue`. */
export function arrowTableToRows<T extends ResultRow>(table: Table): T[] {
  const names = table.schema.fields.map((field) => field.name);
  const columns = names.map((name) => table.getChild(name));
  const rows: T[] = new Array(table.numRows);

  for (let index = 0; index < table.numRows; index++) {
    const row: ResultRow = {};
    for (let column = 0; column < names.length; column++) {
      row[names[column]] = toPlainValue(columns[column]?.get(index));
    }
    rows[index] = row as T;
  }

  return rows;
}
