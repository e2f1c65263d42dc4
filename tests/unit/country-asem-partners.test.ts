import { createRequire } from 'node:module';

import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';

import { ASEM_PARTNERS, ASEM_PARTNERS_BY_ISO3 } from '../../scripts/reference/asem-partners';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

function partnersOf(side: 'asia' | 'europe', joinYear?: number): string[] {
  return ASEM_PARTNERS.filter(
    (partner) => partner.side === side && (joinYear === undefined || partner.joinYear === joinYear),
  )
    .map((partner) => partner.iso3)
    .sort();
}

describe('ASEM_PARTNERS', () => {
  it('has 51 partners with unique codes', () => {
    expect(ASEM_PARTNERS).toHaveLength(51);
    expect(new Set(ASEM_PARTNERS.map((partner) => partner.iso3)).size).toBe(51);
    expect(ASEM_PARTNERS_BY_ISO3.size).toBe(51);
  });

  it('has 30 European and 21 Asian partners', () => {
    expect(partnersOf('europe')).toHaveLength(30);
    expect(partnersOf('asia')).toHaveLength(21);
  });

  it('uses valid ISO alpha-3 codes', () => {
    for (const partner of ASEM_PARTNERS) {
      expect(countries.isValid(partner.iso3), partner.iso3).toBe(true);
      expect(countries.alpha2ToAlpha3(countries.alpha3ToAlpha2(partner.iso3) ?? '')).toBe(
        partner.iso3,
      );
    }
  });

  it.each([
    ['europe', 1996, 'AUT BEL DEU DNK ESP FIN FRA GBR GRC IRL ITA LUX NLD PRT SWE'],
    ['asia', 1996, 'BRN CHN IDN JPN KOR MYS PHL SGP THA VNM'],
    ['europe', 2004, 'CYP CZE EST HUN LTU LVA MLT POL SVK SVN'],
    ['asia', 2004, 'KHM LAO MMR'],
    ['europe', 2008, 'BGR ROU'],
    ['asia', 2008, 'IND MNG PAK'],
    ['europe', 2010, ''],
    ['asia', 2010, 'AUS NZL RUS'],
    ['europe', 2012, 'CHE NOR'],
    ['asia', 2012, 'BGD'],
    ['europe', 2014, 'HRV'],
    ['asia', 2014, 'KAZ'],
  ] as const)('lists the %s partners that joined in %i', (side, year, expected) => {
    expect(partnersOf(side, year).join(' ')).toBe(expected);
  });

  it('has no join years outside the enlargement rounds', () => {
    const years = new Set(ASEM_PARTNERS.map((partner) => partner.joinYear));

    expect([...years].sort()).toEqual([1996, 2004, 2008, 2010, 2012, 2014]);
  });

  it('keeps the United Kingdom on the European side', () => {
    expect(ASEM_PARTNERS_BY_ISO3.get('GBR')).toMatchObject({ side: 'europe', joinYear: 1996 });
  });

  it('seats Russia, Australia and New Zealand on the Asian side', () => {
    for (const iso3 of ['RUS', 'AUS', 'NZL']) {
      expect(ASEM_PARTNERS_BY_ISO3.get(iso3)?.side, iso3).toBe('asia');
    }
  });
});
