/** Messages between the upload page and the upload worker. */
import type { ColumnMapping } from './column-mapping';
import type { TextEncoding } from './decode-text';
import type { Delimiter } from './delimiter';
import type { UploadProblem, UploadStage } from './problems';
import type { CountryOverrides, UploadReport } from './types';

export type WorkerRequest =
  | { type: 'inspect'; file: File; encoding?: TextEncoding; delimiter?: Delimiter }
  | { type: 'convert'; mapping: ColumnMapping; overrides: CountryOverrides }
  /** Encodes rows that DuckDB returned as an Arrow IPC file, for storage. */
  | { type: 'encode'; ipc: Uint8Array };

export interface Inspection {
  format: 'text' | 'parquet';
  header: string[];
  mapping: ColumnMapping;
  /** Null for Parquet, which has no text encoding or delimiter. */
  encoding: TextEncoding | null;
  delimiter: Delimiter | null;
  separatorLine: boolean;
  sourceRows: number;
  /** The first rows' cells, for the mapping preview. */
  preview: string[][];
}

export interface Conversion {
  report: UploadReport;
  /** Arrow IPC stream of the accepted flows, for DuckDB-WASM. */
  ipc: Uint8Array;
  /** The same table as Parquet, for storage and export. */
  parquet: Uint8Array;
  /** English names of the countries in the flows, keyed by ISO3 code. */
  countryNames: Record<string, string>;
}

export type WorkerResponse =
  | { type: 'progress'; stage: UploadStage; share: number }
  | { type: 'inspected'; inspection: Inspection }
  | { type: 'converted'; conversion: Conversion }
  | { type: 'encoded'; parquet: Uint8Array }
  | { type: 'error'; message: string; problem?: UploadProblem };
