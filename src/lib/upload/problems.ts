/**
 * Structured forms of the upload pipeline's messages, so the page can show them in the
 * interface language. Each error and rejection also keeps its English text for logs and tests.
 */

import type { BinaryKind } from './file-kind';

/** A step of the upload worker, reported with its progress. */
export type UploadStage =
  | 'starting'
  | 'reading'
  | 'decoding-parquet'
  | 'splitting'
  | 'reading-database'
  | 'checking'
  | 'checking-values'
  | 'encoding'
  | 'saving'
  | 'loading-database'
  | 'opening';

/** The reason one row of the file was rejected. */
export type RowProblem =
  | { kind: 'year'; value: string }
  | { kind: 'level'; value: string }
  | { kind: 'count-not-number'; value: string }
  | { kind: 'count-negative'; value: string }
  | { kind: 'count-not-whole'; value: string }
  | { kind: 'country'; role: 'origin' | 'destination'; value: string }
  | { kind: 'typed-code'; role: 'origin' | 'destination'; value: string; code: string };

/** The reason reading or checking a whole file failed. */
export type UploadProblem =
  | { kind: 'file-too-large'; file: string; megabytes: number; maximum: number }
  | { kind: 'too-large-for-browser'; detail: string }
  | { kind: 'empty-file' }
  | { kind: 'not-text'; file: string; fileKind: BinaryKind }
  | { kind: 'cancelled' };

/** An error with its structured problem, which survives the trip from the worker. */
export class UploadProblemError extends Error {
  constructor(
    message: string,
    readonly problem: UploadProblem,
  ) {
    super(message);
    this.name = 'UploadProblemError';
  }
}
