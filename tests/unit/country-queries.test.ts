import { resolve } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { queryCountryLevels } from '../../src/lib/queries/country-levels';
import { queryCountryPartners } from '../../src/lib/queries/country-partners';
import { queryCountrySeries } from '../../src/lib/queries/country-series';
import { queryPairSeries } from '../../src/lib/queries/pair-series';
import { queryPartners } from '../../src/lib/queries/partners';
import { openNodeDatabase, type NodeDatabase } from '../../src/lib/server/duckdb-node';
import { otherSidePartners, referencePair } from '../support/country-reference';
import { hasSource, referenceBalance } from '../support/oecd-reference';
import { hasUisSource, referenceUisFlow } from '../support/uis-reference';

const DATA = resolve(import.meta.dirname, '../../data');
const UIS_TABLES = { flows: 'uis_flows', countries: 'countries' };

let db: NodeDatabase;

beforeAll(async () => {
  db = await openNodeDatabase({
    flows: resolve(DATA, 'flows.parquet'),
    countries: resolve(DATA, 'countries.parquet'),
    uis_flows: resolve(DATA, 'uis-flows.parquet'),
  });
});

afterAll(() => db.close());

describe('partner list', () => {
  it('has the 51 partners', async () => {
    const partners = await queryPartners(db);

    expect(partners).toHaveLength(51);
    expect(partners.find((partner) => partner.iso3 === 'KAZ')?.joinYear).toBe(2014);
  });
});

describe.skipIf(!hasSource)('country queries on OECD data', () => {
  it('series equals the source', async () => {
    for (const iso3 of ['BEL', 'THA', 'JPN', 'HRV']) {
      const series = await queryCountrySeries(db, iso3, 'ISCED11_5T8');
      for (const row of series) {
        const expected = referenceBalance(iso3, row.year, 'ISCED11_5T8');
        expect(row.inbound, `${iso3} ${row.year} inbound`).toBe(expected.inbound);
        expect(row.outbound, `${iso3} ${row.year} outbound`).toBe(expected.outbound);
      }
    }
  });

  it('series starts at the joining year', async () => {
    const series = await queryCountrySeries(db, 'HRV', 'ISCED11_5T8');

    expect(series.map((row) => row.year)).toEqual([2014, 2015, 2016, 2017, 2018, 2019]);
  });

  it('partner pairs equal the source', async () => {
    const options = { year: 2018, level: 'ISCED11_7' as const, missingPairMeansZero: true };
    const pairs = await queryCountryPartners(db, 'DEU', options);

    expect(pairs.map((pair) => pair.iso3)).toEqual(otherSidePartners('DEU', 2018));
    for (const pair of pairs) {
      expect(pair.inbound, `${pair.iso3} to DEU`).toBe(
        referencePair(2018, 'ISCED11_7', pair.iso3, 'DEU'),
      );
      expect(pair.outbound, `DEU to ${pair.iso3}`).toBe(
        referencePair(2018, 'ISCED11_7', 'DEU', pair.iso3),
      );
    }
  });

  it('host with only zeros has no counts', async () => {
    // Every count Slovenia reports as a host in 2019 is 0, so it has no data that year.
    const options = { year: 2019, level: 'ISCED11_5T8' as const, missingPairMeansZero: true };
    const thailand = await queryCountryPartners(db, 'THA', options);
    const slovenia = await queryCountryPartners(db, 'SVN', options);

    expect(thailand.find((pair) => pair.iso3 === 'SVN')?.outbound).toBeNull();
    expect(slovenia.every((pair) => pair.inbound === null)).toBe(true);
    expect(thailand.find((pair) => pair.iso3 === 'DEU')?.outbound).toBe(
      referencePair(2019, 'ISCED11_5T8', 'THA', 'DEU'),
    );
  });

  it('levels equal the source', async () => {
    const levels = await queryCountryLevels(db, 'VNM', 2017);

    expect(levels.map((row) => row.level)).toEqual([
      'ISCED11_5T8',
      'ISCED11_5',
      'ISCED11_6',
      'ISCED11_7',
      'ISCED11_8',
    ]);
    for (const row of levels) {
      const expected = referenceBalance('VNM', 2017, row.level);
      expect(row.inbound, `${row.level} inbound`).toBe(expected.inbound);
      expect(row.outbound, `${row.level} outbound`).toBe(expected.outbound);
    }
  });

  it('pair series equals the source', async () => {
    const series = await queryPairSeries(
      db,
      { first: 'BEL', second: 'THA' },
      { level: 'ISCED11_5T8', missingPairMeansZero: true },
    );

    expect(series).toHaveLength(7);
    for (const row of series) {
      expect(row.forward, `${row.year} BEL to THA`).toBe(
        referencePair(row.year, 'ISCED11_5T8', 'BEL', 'THA'),
      );
      expect(row.backward, `${row.year} THA to BEL`).toBe(
        referencePair(row.year, 'ISCED11_5T8', 'THA', 'BEL'),
      );
    }
  });
});

describe.skipIf(!hasUisSource)('country queries on UIS data', () => {
  it('pairs are listed counts or unknown', async () => {
    const options = { year: 2019, level: 'ISCED11_5T8' as const, missingPairMeansZero: false };
    const pairs = await queryCountryPartners(db, 'THA', options, UIS_TABLES);

    for (const pair of pairs) {
      expect(pair.inbound, `${pair.iso3} to THA`).toBe(referenceUisFlow(2019, pair.iso3, 'THA'));
      expect(pair.outbound, `THA to ${pair.iso3}`).toBe(referenceUisFlow(2019, 'THA', pair.iso3));
    }
    expect(pairs.some((pair) => pair.outbound !== null)).toBe(true);
  });

  it('pair series spans the UIS years', async () => {
    const series = await queryPairSeries(
      db,
      { first: 'CHN', second: 'GBR' },
      { level: 'ISCED11_5T8', missingPairMeansZero: false },
      UIS_TABLES,
    );

    expect(series[0].year).toBe(1998);
    for (const row of series) {
      expect(row.forward, `${row.year} CHN to GBR`).toBe(referenceUisFlow(row.year, 'CHN', 'GBR'));
    }
  });
});
