/**
 * Loads the overview for one filter at a time: the last request wins. A new request aborts the
 * previous one, which then runs no further query and resolves to null, so a slow old answer can
 * never replace a newer one on the page.
 */
import { QueryAbortedError, withAbortSignal } from './db/abortable';
import { withQueryCache } from './db/query-cache';
import type { Database } from './db/types';
import { queryOverview, type OverviewData, type OverviewFilter } from './queries/overview';

export interface OverviewLoader {
  /**
   * Returns the prerendered data at once when `filter` is the prerendered view, else a promise
   * of the queried data, which resolves to null when a later call has replaced this one.
   */
  load(filter: OverviewFilter): OverviewData | Promise<OverviewData | null>;
}

export interface OverviewLoaderOptions {
  /** The view computed at build time, returned without a query when its filter is requested. */
  prerendered: OverviewData | null;
  /** Opens the database on first use, so that DuckDB-WASM is fetched only when needed. */
  openDatabase: () => Promise<Database>;
  /** Runs the queries of one view; `queryOverview` unless a test replaces it. */
  queryView?: (db: Database, filter: OverviewFilter) => Promise<OverviewData>;
}

export function sameFilter(a: OverviewFilter, b: OverviewFilter): boolean {
  return a.year === b.year && a.level === b.level && a.direction === b.direction;
}

export function createOverviewLoader(options: OverviewLoaderOptions): OverviewLoader {
  const queryView = options.queryView ?? queryOverview;
  let current: AbortController | undefined;
  let cached: { db: Database; cachingDb: Database } | undefined;

  // Results are cached per database: the default dataset never changes once loaded.
  const cachingFor = (db: Database) => {
    if (cached?.db !== db) cached = { db, cachingDb: withQueryCache(db) };
    return cached.cachingDb;
  };

  return {
    load(filter) {
      current?.abort();
      const controller = new AbortController();
      current = controller;

      if (options.prerendered && sameFilter(filter, options.prerendered.filter)) {
        return options.prerendered;
      }
      return queryUnlessAborted(filter, controller);
    },
  };

  async function queryUnlessAborted(filter: OverviewFilter, controller: AbortController) {
    try {
      const db = await options.openDatabase();
      if (controller.signal.aborted) return null;
      const data = await queryView(withAbortSignal(cachingFor(db), controller.signal), filter);
      return controller.signal.aborted ? null : data;
    } catch (error) {
      if (controller.signal.aborted || error instanceof QueryAbortedError) return null;
      throw error;
    }
  }
}
