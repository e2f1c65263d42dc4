import { describe, expect, it } from 'vitest';
import { overviewSearch, parseOverviewState } from '../../src/lib/overview-state';

const YEARS = [2013, 2014, 2015, 2016, 2017, 2018, 2019];

describe('parseOverviewState', () => {
  it('defaults to the latest year and all tertiary', () => {
    const parsed = parseOverviewState(new URLSearchParams(''), YEARS);
    expect(parsed.state).toEqual({ year: 2019, level: 'ISCED11_5T8', direction: 'asia-to-europe' });
    expect(parsed.notices).toEqual([]);
  });

  it('reads valid parameters', () => {
    const params = new URLSearchParams('year=2016&level=ISCED11_7&direction=europe-to-asia');
    expect(parseOverviewState(params, YEARS).state).toEqual({
      year: 2016,
      level: 'ISCED11_7',
      direction: 'europe-to-asia',
    });
  });

  it('falls back with a notice for each invalid value', () => {
    const params = new URLSearchParams("year=1999&level=<script>&direction=x' OR 1=1");
    const parsed = parseOverviewState(params, YEARS);
    expect(parsed.state).toEqual({ year: 2019, level: 'ISCED11_5T8', direction: 'asia-to-europe' });
    expect(parsed.notices).toEqual([
      { parameter: 'year', value: '1999', first: 2013, last: 2019, shown: 2019 },
      { parameter: 'level', value: '<script>' },
      { parameter: 'direction', value: "x' OR 1=1" },
    ]);
  });

  it('rejects years that only look numeric', () => {
    for (const year of ['2016.0', ' 2016', '2e3', '0x7e0']) {
      const parsed = parseOverviewState(new URLSearchParams({ year }), YEARS);
      expect(parsed.state.year).toBe(2019);
    }
  });

  it('keeps other parameters such as lang', () => {
    const state = { year: 2016, level: 'ISCED11_5T8', direction: 'asia-to-europe' } as const;
    const base = new URLSearchParams('year=2019&lang=nl&debug');
    expect(overviewSearch(state, base)).toBe(
      '?year=2016&level=ISCED11_5T8&direction=asia-to-europe&lang=nl&debug=',
    );
  });

  it('round-trips through the query string', () => {
    const state = { year: 2015, level: 'ISCED11_8', direction: 'europe-to-asia' } as const;
    const search = overviewSearch(state);
    expect(search).toBe('?year=2015&level=ISCED11_8&direction=europe-to-asia');
    expect(parseOverviewState(new URLSearchParams(search), YEARS).state).toEqual(state);
  });
});
