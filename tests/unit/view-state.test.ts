import { describe, expect, it } from 'vitest';

import { ASEM_PARTNERS } from '../../scripts/reference/asem-partners';
import {
  groupingOf,
  groupingSearchSuffix,
  parseGroupingState,
} from '../../src/lib/groupings/grouping-state';
import { parseViewState, viewSearch } from '../../src/lib/sources/source-state';

const years = (source: string) =>
  source === 'uis' ? [1998, 1999, 2000, 2021] : [2013, 2014, 2019];
const known = new Set(ASEM_PARTNERS.map((partner) => partner.iso3));

describe('parseViewState', () => {
  it('defaults to the latest OECD year', () => {
    const parsed = parseViewState(new URLSearchParams(''), years);

    expect(parsed.state).toEqual({ source: 'oecd', year: 2019, level: 'ISCED11_5T8' });
    expect(parsed.notices).toEqual([]);
  });

  it('reads a UIS year before 2013', () => {
    const parsed = parseViewState(new URLSearchParams('source=uis&year=1999'), years);

    expect(parsed.state.year).toBe(1999);
    expect(parsed.notices).toEqual([]);
  });

  it('forces all tertiary for UIS', () => {
    const parsed = parseViewState(new URLSearchParams('source=uis&level=ISCED11_6'), years);

    expect(parsed.state.level).toBe('ISCED11_5T8');
    expect(parsed.notices).toHaveLength(1);
  });

  it('replaces invalid values with notices', () => {
    const parsed = parseViewState(
      new URLSearchParams('source=web&year=1999&level=ISCED11_9'),
      years,
    );

    expect(parsed.state).toEqual({ source: 'oecd', year: 2019, level: 'ISCED11_5T8' });
    expect(parsed.notices).toHaveLength(3);
  });

  it('round-trips through viewSearch', () => {
    const state = { source: 'uis' as const, year: 2000, level: 'ISCED11_5T8' as const };

    expect(parseViewState(new URLSearchParams(viewSearch(state)), years).state).toEqual(state);
  });
});

describe('parseGroupingState', () => {
  it('defaults to countries and OECD', () => {
    const parsed = parseGroupingState(new URLSearchParams(''), known);

    expect(parsed.state).toEqual({ groupingId: 'countries', customGroups: [], source: 'oecd' });
    expect(groupingSearchSuffix(parsed.state)).toBe('');
  });

  it('uses saved groups without a groups parameter', () => {
    const saved = [{ name: 'Saved', members: ['THA'] }];
    const parsed = parseGroupingState(new URLSearchParams('grouping=custom'), known, saved);

    expect(parsed.state.customGroups).toEqual(saved);
    expect(groupingOf(parsed.state).groups[0].label).toBe('Saved');
  });

  it('prefers groups from the link', () => {
    const saved = [{ name: 'Saved', members: ['THA'] }];
    const parsed = parseGroupingState(
      new URLSearchParams('grouping=custom&groups=Linked:DEU'),
      known,
      saved,
    );

    expect(parsed.state.customGroups).toEqual([{ name: 'Linked', members: ['DEU'] }]);
  });

  it('writes only non-default parameters', () => {
    const state = {
      groupingId: 'custom',
      customGroups: [{ name: 'A b', members: ['THA', 'VNM'] }],
      source: 'uis' as const,
    };
    const suffix = groupingSearchSuffix(state);

    expect(suffix).toBe('&grouping=custom&groups=A%2520b%3ATHA%2CVNM&source=uis');
    expect(parseGroupingState(new URLSearchParams(suffix.slice(1)), known).state).toEqual(state);
  });

  it('rejects an unknown grouping', () => {
    const parsed = parseGroupingState(new URLSearchParams('grouping=g20'), known);

    expect(parsed.state.groupingId).toBe('countries');
    expect(parsed.notices[0]).toContain('"g20"');
  });
});
