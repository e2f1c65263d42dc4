import type { Database } from './types';

/** The error that `withAbortSignal` raises for a query that was requested after an abort. */
export class QueryAbortedError extends Error {
  constructor() {
    super('The query was cancelled because a newer request replaced it.');
    this.name = 'QueryAbortedError';
  }
}

/**
 * Wraps `db` so that every query started after `signal` is aborted rejects at once.
 * NOTE: a query already running in DuckDB-WASM still finishes, because `query()` cannot be
 * interrupted. The caller drops its result.
 */
export function withAbortSignal(db: Database, signal: AbortSignal): Database {
  return {
    query: (sql, parameters) => {
      if (signal.aborted) return Promise.reject(new QueryAbortedError());
      return db.query(sql, parameters);
    },
  };
}
