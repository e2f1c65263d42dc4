/**
 * The one interface that query functions use to reach a database. The browser implements it
 * with DuckDB-WASM; build scripts and unit tests implement it with the native `@duckdb/node-api`,
 * so the same SQL runs in both.
 */

/** A value bound to a `?` placeholder. User input reaches SQL only this way. */
export type SqlParameter = string | number | boolean | null;

/** One result row with plain JavaScript values (numbers, never `bigint`). */
export type ResultRow = Record<string, string | number | boolean | null>;

export interface Database {
  /** Runs `sql` with `parameters` bound in order to its `?` placeholders. */
  query<T extends ResultRow>(sql: string, parameters?: readonly SqlParameter[]): Promise<T[]>;
}
