import { resolve } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chartExport } from '../../src/lib/export/chart-meta';
import { exportCsv } from '../../src/lib/export/csv';
import { queryOverview, type OverviewData } from '../../src/lib/queries/overview';
import { openNodeDatabase, type NodeDatabase } from '../../src/lib/server/duckdb-node';
import { SOURCES } from '../../src/lib/sources/sources';
import { hasUisSource, referenceUisFlow } from '../support/uis-reference';

const DATA = resolve(import.meta.dirname, '../../data');

const CONTEXT = {
  attribution: SOURCES.uis.attribution,
  datasetVersion: 'test',
  url: 'http://127.0.0.1/?source=uis&year=2019',
  accessed: '2026-12-05',
};

let db: NodeDatabase;
let data: OverviewData;

beforeAll(async () => {
  db = await openNodeDatabase({
    countries: resolve(DATA, 'countries.parquet'),
    uis_flows: resolve(DATA, 'uis-flows.parquet'),
  });
  data = await queryOverview(
    db,
    { year: 2019, level: 'ISCED11_5T8', direction: 'asia-to-europe' },
    SOURCES.uis.tables,
    { missingPairMeansZero: SOURCES.uis.missingPairMeansZero },
  );
});

afterAll(() => db.close());

describe('UIS balance export', () => {
  it('leaves unlisted cells empty', () => {
    const exported = chartExport('balance', data, new Map(), {
      ...CONTEXT,
      unlistedPairsUnknown: true,
    });
    const japan = exported.table.rows.find((row) => row[0] === 'JPN');
    const germany = exported.table.rows.find((row) => row[0] === 'DEU');

    // inbound, outbound, net, ratio and balance index
    expect(japan?.slice(3, 8)).toEqual([null, expect.any(Number), null, null, null]);
    expect(germany?.[4]).toBeNull();
    expect(germany?.[5]).toBeNull();
    expect(exported.table.rows.some((row) => row[3] === 0 || row[4] === 0)).toBe(false);
    expect(exportCsv(exported.table, exported.meta)).toContain('\r\nJPN,Japan,asia,,');
  });

  it.skipIf(!hasUisSource)('listed sums equal the raw lists', () => {
    const japan = data.balances.find((row) => row.iso3 === 'JPN');
    // Japan's listed outbound to ASEM Europe in 2019, pair by pair from the raw lists.
    const europe = data.balances.filter((row) => row.side === 'europe').map((row) => row.iso3);
    const listed = europe
      .map((host) => referenceUisFlow(2019, 'JPN', host))
      .filter((students): students is number => students !== null);

    expect(listed.length).toBeGreaterThan(0);
    expect(japan?.outbound).toBeCloseTo(
      listed.reduce((sum, students) => sum + students, 0),
      6,
    );
  });

  it('captions say unknown, not 0', () => {
    const uis = chartExport('balance', data, new Map(), { ...CONTEXT, unlistedPairsUnknown: true });
    const oecd = chartExport('balance', data, new Map(), CONTEXT);

    expect(uis.meta.caption).toBe(
      'Students exchanged with the other ASEM side, All tertiary (ISCED 5–8), summed over the ' +
        'pairs in the UIS top-ten lists. Empty where no pair with the other side is listed: ' +
        'the count is unknown, not 0. The listed sums are lower bounds, so net, ratio and ' +
        'balance index compare lower bounds. Balance index = (in − out) / (in + out).',
    );
    expect(oecd.meta.caption).toContain('empty where the partner reports no host data');
    expect(uis.meta).not.toHaveProperty('unlistedPairsUnknown');
  });
});
