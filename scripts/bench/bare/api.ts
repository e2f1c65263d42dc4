/** Functions and timings that the bare baseline page puts on `window` for the harness. */

/** One SQL statement with the values bound to its `?` placeholders. */
export interface TimedQuery {
  sql: string;
  parameters: (string | number | boolean | null)[];
}

export interface BareApi {
  /** Milliseconds from navigation start until `SELECT 42` returned. */
  firstResultAt: number;
  /** Decodes the Parquet file at `url` and loads it as table `name`; returns milliseconds. */
  loadParquet(name: string, url: string): Promise<number>;
  /** Runs `queries` one after another, as the product does; returns milliseconds. */
  timeQueries(queries: TimedQuery[]): Promise<number>;
  /** Fetches a CSV file and creates a table from DuckDB's `read_csv`; returns milliseconds. */
  timeReadCsv(url: string): Promise<{ milliseconds: number; rows: number }>;
}

declare global {
  interface Window {
    bare?: BareApi;
    /** The error message when the bare page failed to start. */
    bareFailed?: string;
  }
}
