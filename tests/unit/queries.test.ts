import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDatabase, type NodeDatabase } from '../../src/lib/server/duckdb-node';
import { queryPartnerBalances } from '../../src/lib/queries/balance';
import { queryHostCoverage } from '../../src/lib/queries/coverage';
import { queryHeadlineSeries } from '../../src/lib/queries/headline';
import { querySideFlows } from '../../src/lib/queries/side-flows';
import { queryYears } from '../../src/lib/queries/years';
import {
  ASEM_PARTNERS,
  hasSource,
  referenceBalance,
  referenceHeadline,
  referenceHostCounts,
} from '../support/oecd-reference';
import { queryHostCounts } from '../../src/lib/queries/host-counts';

const DATA = resolve(import.meta.dirname, '../../data');

let db: NodeDatabase;

beforeAll(async () => {
  db = await openNodeDatabase({
    flows: resolve(DATA, 'flows.parquet'),
    countries: resolve(DATA, 'countries.parquet'),
  });
});

afterAll(() => db.close());

describe('queries on the embedded data', () => {
  it('lists the years 2013 to 2019', async () => {
    expect(await queryYears(db)).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019]);
  });

  it.skipIf(!hasSource)('headline series equals the source', async () => {
    for (const level of ['ISCED11_5T8', 'ISCED11_6', 'ISCED11_8'] as const) {
      const series = await queryHeadlineSeries(db, level);
      expect(series.map((row) => row.year)).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019]);
      for (const row of series) {
        const expected = referenceHeadline(row.year, level);
        expect(row.asiaToEurope, `${level} ${row.year} Asia to Europe`).toBe(expected.asiaToEurope);
        expect(row.europeToAsia, `${level} ${row.year} Europe to Asia`).toBe(expected.europeToAsia);
        expect(typeof row.asiaToEurope).toBe('number');
      }
    }
  });

  it('side flows contain the published Korea and Japan pairs', async () => {
    const toEurope = await querySideFlows(db, {
      year: 2019,
      level: 'ISCED11_5T8',
      direction: 'asia-to-europe',
    });
    const toAsia = await querySideFlows(db, {
      year: 2019,
      level: 'ISCED11_5T8',
      direction: 'europe-to-asia',
    });
    const find = (flows: typeof toEurope, origin: string, destination: string) =>
      flows.find((flow) => flow.origin === origin && flow.destination === destination)?.students;

    // Figures quoted by the dataset's documentation.
    expect(find(toEurope, 'KOR', 'DEU')).toBe(5328);
    expect(find(toAsia, 'DEU', 'KOR')).toBe(103);
    expect(find(toEurope, 'JPN', 'GBR')).toBe(2684);
    expect(find(toAsia, 'GBR', 'JPN')).toBe(571);
    expect(toEurope.every((flow) => flow.students > 0)).toBe(true);
  });

  it.skipIf(!hasSource)('balances equal the source for every partner', async () => {
    const rows = await queryPartnerBalances(db, { year: 2019, level: 'ISCED11_5T8' });
    expect(rows).toHaveLength(51);
    for (const row of rows) {
      const expected = referenceBalance(row.iso3, 2019, 'ISCED11_5T8');
      expect(row.inbound, `${row.iso3} inbound`).toBe(expected.inbound);
      expect(row.outbound, `${row.iso3} outbound`).toBe(expected.outbound);
      expect(row.side).toBe(expected.side);
    }
  });

  it('all-zero hosts have unknown inbound', async () => {
    const rows2019 = await queryPartnerBalances(db, { year: 2019, level: 'ISCED11_5T8' });
    const slovenia = rows2019.find((row) => row.iso3 === 'SVN');
    expect(slovenia?.inbound).toBeNull();
    expect(slovenia?.hostReported).toBe(false);

    const rows2013 = await queryPartnerBalances(db, { year: 2013, level: 'ISCED11_5T8' });
    expect(rows2013.find((row) => row.iso3 === 'ITA')?.inbound).toBeNull();
    expect(rows2013.find((row) => row.iso3 === 'DEU')?.inbound).toBeGreaterThan(0);
  });

  it.skipIf(!hasSource)('host counts per year equal the source', async () => {
    const counts = await queryHostCounts(db, 'ISCED11_5T8');
    expect(counts).toHaveLength(7);
    for (const row of counts) {
      const expected = referenceHostCounts(row.year, 'ISCED11_5T8');
      expect(row.asiaHosts, `${row.year} Asian hosts`).toBe(expected.asiaHosts);
      expect(row.europeHosts, `${row.year} European hosts`).toBe(expected.europeHosts);
    }
  });

  it('balances of 2013 have 49 partners', async () => {
    const rows = await queryPartnerBalances(db, { year: 2013, level: 'ISCED11_5T8' });
    const codes = rows.map((row) => row.iso3);
    expect(codes).toHaveLength(49);
    expect(codes).not.toContain('HRV');
    expect(codes).not.toContain('KAZ');
  });

  it('coverage lists the five Asian hosts', async () => {
    const coverage = await queryHostCoverage(db, 2019, 'ISCED11_5T8');
    const asia = coverage.find((entry) => entry.side === 'asia');
    const europe = coverage.find((entry) => entry.side === 'europe');
    expect(asia?.reporting).toEqual(['AUS', 'JPN', 'NZL', 'RUS', 'KOR']);
    expect(asia?.notReporting).toHaveLength(16);
    // Slovenia's host counts are all 0 in 2019, so it counts as not reporting.
    expect(europe?.reporting).toHaveLength(24);
    expect(europe?.notReporting).toEqual(['BGR', 'HRV', 'CYP', 'MLT', 'ROU', 'SVN']);
  });

  it('partners in the reference all exist', () => {
    expect(Object.keys(ASEM_PARTNERS)).toHaveLength(51);
  });
});
