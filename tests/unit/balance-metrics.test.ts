import { describe, expect, it } from 'vitest';
import { sortBalanceRows, withMetrics } from '../../src/lib/charts/balance-sort';
import { computeBalanceMetrics } from '../../src/lib/queries/balance-metrics';

describe('computeBalanceMetrics', () => {
  it('computes net, ratio and index', () => {
    expect(computeBalanceMetrics({ inbound: 500003, outbound: 15003 })).toEqual({
      net: 485000,
      ratio: 500003 / 15003,
      index: 485000 / 515006,
    });
  });

  it('leaves ratio null when nobody leaves', () => {
    const metrics = computeBalanceMetrics({ inbound: 8, outbound: 0 });
    expect(metrics.ratio).toBeNull();
    expect(metrics.index).toBe(1);
  });

  it('leaves everything null for unknown inbound', () => {
    expect(computeBalanceMetrics({ inbound: null, outbound: 40 })).toEqual({
      net: null,
      ratio: null,
      index: null,
    });
  });

  it('leaves index null when both are zero', () => {
    expect(computeBalanceMetrics({ inbound: 0, outbound: 0 }).index).toBeNull();
  });
});

describe('sortBalanceRows', () => {
  const rows = withMetrics([
    { iso3: 'DEU', name: 'Germany', side: 'europe', inbound: 30, outbound: 30, hostReported: true },
    { iso3: 'FRA', name: 'France', side: 'europe', inbound: 30, outbound: 33, hostReported: true },
    { iso3: 'CHN', name: 'China', side: 'asia', inbound: null, outbound: 5, hostReported: false },
    { iso3: 'ESP', name: 'Spain', side: 'europe', inbound: 8, outbound: 5, hostReported: true },
  ]);

  it('sorts by net descending with unknown last', () => {
    const sorted = sortBalanceRows(rows, 'net', 'descending').map((row) => row.iso3);
    expect(sorted).toEqual(['ESP', 'DEU', 'FRA', 'CHN']);
  });

  it('sorts by net ascending with unknown last', () => {
    const sorted = sortBalanceRows(rows, 'net', 'ascending').map((row) => row.iso3);
    expect(sorted).toEqual(['FRA', 'DEU', 'ESP', 'CHN']);
  });

  it('sorts by name', () => {
    const sorted = sortBalanceRows(rows, 'name', 'ascending').map((row) => row.name);
    expect(sorted).toEqual(['China', 'France', 'Germany', 'Spain']);
  });
});
