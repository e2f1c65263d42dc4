import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';

export interface Database {
  connection: DuckDBConnection;
  /** Opens another connection, so that queries can run side by side. close() closes it too. */
  connect(): Promise<DuckDBConnection>;
  close(): void;
}

/**
 * Opens an in-memory DuckDB database, on one thread unless `threads` sets another count.
 *
 * Record numbers do not depend on the thread count, because CSV tables keep the file order
 * (DuckDB preserves insertion order by default). Parquet bytes do not either (see
 * copyQueryToParquet).
 */
export async function openDatabase(options: { threads?: number } = {}): Promise<Database> {
  const threads = String(options.threads ?? 1);
  const instance = await DuckDBInstance.create(':memory:', { threads });
  const connection = await instance.connect();
  const extraConnections: DuckDBConnection[] = [];

  return {
    connection,
    connect: async () => {
      const extra = await instance.connect();
      extraConnections.push(extra);
      return extra;
    },
    close: () => {
      for (const extra of extraConnections) extra.closeSync();
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/**
 * Runs a query and returns its rows as plain objects. DuckDB BIGINT and HUGEINT values arrive as
 * bigint, so queries cast counts to INTEGER when the caller wants numbers.
 */
export async function queryRows<Row>(
  connection: DuckDBConnection,
  sql: string,
  values?: DuckDBValue[],
): Promise<Row[]> {
  const reader = await connection.runAndReadAll(sql, values);
  return reader.getRowObjectsJS() as Row[];
}

/** Quotes a value as a SQL string literal, for places where DuckDB takes no bound parameter. */
export function sqlStringLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** Returns the DuckDB library version, such as "v1.5.6". */
export async function readDuckdbVersion(connection: DuckDBConnection): Promise<string> {
  const [row] = await queryRows<{ version: string }>(connection, 'SELECT version() AS version');
  return row.version;
}
