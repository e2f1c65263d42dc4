import { describe, expect, it } from 'vitest';

import { ASEM_PARTNERS } from '../../scripts/reference/asem-partners';
import {
  aggregateBalances,
  aggregatePairFlows,
  ASEAN,
  COUNTRIES,
  createAssigner,
  customGrouping,
  encodeCustomGroups,
  ENGAGEMENT_TIERS,
  EU,
  MAX_CUSTOM_GROUPS,
  parseCustomGroups,
  SIDES,
  SIDES_BY_MEMBERSHIP_YEAR,
  type Partner,
} from '../../src/lib/groupings';
import type { PartnerBalance } from '../../src/lib/queries/balance';

const partners: Partner[] = ASEM_PARTNERS.map((partner) => ({
  iso3: partner.iso3,
  side: partner.side,
  joinYear: partner.joinYear,
}));
const known = new Set(partners.map((partner) => partner.iso3));
const nameOf = (iso3: string) => `name of ${iso3}`;

describe('built-in groupings', () => {
  it('EU follows accession and exit years', () => {
    const in2012 = createAssigner(EU, partners, 2012, nameOf);
    const in2019 = createAssigner(EU, partners, 2019, nameOf);
    const in2020 = createAssigner(EU, partners, 2020, nameOf);

    const croatia = partners.find((partner) => partner.iso3 === 'HRV')!;
    expect(EU.groups[0].includes('HRV', 2012, croatia)).toBe(false);
    expect(EU.groups[0].includes('HRV', 2013, croatia)).toBe(true);
    // Croatia took its ASEM seat in 2014, after joining the EU.
    expect(in2012('HRV')).toBeNull();
    expect(in2019('HRV')?.key).toBe('group:eu:europe');
    expect(in2019('GBR')?.key).toBe('group:eu:europe');
    expect(in2020('GBR')?.key).toBe('GBR');
    expect(in2019('NOR')?.key).toBe('NOR');
    expect(in2019('CHE')?.isGroup).toBe(false);
  });

  it('ASEAN has ten members by 1999', () => {
    const assign = createAssigner(ASEAN, partners, 2019, nameOf);
    const members = partners.filter((partner) => assign(partner.iso3)?.isGroup);

    expect(members.map((partner) => partner.iso3).sort()).toEqual(
      ['BRN', 'IDN', 'KHM', 'LAO', 'MMR', 'MYS', 'PHL', 'SGP', 'THA', 'VNM'].sort(),
    );
    expect(createAssigner(ASEAN, partners, 1998, nameOf)('KHM')).toBeNull();
  });

  it('engagement tiers match the 2018 answer', () => {
    const assign = createAssigner(ENGAGEMENT_TIERS, partners, 2019, nameOf);
    const tierOf = (iso3: string) => assign(iso3)?.label;

    for (const iso3 of ['THA', 'MYS', 'IDN', 'KOR', 'VNM'])
      expect(tierOf(iso3)).toBe('Very active');
    for (const iso3 of ['CHN', 'JPN', 'BRN', 'KHM', 'IND', 'PHL']) {
      expect(tierOf(iso3)).toBe('Moderately active');
    }
    for (const iso3 of ['PAK', 'MMR', 'MNG', 'KAZ']) expect(tierOf(iso3)).toBe('Nearly absent');
    expect(tierOf('SGP')).toBe('name of SGP');
    expect(tierOf('DEU')).toBe('name of DEU');
  });

  it('membership year groups by side and summit', () => {
    const assign = createAssigner(SIDES_BY_MEMBERSHIP_YEAR, partners, 2019, nameOf);

    expect(assign('POL')?.key).toBe('group:europe-2004:europe');
    expect(assign('KHM')?.key).toBe('group:asia-2004:asia');
    expect(assign('AUS')?.label).toBe('Asia, joined at Brussels 2010');
    expect(assign('BEL')?.label).toBe('Europe, founders (Bangkok 1996)');
  });

  it('sides leave out partners before joining', () => {
    const assign = createAssigner(SIDES, partners, 2013, nameOf);

    expect(assign('KAZ')).toBeNull();
    expect(assign('HRV')).toBeNull();
    expect(assign('USA')).toBeNull();
    expect(assign('RUS')?.key).toBe('group:asia:asia');
  });

  it('countries grouping keeps each partner', () => {
    const assign = createAssigner(COUNTRIES, partners, 2019, nameOf);

    expect(assign('THA')).toEqual({
      key: 'THA',
      label: 'name of THA',
      side: 'asia',
      isGroup: false,
    });
  });
});

