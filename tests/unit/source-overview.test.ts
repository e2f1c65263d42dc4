import { resolve } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { en } from '../../src/lib/i18n/messages/en';
import { fr } from '../../src/lib/i18n/messages/fr';
import { rankBalance } from '../../src/lib/balance-rank';
import { queryPartnerBalances } from '../../src/lib/queries/balance';
import { queryCountryProfile } from '../../src/lib/queries/country-profile';
import { openNodeDatabase, type NodeDatabase } from '../../src/lib/server/duckdb-node';
import {
  leftOutYearsOf,
  overviewLevelsOf,
  overviewYearsOf,
  parseSourceOverview,
  sourceLimits,
  sourceNoticeText,
  stateForSource,
  type MissingDirections,
} from '../../src/lib/sources/source-overview';
import { defaultYearOf, yearsOf } from '../../src/lib/sources/source-years';
import { SOURCES } from '../../src/lib/sources/sources';
import { ASEM_PARTNERS } from '../support/oecd-reference';
import { hasUisSource, readUisPairs } from '../support/uis-reference';

const DATA = resolve(import.meta.dirname, '../../data');
const UIS_TABLES = SOURCES.uis.tables;

let db: NodeDatabase;

beforeAll(async () => {
  db = await openNodeDatabase({
    countries: resolve(DATA, 'countries.parquet'),
    uis_flows: resolve(DATA, 'uis-flows.parquet'),
  });
});

afterAll(() => db.close());

/** Returns the crossing directions with at least one listed pair, per year, from the Parquet. */
async function directionsByYear(): Promise<Map<number, Set<string>>> {
  const rows = await db.query<{ year: number; direction: string }>(
    `SELECT DISTINCT f.year, o.asem_side || '-to-' || d.asem_side AS direction
       FROM uis_flows f
       JOIN countries o ON o.iso3 = f.origin AND o.asem_join_year <= f.year
       JOIN countries d ON d.iso3 = f.destination AND d.asem_join_year <= f.year
      WHERE o.asem_side <> d.asem_side AND f.students > 0`,
  );
  const directions = new Map<number, Set<string>>();
  for (const row of rows) {
    const set = directions.get(row.year) ?? new Set();
    set.add(row.direction);
    directions.set(row.year, set);
  }
  return directions;
}

/** Returns the ASEM side of `iso3` in `year` from the independent membership table, or null. */
function sideIn(iso3: string, year: number): 'asia' | 'europe' | null {
  const partner = Object.values(ASEM_PARTNERS).find(([code]) => code === iso3);
  return partner && partner[2] <= year ? partner[1] : null;
}

describe('UIS years on the overview', () => {
  it('offers the years listed both ways', async () => {
    const directions = await directionsByYear();
    const twoWay = yearsOf('uis').filter((year) => directions.get(year)?.size === 2);

    expect(overviewYearsOf('uis')).toEqual(twoWay);
    expect(overviewYearsOf('uis')[0]).toBe(1998);
    expect(overviewYearsOf('uis').at(-1)).toBe(2019);
  });

  it('names why each year is left out', async () => {
    const directions = await directionsByYear();
    const expected = new Map<number, MissingDirections>();
    for (const year of yearsOf('uis')) {
      const listed = directions.get(year) ?? new Set();
      if (listed.size === 0) expected.set(year, 'both');
      else if (!listed.has('asia-to-europe')) expected.set(year, 'asia-to-europe');
      else expect(listed.has('europe-to-asia')).toBe(true);
    }

    expect(new Map(leftOutYearsOf('uis'))).toEqual(expected);
    expect([...leftOutYearsOf('uis')]).toEqual([
      [2020, 'asia-to-europe'],
      [2021, 'both'],
    ]);
  });

  it.skipIf(!hasUisSource)('left-out years match the raw lists', () => {
    const listed = new Map<number, Set<string>>();
    for (const pair of readUisPairs().values()) {
      const origin = sideIn(pair.origin, pair.year);
      const destination = sideIn(pair.destination, pair.year);
      if (!origin || !destination || origin === destination) continue;
      const set = listed.get(pair.year) ?? new Set();
      set.add(`${origin}-to-${destination}`);
      listed.set(pair.year, set);
    }

    expect(listed.get(2019)?.size).toBe(2);
    expect([...(listed.get(2020) ?? [])]).toEqual(['europe-to-asia']);
    expect(listed.has(2021)).toBe(false);
    for (const year of overviewYearsOf('uis')) expect(listed.get(year)?.size).toBe(2);
  });

  it('default year is on offer', () => {
    expect(overviewYearsOf('uis')).toContain(defaultYearOf('uis'));
    expect(overviewYearsOf('oecd')).toEqual(yearsOf('oecd'));
    expect(leftOutYearsOf('oecd').size).toBe(0);
  });
});

