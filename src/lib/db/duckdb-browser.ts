/**
 * DuckDB-WASM in the browser, behind the `Database` interface.
 *
 * Only the "eh" bundle (WebAssembly exception handling) ships: every browser released since
 * 2022 supports it. The wasm and worker files are imported with `?url` so that Vite copies them
 * into the build and no request leaves the site's origin.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { silentLogger, type Logger } from '../log';
import { arrowTableToRows } from './arrow-rows';
import { decodeParquetUrl } from './parquet-client';
import type { Database, ResultRow, SqlParameter } from './types';

export interface BrowserDatabase extends Database {
  /** Loads the Parquet file at `url` into a new table `name`, replacing any table of that name. */
  loadParquetTable(name: string, url: string): Promise<void>;
  /** Loads an Arrow IPC stream into a new table `name`, replacing any table of that name. */
  loadArrowTable(name: string, ipc: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

const TABLE_NAME = /^[a-z_][a-z0-9_]*$/;

/** Starts DuckDB-WASM in its own worker and opens one connection. */
export async function openBrowserDatabase(logger: Logger = silentLogger): Promise<BrowserDatabase> {
  const started = performance.now();
  const worker = new Worker(workerUrl);
  const instance = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await instance.instantiate(wasmUrl);

  // Sums come back as DOUBLE instead of HUGEINT/BIGINT, so Arrow yields plain numbers.
  await instance.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const connection = await instance.connect();

  // Autoloading would fetch extensions from DuckDB's server on first use of e.g. read_parquet.
  await connection.query('SET autoinstall_known_extensions = false');
  await connection.query('SET autoload_known_extensions = false');
  logger.info(`DuckDB-WASM ready in ${Math.round(performance.now() - started)} ms`);

  const query = async <T extends ResultRow>(
    sql: string,
    parameters: readonly SqlParameter[] = [],
  ): Promise<T[]> => {
    const queryStarted = performance.now();
    const statement = await connection.prepare(sql);
    try {
      const table = await statement.query(...parameters);
      const rows = arrowTableToRows<T>(table);
      logger.debug(`query ${Math.round(performance.now() - queryStarted)} ms`, { sql, parameters });
      return rows;
    } finally {
      await statement.close();
    }
  };

  const loadArrowTable = async (name: string, ipc: Uint8Array) => {
    if (!TABLE_NAME.test(name)) throw new Error(`Invalid table name "${name}".`);
    await connection.query(`DROP TABLE IF EXISTS ${name}`);
    await connection.insertArrowFromIPCStream(ipc, { name, create: true });
  };

  const loadParquetTable = async (name: string, url: string) => {
    const decoded = await decodeParquetUrl(url);
    await loadArrowTable(name, decoded.ipc);
    logger.info(
      `loaded ${name}: ${decoded.bytes} bytes decoded in ${Math.round(decoded.milliseconds)} ms`,
    );
  };

  const close = async () => {
    await connection.close();
    await instance.terminate();
  };

  return { query, loadParquetTable, loadArrowTable, close };
}
