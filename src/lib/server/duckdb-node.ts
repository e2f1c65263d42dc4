/**
 * Native DuckDB (`@duckdb/node-api`) behind the `Database` interface, for prerendering and
 * unit tests. It runs the same SQL as the browser on the same Parquet files.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { toPlainValue } from '../db/plain-values';
import type { Database, ResultRow, SqlParameter } from '../db/types';

export interface NodeDatabase extends Database {
  close(): void;
}

/** Opens an in-memory database with one table per entry of `parquetTables` (name → path). */
export async function openNodeDatabase(
  parquetTables: Record<string, string> = {},
): Promise<NodeDatabase> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();

  for (const [name, path] of Object.entries(parquetTables)) {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Invalid table name "${name}".`);
    await connection.run(`CREATE TABLE ${name} AS SELECT * FROM read_parquet($path)`, { path });
  }

  const query = async <T extends ResultRow>(
    sql: string,
    parameters: readonly SqlParameter[] = [],
  ): Promise<T[]> => {
    const reader = await connection.runAndReadAll(sql, [...parameters]);
    return reader.getRowObjects().map((row) => {
      const plain: ResultRow = {};
      for (const [key, value] of Object.entries(row)) plain[key] = toPlainValue(value);
      return plain as T;
    });
  };

  const close = () => {
    connection.closeSync();
    instance.closeSync();
  };

  return { query, close };
}
