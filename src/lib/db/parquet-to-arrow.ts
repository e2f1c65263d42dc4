/**
 * Decodes a Parquet file into an Arrow IPC stream that DuckDB-WASM ingests directly.
 *
 * DuckDB-WASM 1.32 has no built-in Parquet reader: `read_parquet` downloads the `parquet`
 * extension from DuckDB's extension server, which offline or intranet deployments cannot reach
 * and a strict Content Security Policy forbids. parquet-wasm (the Rust `parquet` crate compiled
 * to WebAssembly) does the decoding instead; a self-hosted DuckDB `parquet` extension could
 * later replace it behind `BrowserDatabase.loadParquetTable`.
 *
 * parquet-wasm was chosen over the pure-JavaScript hyparquet after measuring both on the
 * embedded flows file: see BENCHMARKS.md.
 */
import initParquetWasm, { readParquet } from 'parquet-wasm/esm';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';

let initialising: Promise<unknown> | undefined;

/** Decodes every column of `file` and returns the table as an Arrow IPC stream. */
export async function parquetToArrowIpc(file: Uint8Array): Promise<Uint8Array> {
  initialising ??= initParquetWasm({ module_or_path: parquetWasmUrl });
  await initialising;
  return readParquet(file).intoIPCStream();
}
