/**
 * Parquet encoding in the browser with parquet-wasm, the same library that reads the embedded
 * data, so an exported file reads back with the reader this site uses.
 */
import initParquetWasm, {
  Compression,
  Table as WasmTable,
  WriterPropertiesBuilder,
  readParquet,
  writeParquet,
} from 'parquet-wasm/esm';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';

let initialising: Promise<unknown> | undefined;

function ready(): Promise<unknown> {
  initialising ??= initParquetWasm({ module_or_path: parquetWasmUrl });
  return initialising;
}

/** Encodes an Arrow IPC stream as a Snappy-compressed Parquet file. */
export async function ipcToParquet(ipc: Uint8Array): Promise<Uint8Array> {
  await ready();
  const properties = new WriterPropertiesBuilder().setCompression(Compression.SNAPPY).build();
  return writeParquet(WasmTable.fromIPCStream(ipc), properties);
}

/** Decodes a Parquet file to an Arrow IPC stream. */
export async function parquetToIpc(file: Uint8Array): Promise<Uint8Array> {
  await ready();
  return readParquet(file).intoIPCStream();
}
