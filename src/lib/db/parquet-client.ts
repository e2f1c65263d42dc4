/**
 * Main-thread side of the Parquet worker: one worker, requests matched to replies by id.
 */
import type { ParquetRequest, ParquetResponse } from './parquet.worker';

export interface DecodedParquet {
  ipc: Uint8Array;
  bytes: number;
  milliseconds: number;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<
  number,
  { resolve: (value: DecodedParquet) => void; reject: (error: Error) => void }
>();

function getWorker(): Worker {
  if (worker) return worker;

  worker = new Worker(new URL('./parquet.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<ParquetResponse>) => {
    const reply = event.data;
    const request = pending.get(reply.id);
    if (!request) return;
    pending.delete(reply.id);
    if (reply.ok) request.resolve(reply);
    else request.reject(new Error(reply.message));
  };
  worker.onerror = (event) => {
    const error = new Error(`The Parquet worker failed: ${event.message || 'unknown error'}.`);
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  };
  return worker;
}

/** Fetches and decodes the Parquet file at `url` off the main thread. */
export function decodeParquetUrl(url: string): Promise<DecodedParquet> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    getWorker().postMessage({ id, url } satisfies ParquetRequest);
  });
}

/**
 * Stops the worker when no decode is pending, which frees parquet-wasm's memory: it keeps the
 * largest file and its Arrow copy allocated. The next decode starts a new worker.
 */
export function stopParquetWorkerWhenIdle(): void {
  if (!worker || pending.size > 0) return;
  worker.terminate();
  worker = undefined;
}
