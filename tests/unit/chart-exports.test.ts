import { describe, expect, it } from 'vitest';
import { chartExport } from '../../src/lib/export/chart-meta';
import { balanceTable, sankeyTable, seriesTable } from '../../src/lib/export/chart-tables';
import { citationText } from '../../src/lib/export/citation';
import { describeBalance, describeSankey, describeSeries } from '../../src/lib/export/describe';
import { buildSankeyGraph } from '../../src/lib/charts/sankey-graph';
import type { OverviewData } from '../../src/lib/queries/overview';

const DATA: OverviewData = {
  filter: { year: 2019, level: 'ISCED11_7', direction: 'asia-to-europe' },
  series: [
    { year: 2018, asiaToEurope: 100, europeToAsia: null },
    { year: 2019, asiaToEurope: 150, europeToAsia: 10 },
  ],
  flows: [
    { origin: 'CHN', destination: 'GBR', students: 90 },
    { origin: 'IND', destination: 'GBR', students: 40 },
    { origin: 'CHN', destination: 'DEU', students: 20 },
  ],
  balances: [
    {
      iso3: 'GBR',
      name: 'United Kingdom',
      side: 'europe',
      inbound: 130,
      outbound: 5,
      hostReported: true,
    },
    { iso3: 'CHN', name: 'China', side: 'asia', inbound: null, outbound: 110, hostReported: false },
    { iso3: 'DEU', name: 'Germany', side: 'europe', inbound: 20, outbound: 20, hostReported: true },
  ],
  coverage: [],
  hostCounts: [],
};

const NAMES = new Map([
  ['CHN', 'China'],
  ['IND', 'India'],
  ['GBR', 'United Kingdom'],
  ['DEU', 'Germany'],
]);

const CONTEXT = {
  attribution: 'OECD, Education at a Glance (EDU_ENRL_MOBILE)',
  datasetVersion: 'cf824ce863a6',
  url: 'https://example.org/?year=2019&level=ISCED11_7&direction=asia-to-europe',
  accessed: '2026-12-04',
};

describe('seriesTable', () => {
  it('has one row per year and empty gaps', () => {
    const exported = chartExport('series', DATA, NAMES, CONTEXT);
    expect(exported.table).toEqual({
      columns: ['year', 'asia_to_europe', 'europe_to_asia'],
      rows: [
        [2018, 100, null],
        [2019, 150, 10],
      ],
    });
    expect(exported.meta.years).toBe('2018–2019');
    expect(exported.meta.title).toBe(
      'Students crossing between ASEM Asia and ASEM Europe, 2018–2019',
    );
  });

  it('takes the union of years across series', () => {
    const table = seriesTable([
      { key: 'a', label: 'A', colour: '#000', points: [{ year: 2015, value: 1 }] },
      { key: 'b-c', label: 'B', colour: '#000', points: [{ year: 2014, value: 2 }] },
    ]);
    expect(table.columns).toEqual(['year', 'a', 'b_c']);
    expect(table.rows).toEqual([
      [2014, null, 2],
      [2015, 1, null],
    ]);
  });
});

describe('sankeyTable', () => {
  it('lists drawn links largest first with names', () => {
    const exported = chartExport('sankey', DATA, NAMES, CONTEXT);
    expect(exported.table.columns).toEqual([
      'origin',
      'origin_iso3',
      'destination',
      'destination_iso3',
      'students',
    ]);
    expect(exported.table.rows).toEqual([
      ['China', 'CHN', 'United Kingdom', 'GBR', 90],
      ['India', 'IND', 'United Kingdom', 'GBR', 40],
      ['China', 'CHN', 'Germany', 'DEU', 20],
    ]);
    expect(exported.meta.title).toBe('Flows from ASEM Asia to ASEM Europe, 2019');
  });

  it('leaves the merged node without a code', () => {
    const graph = buildSankeyGraph(
      [
        { origin: 'A', destination: 'X', students: 5 },
        { origin: 'B', destination: 'X', students: 4 },
        { origin: 'C', destination: 'X', students: 3 },
      ],
      { maxNodesPerSide: 1, otherOriginLabel: 'Other origins' },
    );
    expect(sankeyTable(graph).rows).toEqual([
      ['Other origins', null, 'X', 'X', 7],
      ['A', 'A', 'X', 'X', 5],
    ]);
  });
});

describe('balanceTable', () => {
  it('adds the metrics and keeps unknowns empty', () => {
    const table = balanceTable(DATA.balances);
    expect(table.rows).toEqual([
      ['CHN', 'China', 'asia', null, 110, null, null, null, false],
      ['DEU', 'Germany', 'europe', 20, 20, 0, 1, 0, true],
      ['GBR', 'United Kingdom', 'europe', 130, 5, 125, 26, 125 / 135, true],
    ]);
  });
});

describe('descriptions', () => {
  it('describe the series ends', () => {
    const text = describeSeries(
      [
        {
          key: 'a',
          label: 'Asia → Europe',
          colour: '#000',
          points: [
            { year: 2018, value: 100 },
            { year: 2019, value: 1500 },
          ],
        },
        { key: 'b', label: 'Europe → Asia', colour: '#000', points: [{ year: 2018, value: null }] },
      ],
      'students by year',
    );
    expect(text).toBe(
      'Line chart of students by year. Asia → Europe: 100 in 2018 and 1,500 in 2019. ' +
        'Europe → Asia: no values reported.',
    );
  });

  it('describe the Sankey flows', () => {
    const graph = buildSankeyGraph(DATA.flows, { nameOf: (iso3) => NAMES.get(iso3) ?? iso3 });
    expect(describeSankey(graph, 'from Asia in 2019')).toBe(
      'Sankey diagram of 150 students from Asia in 2019. Largest origins: China (110) and India (40). ' +
        'Largest destinations: United Kingdom (130) and Germany (20). ' +
        'Largest single flow: China to United Kingdom, 90 students.',
    );
  });

  it('describe an empty Sankey', () => {
    expect(describeSankey(buildSankeyGraph([]), 'from Asia in 2013')).toBe(
      'Sankey diagram of students from Asia in 2013: no flows are reported.',
    );
  });

  it('describe a net outflow', () => {
    const rows = [{ ...DATA.balances[2], inbound: 5 }];
    expect(describeBalance(rows, '2019')).toBe(
      "Table of 1 ASEM partners' exchange with the other side, 2019. " +
        'Largest net outflow: Germany (-15).',
    );
  });

  it('describe the balance extremes', () => {
    expect(describeBalance(DATA.balances, '2019')).toBe(
      "Table of 3 ASEM partners' exchange with the other side, 2019. " +
        'Largest net inflow: United Kingdom (+125). ' +
        '1 partner reports no host data, so its balance is unknown.',
    );
  });
});

describe('citationText', () => {
  it('names title, source, year, version, URL and date', () => {
    const meta = chartExport('balance', DATA, NAMES, CONTEXT).meta;
    expect(citationText(meta)).toBe(
      'Balance per ASEM partner, 2019. ASEM Education Process, Balanced mobility dashboard. ' +
        'Source: OECD, Education at a Glance (EDU_ENRL_MOBILE), data 2019, dataset version ' +
        'cf824ce863a6. https://example.org/?year=2019&level=ISCED11_7&direction=asia-to-europe ' +
        '(accessed 2026-12-04).',
    );
  });
});
