import type { Database, ResultRow, SqlParameter } from './types';

/**
 * Wraps `db` so that a statement run again with the same parameters returns the rows of its
 * first run. The overview's queries are independent of one another, so a filter change reruns
 * only those whose parameters changed: a new direction, for example, reruns one query of four.
 *
 * The rows are shared between callers and must not be mutated. The cache is valid only while
 * the tables stay as they are: create a new wrapper after loading or replacing a table.
 * It keeps the `maxEntries` most recently used results.
 */
export function withQueryCache(db: Database, maxEntries = 64): Database {
  const cache = new Map<string, Promise<ResultRow[]>>();

  return {
    query<T extends ResultRow>(
      sql: string,
      parameters: readonly SqlParameter[] = [],
    ): Promise<T[]> {
      const key = JSON.stringify([sql, parameters]);
      const cached = cache.get(key);
      if (cached) {
        // Map keeps insertion order, so re-inserting marks the entry as most recently used.
        cache.delete(key);
        cache.set(key, cached);
        return cached as Promise<T[]>;
      }

      const running = db.query<T>(sql, parameters);
      cache.set(key, running);
      // A failed query is not cached, so that a retry runs it again.
      running.catch(() => cache.delete(key));
      if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
      return running;
    },
  };
}
