import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REPORT_TITLE,
  parseReportState,
  reportSearch,
  type ReportState,
} from '../../src/lib/export/report-state';

const YEARS = [2013, 2014, 2015, 2016, 2017, 2018, 2019];

const REPORT: ReportState = {
  title: `Mobility & balance: "Asia" <-> Europe, São Paulo's notes`,
  items: [
    {
      kind: 'sankey',
      state: { year: 2017, level: 'ISCED11_5T8', direction: 'europe-to-asia' },
      note: 'First & foremost\nsecond line',
    },
    {
      kind: 'series',
      state: { year: 2016, level: 'ISCED11_7', direction: 'asia-to-europe' },
      note: '',
    },
    {
      kind: 'balance',
      state: { year: 2013, level: 'ISCED11_8', direction: 'asia-to-europe' },
      note: '100%',
    },
  ],
};

describe('reportSearch', () => {
  it('writes charts and notes in order', () => {
    const params = new URLSearchParams(reportSearch(REPORT));
    expect(params.getAll('chart')).toEqual([
      'sankey.2017.ISCED11_5T8.europe-to-asia',
      'series.2016.ISCED11_7.asia-to-europe',
      'balance.2013.ISCED11_8.asia-to-europe',
    ]);
    expect(params.getAll('note')).toEqual(['First & foremost\nsecond line', '', '100%']);
  });

  it('round-trips through the parser exactly', () => {
    const search = reportSearch(REPORT);
    const parsed = parseReportState(new URLSearchParams(search), YEARS);
    expect(parsed.notices).toEqual([]);
    expect(parsed.report).toEqual(REPORT);
    expect(reportSearch(parsed.report)).toBe(search);
  });
});

describe('parseReportState', () => {
  it('defaults to an empty report', () => {
    expect(parseReportState(new URLSearchParams(''), YEARS)).toEqual({
      report: { title: DEFAULT_REPORT_TITLE, items: [] },
      notices: [],
    });
  });

  it('leaves out invalid charts with a notice', () => {
    const params = new URLSearchParams();
    params.append('chart', 'pie.2019.ISCED11_5T8.asia-to-europe');
    params.append('note', 'dropped');
    params.append('chart', 'series.1999.ISCED11_5T8.asia-to-europe');
    params.append('note', 'dropped too');
    params.append('chart', 'series.2019');
    params.append('chart', 'balance.2019.ISCED11_5T8.asia-to-europe');
    params.append('note', 'kept');
    const parsed = parseReportState(params, YEARS);
    expect(parsed.report.items).toHaveLength(1);
    expect(parsed.report.items[0].kind).toBe('balance');
    expect(parsed.notices).toHaveLength(3);
    expect(parsed.notices[0]).toContain('"pie.2019.ISCED11_5T8.asia-to-europe"');
    expect(parsed.notices[1]).toContain('invalid settings');
    expect(parsed.notices[2]).toContain('"series.2019"');
  });

  it('pairs notes with charts by position', () => {
    const params = new URLSearchParams(
      'chart=balance.2019.ISCED11_5T8.asia-to-europe&note=kept&chart=series.2018.ISCED11_6.asia-to-europe',
    );
    const items = parseReportState(params, YEARS).report.items;
    expect(items.map((item) => item.note)).toEqual(['kept', '']);
  });
});