describe('aggregatePairFlows', () => {
  it('sums flows within groups', () => {
    const assign = createAssigner(ASEAN, partners, 2019, nameOf);
    const flows = aggregatePairFlows(
      [
        { origin: 'THA', destination: 'DEU', students: 100 },
        { origin: 'MYS', destination: 'DEU', students: 50 },
        { origin: 'CHN', destination: 'DEU', students: 500 },
        { origin: 'USA', destination: 'DEU', students: 900 },
        { origin: 'VNM', destination: 'FRA', students: 7 },
      ],
      assign,
    );

    expect(flows).toEqual([
      { origin: 'CHN', destination: 'DEU', students: 500 },
      { origin: 'group:asean:asia', destination: 'DEU', students: 150 },
      { origin: 'group:asean:asia', destination: 'FRA', students: 7 },
    ]);
  });
});

describe('aggregateBalances', () => {
  const row = (iso3: string, inbound: number | null, outbound: number | null): PartnerBalance => ({
    iso3,
    name: iso3,
    side: 'asia',
    inbound,
    outbound,
    hostReported: inbound !== null,
  });

  it('sums known values and lists gaps', () => {
    const assign = createAssigner(ENGAGEMENT_TIERS, partners, 2019, nameOf);
    const [group, single] = aggregateBalances(
      [row('THA', null, 30), row('KOR', 20, 10), row('MYS', 5, null), row('SGP', 1, 2)],
      assign,
    );

    expect(group.iso3).toBe('group:very-active:asia');
    expect(group.name).toBe('Very active');
    expect(group.inbound).toBe(25);
    expect(group.outbound).toBe(40);
    expect(group.members).toEqual(['THA', 'KOR', 'MYS']);
    expect(group.membersWithoutHostData).toEqual(['THA']);
    expect(group.hostReported).toBe(true);
    expect(single.iso3).toBe('SGP');
    expect(single.members).toEqual(['SGP']);
  });

  it('keeps null when no member reports', () => {
    const assign = createAssigner(ENGAGEMENT_TIERS, partners, 2019, nameOf);
    const [group] = aggregateBalances([row('PAK', null, null), row('MMR', null, null)], assign);

    expect(group.inbound).toBeNull();
    expect(group.outbound).toBeNull();
    expect(group.hostReported).toBe(false);
  });
});

describe('custom groups', () => {
  it('round-trip through the URL value', () => {
    const groups = [
      { name: 'Mekong: core; 2019 ✓', members: ['THA', 'VNM', 'KHM'] },
      { name: 'Benelux', members: ['BEL', 'NLD', 'LUX'] },
    ];
    const parsed = parseCustomGroups(encodeCustomGroups(groups), known);

    expect(parsed.groups).toEqual(groups);
    expect(parsed.problems).toEqual([]);
  });

  it('drop unknown and repeated codes', () => {
    const parsed = parseCustomGroups('A:tha,XXX;B:THA,DEU;C:USA;:BEL', known);

    expect(parsed.groups).toEqual([
      { name: 'A', members: ['THA'] },
      { name: 'B', members: ['DEU'] },
    ]);
    expect(parsed.problems).toHaveLength(5);
    expect(parsed.problems[0]).toContain('"XXX"');
    expect(parsed.problems[1]).toContain('THA is already in an earlier group');
  });

  it('stop at the group limit', () => {
    const text = partners
      .slice(0, MAX_CUSTOM_GROUPS + 2)
      .map((partner) => `G${partner.iso3}:${partner.iso3}`)
      .join(';');
    const parsed = parseCustomGroups(text, known);

    expect(parsed.groups).toHaveLength(MAX_CUSTOM_GROUPS);
    expect(parsed.problems).toHaveLength(2);
  });

  it('label mixed-side groups by side', () => {
    const grouping = customGrouping([{ name: 'Friends', members: ['THA', 'BEL'] }]);
    const assign = createAssigner(grouping, partners, 2019, nameOf);

    expect(assign('THA')?.label).toBe('Friends (Asia)');
    expect(assign('BEL')?.label).toBe('Friends (Europe)');
    expect(assign('THA')?.key).not.toBe(assign('BEL')?.key);
  });
});
