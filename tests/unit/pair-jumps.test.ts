import { resolve } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { queryPairJumps, type PairJump } from '../../src/lib/queries/pair-jumps';
import { openNodeDatabase, type NodeDatabase } from '../../src/lib/server/duckdb-node';
import { ASEM_PARTNERS, hasSource, readSourceRows } from '../support/oecd-reference';

const DATA = resolve(import.meta.dirname, '../../data');
const ALL = 'ISCED11_5T8';

let db: NodeDatabase;

beforeAll(async () => {
  db = await openNodeDatabase({
    flows: resolve(DATA, 'flows.parquet'),
    countries: resolve(DATA, 'countries.parquet'),
  });
});

afterAll(() => db.close());

/** Cross-side pair counts of one year and level, by `origin>destination`, from the raw CSV. */
function rawPairs(year: number, level: string, membersOf: number): Map<string, number> {
  const pairs = new Map<string, number>();
  for (const row of readSourceRows()) {
    if (row.year !== year || row.level !== level) continue;
    const origin = ASEM_PARTNERS[row.origin];
    const host = ASEM_PARTNERS[row.host];
    if (!origin || !host || origin[2] > membersOf || host[2] > membersOf) continue;
    if (origin[1] === host[1]) continue;
    const key = `${origin[0]}>${host[0]}`;
    pairs.set(key, (pairs.get(key) ?? 0) + row.students);
  }
  return pairs;
}

/** Applies the default rule (change ≥ 1,000, factor ≥ 3) to pairs summed from the raw rows. */
function referenceJumps(year: number): PairJump[] {
  const before = rawPairs(year - 1, ALL, year);
  const after = rawPairs(year, ALL, year);
  const jumps: PairJump[] = [];
  for (const [key, count] of after) {
    const previous = before.get(key);
    if (previous === undefined) continue;
    const large = Math.abs(count - previous) >= 1000;
    const sharp = count >= 3 * previous || previous >= 3 * count;
    if (!large || !sharp) continue;
    const [origin, destination] = key.split('>');
    const side = Object.values(ASEM_PARTNERS).find(([iso3]) => iso3 === origin)?.[1];
    jumps.push({ origin, destination, originSide: side!, before: previous, after: count });
  }
  return jumps
    .sort((a, b) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before))
    .slice(0, 5);
}

describe.skipIf(!hasSource)('pair jumps on OECD data', () => {
  it('flags Portugal to Russia in 2019', async () => {
    const jumps = await queryPairJumps(db, { year: 2019, level: ALL });

    expect(jumps).toEqual([
      { origin: 'PRT', destination: 'RUS', originSide: 'europe', before: 13, after: 4965 },
    ]);
  });

  it('equals the raw file each year', async () => {
    for (const year of [2014, 2015, 2016, 2017, 2018, 2019]) {
      const jumps = await queryPairJumps(db, { year, level: ALL });

      expect(jumps, String(year)).toEqual(referenceJumps(year));
    }
  });

  it('follows the given rule', async () => {
    const rule = { minimumChange: 500, minimumFactor: 2, limit: 2 };
    const jumps = await queryPairJumps(db, { year: 2019, level: ALL }, undefined, rule);

    expect(jumps).toHaveLength(2);
    for (const jump of jumps) {
      expect(Math.abs(jump.after - jump.before)).toBeGreaterThanOrEqual(500);
      expect(Math.max(jump.after, jump.before)).toBeGreaterThanOrEqual(
        2 * Math.min(jump.after, jump.before),
      );
    }
  });
});
