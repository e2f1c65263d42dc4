/**
 * The benchmark's bare baseline: DuckDB-WASM with the same bundle and settings as the product,
 * and nothing else. On load it runs `SELECT 42` and records when the result arrived; the
 * harness then calls the functions on `window.bare` to time SQL and CSV reads on the same data.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import type { TimedQuery } from './api';

async function start(): Promise<void> {
  const worker = new Worker(workerUrl);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(wasmUrl);
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const connection = await db.connect();
  const answer = await connection.query('SELECT 42 AS answer');
  const firstResultAt = performance.now();
  document.getElementById('status')!.textContent = `SELECT 42 returned ${answer.toArray()[0]}`;

  // The product's settings, applied after the timed start: no extension downloads.
  await connection.query('SET autoinstall_known_extensions = false');
  await connection.query('SET autoload_known_extensions = false');

  const loadParquet = async (name: string, url: string) => {
    const started = performance.now();
    // Imported here, so that the `SELECT 42` start above loads nothing but DuckDB-WASM.
    const { default: initParquetWasm, readParquet } = await import('parquet-wasm/esm');
    await initParquetWasm({ module_or_path: parquetWasmUrl });
    const file = new Uint8Array(await (await fetch(url)).arrayBuffer());
    const ipc = readParquet(file).intoIPCStream();
    await connection.query(`DROP TABLE IF EXISTS ${name}`);
    await connection.insertArrowFromIPCStream(ipc, { name, create: true });
    return performance.now() - started;
  };

  const timeQueries = async (queries: TimedQuery[]) => {
    const started = performance.now();
    for (const { sql, parameters } of queries) {
      const statement = await connection.prepare(sql);
      (await statement.query(...parameters)).toArray();
      await statement.close();
    }
    return performance.now() - started;
  };

  let csvCount = 0;
  const timeReadCsv = async (url: string) => {
    const started = performance.now();
    const name = `upload_${++csvCount}.csv`;
    await db.registerFileBuffer(name, new Uint8Array(await (await fetch(url)).arrayBuffer()));
    await connection.query(`CREATE TABLE t_${csvCount} AS SELECT * FROM read_csv('${name}')`);
    const milliseconds = performance.now() - started;
    const counted = await connection.query(`SELECT count(*) AS n FROM t_${csvCount}`);
    return { milliseconds, rows: Number(counted.toArray()[0].n) };
  };

  window.bare = { firstResultAt, loadParquet, timeQueries, timeReadCsv };
}

start().catch((error: unknown) => {
  window.bareFailed = error instanceof Error ? error.message : String(error);
});
