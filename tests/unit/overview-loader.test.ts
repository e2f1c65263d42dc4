import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, ResultRow, SqlParameter } from '../../src/lib/db/types';
import { createOverviewLoader } from '../../src/lib/overview-loader';
import { queryOverview, type OverviewFilter } from '../../src/lib/queries/overview';
import { openNodeDatabase, type NodeDatabase } from '../../src/lib/server/duckdb-node';
import { loadDefaultOverview } from '../../src/lib/server/default-overview';

const DATA = resolve(import.meta.dirname, '../../data');
const DEFAULT: OverviewFilter = { year: 2019, level: 'ISCED11_5T8', direction: 'asia-to-europe' };
const OTHER: OverviewFilter = { year: 2016, level: 'ISCED11_7', direction: 'asia-to-europe' };

let db: NodeDatabase;
let queries: string[];
let counting: Database;

beforeAll(async () => {
  db = await openNodeDatabase({
    flows: resolve(DATA, 'flows.parquet'),
    countries: resolve(DATA, 'countries.parquet'),
  });
  counting = {
    query: <T extends ResultRow>(sql: string, parameters?: readonly SqlParameter[]) => {
      queries.push(sql);
      return db.query<T>(sql, parameters);
    },
  };
});

afterAll(() => db.close());

describe('overview loader', () => {
  it('returns the prerendered view without a query', async () => {
    queries = [];
    const prerendered = (await loadDefaultOverview(DATA)).overview;
    let opened = 0;
    const loader = createOverviewLoader({
      prerendered,
      openDatabase: async () => (opened++, counting),
    });
    expect(loader.load(DEFAULT)).toBe(prerendered);
    expect(opened).toBe(0);
  });

  it('prerendered view equals the queried one', async () => {
    const prerendered = (await loadDefaultOverview(DATA)).overview;
    expect(prerendered).toEqual(await queryOverview(db, DEFAULT));
  });

  it('last request wins', async () => {
    queries = [];
    const loader = createOverviewLoader({ prerendered: null, openDatabase: async () => counting });
    const first = loader.load({ ...OTHER, year: 2014 });
    const second = loader.load({ ...OTHER, year: 2015 });
    const third = loader.load(OTHER);

    expect(await first).toBeNull();
    expect(await second).toBeNull();
    const data = await third;
    expect(data?.filter).toEqual(OTHER);
    expect(data).toEqual(await queryOverview(db, OTHER));
  });

  it('aborted request runs no further query', async () => {
    queries = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolveGate) => (release = resolveGate));
    let calls = 0;
    const slowFirst: Database = {
      query: async <T extends ResultRow>(sql: string, parameters?: readonly SqlParameter[]) => {
        if (++calls === 1) await gate;
        return counting.query<T>(sql, parameters);
      },
    };
    const loader = createOverviewLoader({ prerendered: null, openDatabase: async () => slowFirst });

    const stale = loader.load({ year: 2014, level: 'ISCED11_6', direction: 'asia-to-europe' });
    await new Promise((wait) => setTimeout(wait, 10));
    const fresh = loader.load(OTHER);
    release();

    expect(await stale).toBeNull();
    expect((await fresh)?.filter).toEqual(OTHER);
    // The stale request ran its first query only; the fresh one ran all five of a view.
    expect(queries).toHaveLength(6);
  });

  it('direction change reruns one query', async () => {
    queries = [];
    const loader = createOverviewLoader({ prerendered: null, openDatabase: async () => counting });
    await loader.load(OTHER);
    const before = queries.length;
    const flipped = await loader.load({ ...OTHER, direction: 'europe-to-asia' });
    expect(queries.length - before).toBe(1);
    expect(flipped).toEqual(await queryOverview(db, { ...OTHER, direction: 'europe-to-asia' }));
  });
});
