/**
 * Main-thread side of the upload worker: one worker per upload, so that cancelling is
 * terminating it, which stops the work at once and leaves nothing stored.
 */
import type { ColumnMapping } from './column-mapping';
import type { TextEncoding } from './decode-text';
import type { Delimiter } from './delimiter';
import { UploadProblemError, type UploadStage } from './problems';
import type { CountryOverrides } from './types';
import type { Conversion, Inspection, WorkerRequest, WorkerResponse } from './worker-protocol';

export type ProgressListener = (stage: UploadStage, share: number) => void;

/** Raised by a request that `cancel()` stopped. */
export class UploadCancelledError extends Error {
  constructor() {
    super('The upload was cancelled; nothing was stored.');
    this.name = 'UploadCancelledError';
  }
}

export class UploadSession {
  private worker: Worker;
  private rejectPending: ((error: Error) => void) | null = null;

  constructor() {
    this.worker = new Worker(new URL('./upload.worker.ts', import.meta.url), { type: 'module' });
  }

  private request<T>(
    message: WorkerRequest,
    onProgress: ProgressListener,
    pick: (response: WorkerResponse) => T | undefined,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.rejectPending = reject;
      this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
        const response = event.data;
        if (response.type === 'progress') return onProgress(response.stage, response.share);
        this.rejectPending = null;
        if (response.type === 'error') {
          const { message, problem } = response;
          return reject(problem ? new UploadProblemError(message, problem) : new Error(message));
        }
        const value = pick(response);
        if (value === undefined) reject(new Error(`Unexpected reply "${response.type}".`));
        else resolve(value);
      };
      this.worker.onerror = (event) => {
        this.rejectPending = null;
        reject(new Error(`The upload worker failed: ${event.message || 'unknown error'}.`));
      };
      this.worker.postMessage(message);
    });
  }

  /** Reads `file`, splits it into rows and guesses the column mapping. */
  inspect(
    file: File,
    options: { encoding?: TextEncoding; delimiter?: Delimiter },
    onProgress: ProgressListener,
  ): Promise<Inspection> {
    return this.request({ type: 'inspect', file, ...options }, onProgress, (response) =>
      response.type === 'inspected' ? response.inspection : undefined,
    );
  }

  /** Validates every row with `mapping` and encodes the accepted flows. */
  convert(
    mapping: ColumnMapping,
    overrides: CountryOverrides,
    onProgress: ProgressListener,
  ): Promise<Conversion> {
    return this.request({ type: 'convert', mapping, overrides }, onProgress, (response) =>
      response.type === 'converted' ? response.conversion : undefined,
    );
  }

  /** Encodes an Arrow IPC file of DuckDB's as the Parquet that datasets are stored as. */
  encode(ipc: Uint8Array, onProgress: ProgressListener): Promise<Uint8Array> {
    return this.request({ type: 'encode', ipc }, onProgress, (response) =>
      response.type === 'encoded' ? response.parquet : undefined,
    );
  }

  /** Stops the worker; a pending request fails with `UploadCancelledError`. */
  cancel(): void {
    this.worker.terminate();
    this.rejectPending?.(new UploadCancelledError());
    this.rejectPending = null;
  }
}
