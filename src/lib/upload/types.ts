/** The shapes the upload pipeline passes between the worker, the page and storage. */
import type { Delimiter } from './delimiter';
import type { DecimalMark } from './numbers';
import type { RowProblem } from './problems';

/** The user's code for each unknown country value: an ISO3 code, or `aggregate`. */
export type CountryOverrides = Record<string, string>;

/** One source column kept beside the flows, under a SQL-safe `name`. */
export type ExtraColumn =
  | { header: string; name: string; type: 'number'; values: (number | null)[] }
  | { header: string; name: string; type: 'text'; values: string[] };

/** The accepted rows, one array per column, all of the same length. */
export interface FlowColumns {
  line: number[];
  year: number[];
  yearLabel: (string | null)[];
  origin: string[];
  destination: string[];
  level: string[];
  students: (number | null)[];
  flag: (string | null)[];
  programme: (string | null)[];
  /** True when origin or destination is an aggregate such as World or EU27_2020. */
  aggregate: boolean[];
  extras: ExtraColumn[];
}

export interface UploadReport {
  header: string[];
  delimiter: Delimiter;
  separatorLine: boolean;
  /** Data rows in the file, after blank rows were skipped: `rows + rejectedCount`. */
  sourceRows: number;
  /** Rows accepted into the dataset. */
  rows: number;
  /** Accepted rows whose number of students is missing. */
  missing: number;
  /** Sum of the known counts of accepted rows, aggregate rows left out. */
  total: number;
  /** Accepted rows whose origin is their destination, left out of Sankey and balances. */
  selfFlows: number;
  selfFlowStudents: number;
  /** Accepted rows that name an aggregate, left out of Sankey, balances and the total. */
  aggregateRows: number;
  blankLines: number[];
  /** Lines above the header read as titles and skipped; absent in reports stored before them. */
  titleLines?: number[];
  /** Rows with fewer fields than the header; absent in reports stored before they were counted. */
  shortRows?: { count: number; lines: number[] };
  /**
   * The first rejected rows in line order, with the reason in English and, where the check
   * records one, a structured problem for translation. Rows that could not be split (such as
   * more fields than the header) are included, and `rejectedCount` counts all of them.
   * Datasets stored before the problem was recorded have only the reason.
   */
  rejected: { line: number; reason: string; problem?: RowProblem }[];
  rejectedCount: number;
  /**
   * Country values that are neither a known code, a known name nor an aggregate, the most
   * frequent first.
   */
  unmapped: { value: string; role: 'origin' | 'destination'; rows: number }[];
  /** Distinct unknown country values; `unmapped` lists only the most frequent of them. */
  unmappedCount: number;
  /** Codes kept although they are not ISO 3166-1, such as Kosovo's XKX. */
  nonIsoCodes: string[];
  decimalMark: DecimalMark;
  years: number[];
}
