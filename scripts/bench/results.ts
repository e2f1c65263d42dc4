import type { BundleSize } from './bundle-size';
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
  /** Bare `read_csv` of the synthetic CSV; the product side waits for the upload feature. */
  csvRead: { rows: number; bare: Summary };
  /** Null when the OECD source files are not on this machine. */
  dataBuild: Comparison | null;
  bundle: BundleSize;
  memory: { product: MemorySample; bare: MemorySample };
  scaling: ScalingResult[];
}
