import { describe, expect, it } from 'vitest';
import { withQueryCache } from '../../src/lib/db/query-cache';
import type { Database, ResultRow, SqlParameter } from '../../src/lib/db/types';

/** A database that counts its queries and returns the parameters as one row. */
function countingDatabase(fail = false) {
  const calls: string[] = [];
  const db: Database = {
    query: async <T extends ResultRow>(sql: string, parameters: readonly SqlParameter[] = []) => {
      calls.push(`${sql} ${JSON.stringify(parameters)}`);
      if (fail) throw new Error('query failed');
      return [{ value: parameters.join(',') }] as unknown as T[];
    },
  };
  return { db, calls };
}

describe('withQueryCache', () => {
  it('runs a repeated statement once', async () => {
    const { db, calls } = countingDatabase();
    const cached = withQueryCache(db);
    const first = await cached.query('SELECT ?', [1]);
    const second = await cached.query('SELECT ?', [1]);
    expect(second).toBe(first);
    expect(calls).toHaveLength(1);
  });

  it('runs again for other parameters', async () => {
    const { db, calls } = countingDatabase();
    const cached = withQueryCache(db);
    await cached.query('SELECT ?', [1]);
    await cached.query('SELECT ?', ['1']);
    expect(calls).toHaveLength(2);
  });

  it('evicts the least recently used entry', async () => {
    const { db, calls } = countingDatabase();
    const cached = withQueryCache(db, 2);
    await cached.query('SELECT ?', [1]);
    await cached.query('SELECT ?', [2]);
    await cached.query('SELECT ?', [1]);
    await cached.query('SELECT ?', [3]);
    await cached.query('SELECT ?', [1]);
    expect(calls).toHaveLength(3);
    await cached.query('SELECT ?', [2]);
    expect(calls).toHaveLength(4);
  });

  it('does not keep a failed query', async () => {
    const { db, calls } = countingDatabase(true);
    const cached = withQueryCache(db);
    await expect(cached.query('SELECT 1')).rejects.toThrow('query failed');
    await expect(cached.query('SELECT 1')).rejects.toThrow('query failed');
    expect(calls).toHaveLength(2);
  });
});