describe('source overview state', () => {
  const uisYears = overviewYearsOf('uis');

  it('replaces a left-out year', () => {
    const parsed = parseSourceOverview(new URLSearchParams('year=2021'), uisYears, 'uis');

    expect(parsed.state.year).toBe(2019);
    expect(parsed.notices).toEqual([]);
    expect(parsed.sourceNotices).toEqual([
      { parameter: 'year', value: 2021, missing: 'both', shown: 2019 },
    ]);
    expect(sourceNoticeText(parsed.sourceNotices[0], en)).toBe(
      'This source lists no flow between ASEM Asia and ASEM Europe for 2021; showing 2019 instead.',
    );
  });

  it('explains a year without Asia to Europe', () => {
    const parsed = parseSourceOverview(new URLSearchParams('year=2020'), uisYears, 'uis');

    expect(parsed.state.year).toBe(2019);
    expect(parsed.sourceNotices).toEqual([
      { parameter: 'year', value: 2020, missing: 'asia-to-europe', shown: 2019 },
    ]);
    expect(sourceNoticeText(parsed.sourceNotices[0], en)).toBe(
      'This source lists no host in ASEM Europe for 2020, so flows from ASEM Asia to ASEM ' +
        'Europe are unknown; showing 2019 instead.',
    );
  });

  it('keeps the generic notice for other years', () => {
    const parsed = parseSourceOverview(new URLSearchParams('year=1990'), uisYears, 'uis');

    expect(parsed.state.year).toBe(2019);
    expect(parsed.sourceNotices).toEqual([]);
    expect(parsed.notices).toEqual([
      { parameter: 'year', value: '1990', first: 1998, last: 2019, shown: 2019 },
    ]);
  });

  it('falls back to all tertiary on UIS', () => {
    const parsed = parseSourceOverview(
      new URLSearchParams('year=2010&level=ISCED11_7'),
      uisYears,
      'uis',
    );

    expect(parsed.state).toEqual({ year: 2010, level: 'ISCED11_5T8', direction: 'asia-to-europe' });
    expect(parsed.notices).toEqual([]);
    expect(parsed.sourceNotices).toEqual([{ parameter: 'level', value: 'ISCED11_7' }]);
    expect(sourceNoticeText(parsed.sourceNotices[0], en)).toBe(
      'UIS counts all tertiary levels together; showing all tertiary levels.',
    );
  });

  it('keeps a level on OECD', () => {
    const parsed = parseSourceOverview(
      new URLSearchParams('level=ISCED11_7'),
      overviewYearsOf('oecd'),
      'oecd',
    );

    expect(parsed.state.level).toBe('ISCED11_7');
    expect(parsed.state.year).toBe(2019);
    expect(parsed.sourceNotices).toEqual([]);
  });

  it('offers levels the source splits', () => {
    expect(overviewLevelsOf('uis')).toEqual(['ISCED11_5T8']);
    expect(overviewLevelsOf('oecd')).toEqual([
      'ISCED11_5T8',
      'ISCED11_5',
      'ISCED11_6',
      'ISCED11_7',
      'ISCED11_8',
    ]);
  });

  it('adapts the state to a new source', () => {
    const direction = 'europe-to-asia' as const;

    expect(stateForSource({ year: 2018, level: 'ISCED11_6', direction }, 'uis')).toEqual({
      year: 2018,
      level: 'ISCED11_5T8',
      direction,
    });
    expect(stateForSource({ year: 2005, level: 'ISCED11_5T8', direction }, 'oecd')).toEqual({
      year: 2019,
      level: 'ISCED11_5T8',
      direction,
    });
    expect(stateForSource({ year: 2014, level: 'ISCED11_8', direction }, 'oecd')).toEqual({
      year: 2014,
      level: 'ISCED11_8',
      direction,
    });
  });

  it('states the limits of each source', () => {
    expect(sourceLimits('oecd', en)).toEqual([]);
    expect(sourceLimits('uis', en)).toEqual([
      'Left out of the year menu: 2020, as no host in ASEM Europe is listed, so Asia → Europe ' +
        'is unknown; 2021, as no flow between the sides is listed.',
      'This source counts all tertiary levels together.',
    ]);
    expect(sourceLimits('uis', fr)[1]).toBe(
      'Cette source compte tous les niveaux du supérieur ensemble.',
    );
  });
});

