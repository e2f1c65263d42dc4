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
  /** Registers `bytes` as the file `name` for `read_csv`. The bytes move to DuckDB's worker. */
  /** Makes `file` readable as `name`. DuckDB's worker reads it in parts, as it needs them. */
  registerFile(name: string, file: Blob): Promise<string>;
  dropFile(name: string): Promise<void>;
  /** Runs `sql` and returns the result as an Arrow IPC file, without decoding it here. */
  queryIpc(sql: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

const TABLE_NAME = /^[a-z_][a-z0-9_]*$/;

/** How long DuckDB-WASM may take to download and compile before the page reports a failure. */
const START_TIMEOUT_MS = 120_000;

/**
 * Reads the first four bytes of the wasm file and raises unless they are the WebAssembly magic
 * number. This catches a blocked file as well as a server that returns an HTML page instead.
 */
async function checkWasmFile(url: string): Promise<void> {
  const response = await fetch(url, { headers: { Range: 'bytes=0-3' } });
  if (!response.ok) {
    throw new Error(`DuckDB-WASM could not be downloaded: HTTP ${response.status} for ${url}.`);
  }

  // A server that ignores Range sends the whole file: read one chunk, then stop the download.
  let head: Uint8Array | undefined;
  if (response.status === 206) head = new Uint8Array(await response.arrayBuffer());
  else {
    const reader = response.body?.getReader();
    head = reader ? (await reader.read()).value : undefined;
    await reader?.cancel();
  }
  const magic = head ? Array.from(head.slice(0, 4)) : [];
  if (magic.join(',') !== '0,97,115,109') {
    throw new Error(`${url} is not a WebAssembly file; check that the server sends it unchanged.`);
  }
}

/** Starts DuckDB-WASM in its own worker and opens one connection. */
export async function openBrowserDatabase(logger: Logger = silentLogger): Promise<BrowserDatabase> {
  const started = performance.now();
  const worker = new Worker(workerUrl);
  const instance = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);

  // When the wasm cannot be fetched (blocked, offline), DuckDB-WASM 1.32's worker fails with an
  // unhandled rejection and never settles `instantiate`. So the file is checked first, worker
  // errors reject, and a timeout covers any other way of hanging.
  try {
    await checkWasmFile(wasmUrl);
  } catch (error) {
    worker.terminate();
    throw error;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`DuckDB-WASM did not start within ${START_TIMEOUT_MS / 1000} s.`)),
      START_TIMEOUT_MS,
    );
  });
  const workerFailure = new Promise<never>((_, reject) => {
    worker.addEventListener(
      'error',
      (event) => {
        event.preventDefault();
        reject(new Error(`DuckDB-WASM failed to start: ${event.message || 'worker error'}.`));
      },
      { once: true },
    );
  });
  try {
    await Promise.race([instance.instantiate(wasmUrl), workerFailure, timeout]);
  } catch (error) {
    worker.terminate();
    throw error;
  } finally {
    clearTimeout(timer);
  }

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

  const registerFile = async (name: string, file: Blob) => {
    await instance.registerFileHandle(
      name,
      file,
      duckdb.DuckDBDataProtocol.BROWSER_FILEREADER,
      true,
    );
    return name;
  };
  const dropFile = async (name: string) => {
    await instance.dropFile(name);
  };
  const queryIpc = (sql: string) => connection.useUnsafe((db, id) => db.runQuery(id, sql));

  const close = async () => {
    await connection.close();
    await instance.terminate();
  };

  return { query, loadParquetTable, loadArrowTable, registerFile, dropFile, queryIpc, close };
}
