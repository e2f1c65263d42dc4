/**
 * The database interface of the fast path: queries, plus a file that `read_csv` can open.
 * DuckDB-WASM implements it with a registered file handle, the unit tests with a temporary file.
 */
import type { Database } from '../../db/types';

export interface FastDatabase extends Database {
  /** Makes `file` readable as the file `name` and returns the path that SQL reads. */
  registerFile(name: string, file: Blob): Promise<string>;
  dropFile(name: string): Promise<void>;
}

/** A table name this module builds from checked parts only. */
export const SQL_NAME = /^[a-z_][a-z0-9_]*$/;

/** Returns `name`, or throws when it is not a plain lower-case SQL name. */
export function checkedName(name: string): string {
  if (!SQL_NAME.test(name)) throw new Error(`Invalid table or column name "${name}".`);
  return name;
}

/** Returns `text` as a SQL string literal. Only paths and delimiters the code chose reach it. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
