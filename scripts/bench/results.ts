import type { BundleSize } from './bundle-size';
import type { UploadSample } from './csv-upload';
import type { MemorySample } from './memory';
import type { Summary } from './stats';

/** A product figure against its bare baseline, in milliseconds. */
export interface Comparison {
  product: Summary;
  bare: Summary;
}

/** Figures of one synthetic dataset size. */
export interface ScalingResult {
  rows: number;
  parquetBytes: number;
  firstChart: Comparison;
  /** From navigation start until DuckDB-WASM has loaded the flows and can query them. */
  databaseReady: Summary;
  filterChange: Comparison;
  memory: MemorySample;
}

export interface BenchResults {
  runs: number;
  firstChart: Comparison;
  filterChange: Comparison;
  /** The synthetic CSV through the upload page against the bare page's `read_csv`. */
  csvUpload: { rows: number; product: Summary; bare: Summary; samples: UploadSample[] };
  /** Null when the OECD source files are not on this machine. */
  dataBuild: Comparison | null;
  bundle: BundleSize;
  memory: { product: MemorySample; bare: MemorySample };
  scaling: ScalingResult[];
}
