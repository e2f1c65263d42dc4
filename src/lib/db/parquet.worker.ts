/**
 * Web Worker that fetches a Parquet file and decodes it to an Arrow IPC stream, so the page
 * stays responsive while a large file is decoded.
 */
import { parquetToArrowIpc } from './parquet-to-arrow';

export interface ParquetRequest {
  id: number;
  url: string;
}

export type ParquetResponse =
  | { id: number; ok: true; ipc: Uint8Array; bytes: number; milliseconds: number }
  | { id: number; ok: false; message: string };

self.onmessage = async (event: MessageEvent<ParquetRequest>) => {
  const { id, url } = event.data;
  const started = performance.now();

  try {
    const response = await fetch(url);
    if (!response.ok) {
      throw new Error(`Fetching ${url} failed with HTTP ${response.status}.`);
    }
    const file = await response.arrayBuffer();
    const ipc = await parquetToArrowIpc(new Uint8Array(file));
    const reply: ParquetResponse = {
      id,
      ok: true,
      ipc,
      bytes: file.byteLength,
      milliseconds: performance.now() - started,
    };
    self.postMessage(reply, { transfer: [ipc.buffer] });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    self.postMessage({ id, ok: false, message } satisfies ParquetResponse);
  }
};