describe('UIS balances with unlisted pairs', () => {
  const YEAR = 2019;

  /** Sums the listed pairs across the sides per partner from the raw lists; absent if none. */
  function referenceSums(): { inbound: Map<string, number>; outbound: Map<string, number> } {
    const inbound = new Map<string, number>();
    const outbound = new Map<string, number>();
    for (const pair of readUisPairs().values()) {
      if (pair.year !== YEAR) continue;
      const origin = sideIn(pair.origin, YEAR);
      const destination = sideIn(pair.destination, YEAR);
      if (!origin || !destination || origin === destination) continue;
      inbound.set(pair.destination, (inbound.get(pair.destination) ?? 0) + pair.students);
      outbound.set(pair.origin, (outbound.get(pair.origin) ?? 0) + pair.students);
    }
    return { inbound, outbound };
  }

  it.skipIf(!hasUisSource)('leave unlisted counts unknown', async () => {
    const reference = referenceSums();
    const rows = await queryPartnerBalances(
      db,
      { year: YEAR, level: 'ISCED11_5T8', missingPairMeansZero: false },
      UIS_TABLES,
    );

    expect(rows.length).toBe(
      Object.values(ASEM_PARTNERS).filter(([, , joined]) => joined <= YEAR).length,
    );
    for (const row of rows) {
      const inbound = reference.inbound.get(row.iso3);
      const outbound = reference.outbound.get(row.iso3);
      if (inbound === undefined) expect(row.inbound, row.iso3).toBeNull();
      else expect(row.inbound, row.iso3).toBeCloseTo(inbound, 6);
      if (outbound === undefined) expect(row.outbound, row.iso3).toBeNull();
      else expect(row.outbound, row.iso3).toBeCloseTo(outbound, 6);
      expect(row.inbound, row.iso3).not.toBe(0);
      expect(row.outbound, row.iso3).not.toBe(0);
    }
  });

  it.skipIf(!hasUisSource)('unknown rows include Japan and Germany', async () => {
    const rows = await queryPartnerBalances(
      db,
      { year: YEAR, level: 'ISCED11_5T8', missingPairMeansZero: false },
      UIS_TABLES,
    );
    const japan = rows.find((row) => row.iso3 === 'JPN');
    const germany = rows.find((row) => row.iso3 === 'DEU');

    expect(referenceSums().inbound.has('JPN')).toBe(false);
    expect(japan?.inbound).toBeNull();
    expect(japan?.outbound).toBeGreaterThan(0);
    expect(referenceSums().outbound.has('DEU')).toBe(false);
    expect(germany?.outbound).toBeNull();
    expect(germany?.inbound).toBeGreaterThan(0);
  });

  it('country profile leaves rank unknown', async () => {
    const profile = await queryCountryProfile(
      db,
      'JPN',
      { year: YEAR, level: 'ISCED11_5T8' },
      SOURCES.uis,
    );
    const japan = profile.balances.find((row) => row.iso3 === 'JPN');

    expect(japan?.inbound).toBeNull();
    expect(rankBalance(profile.balances, 'JPN')).toEqual({
      index: null,
      rank: null,
      ranked: profile.balances.filter((row) => row.inbound !== null && row.outbound !== null)
        .length,
    });
  });

  it('default option counts unlisted as 0', async () => {
    const rows = await queryPartnerBalances(db, { year: YEAR, level: 'ISCED11_5T8' }, UIS_TABLES);

    expect(rows.find((row) => row.iso3 === 'JPN')?.inbound).toBe(0);
    expect(rows.find((row) => row.iso3 === 'DEU')?.outbound).toBe(0);
  });
});
