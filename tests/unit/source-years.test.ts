import { resolve } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { parseOverviewState } from '../../src/lib/overview-state';
import { openNodeDatabase, type NodeDatabase } from '../../src/lib/server/duckdb-node';
import { defaultYearOf, yearsOf } from '../../src/lib/sources/source-years';
import { en } from '../../src/lib/i18n/messages/en';
import { parseViewState, viewNoticeText } from '../../src/lib/sources/source-state';

const DATA = resolve(import.meta.dirname, '../../data');

let db: NodeDatabase;

beforeAll(async () => {
  db = await openNodeDatabase({
    flows: resolve(DATA, 'flows.parquet'),
    countries: resolve(DATA, 'countries.parquet'),
    uis_flows: resolve(DATA, 'uis-flows.parquet'),
  });
});

afterAll(() => db.close());

/** Returns the latest year with flows both ways between the ASEM sides, from the Parquet. */
async function lastTwoWayYear(flows: string): Promise<number> {
  const rows = await db.query<{ year: number }>(
    `SELECT max(year) AS year FROM (
       SELECT f.year
         FROM ${flows} f
         JOIN countries o ON o.iso3 = f.origin
         JOIN countries d ON d.iso3 = f.destination
        WHERE o.asem_side IS NOT NULL AND d.asem_side IS NOT NULL
          AND o.asem_side <> d.asem_side AND f.students > 0
        GROUP BY f.year
       HAVING count(DISTINCT o.asem_side) = 2)`,
  );
  return rows[0].year;
}

describe('default year of each source', () => {
  it('OECD opens on its latest year', async () => {
    expect(defaultYearOf('oecd')).toBe(await lastTwoWayYear('flows'));
    expect(defaultYearOf('oecd')).toBe(2019);
  });

  it('UIS opens on its last two-way year', async () => {
    expect(defaultYearOf('uis')).toBe(await lastTwoWayYear('uis_flows'));
    expect(yearsOf('uis')).toContain(defaultYearOf('uis'));
    expect(yearsOf('uis').at(-1)).toBe(2021);
  });

  it('view state takes the UIS default year', () => {
    const parsed = parseViewState(new URLSearchParams('source=uis'), yearsOf);

    expect(parsed.state.year).toBe(2019);
    expect(parsed.notices).toEqual([]);
  });

  it('view state names the year shown for a bad year', () => {
    const parsed = parseViewState(new URLSearchParams('source=uis&year=1900'), yearsOf);

    expect(parsed.state.year).toBe(2019);
    expect(parsed.notices).toEqual([
      { parameter: 'year', value: '1900', first: 1998, last: 2021, shown: 2019 },
    ]);
    expect(viewNoticeText(parsed.notices[0], en.views)).toBe(
      'The year "1900" is not in this source (1998–2021); showing 2019 instead.',
    );
  });

  it('overview state takes a given default year', () => {
    const years = [2019, 2020, 2021];

    expect(parseOverviewState(new URLSearchParams(), years, 2020).state.year).toBe(2020);
    expect(parseOverviewState(new URLSearchParams('year=2021'), years, 2020).state.year).toBe(2021);
    expect(parseOverviewState(new URLSearchParams(), years, 1990).state.year).toBe(2021);
    expect(parseOverviewState(new URLSearchParams(), years).state.year).toBe(2021);
  });

  it('overview notice names the year shown', () => {
    const parsed = parseOverviewState(new URLSearchParams('year=1999'), [2020, 2021], 2020);

    expect(parsed.notices).toEqual([
      { parameter: 'year', value: '1999', first: 2020, last: 2021, shown: 2020 },
    ]);
  });
});
