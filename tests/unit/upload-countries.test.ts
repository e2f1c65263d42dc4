import { describe, expect, test } from 'vitest';
import { isAggregate } from '../../src/lib/upload/aggregates';
import { countryName, resolveCountry } from '../../src/lib/upload/country-reference';

function iso3(value: string): string | null {
  const match = resolveCountry(value);
  return match.kind === 'country' ? match.iso3 : null;
}

describe('resolveCountry', () => {
  test.each([
    ['DE', 'DEU'],
    ['deu', 'DEU'],
    ['276', 'DEU'],
    ['040', 'AUT'],
    ['40', 'AUT'],
    ['8', 'ALB'],
    ['EL', 'GRC'],
    ['GR', 'GRC'],
    ['UK', 'GBR'],
    ['GB', 'GBR'],
    ['NA', 'NAM'],
    ['Korea, Rep.', 'KOR'],
    ['Republic of Korea', 'KOR'],
    ['South Korea', 'KOR'],
    ['Korea, Republic of', 'KOR'],
    ['Türkiye', 'TUR'],
    ['Turkiye', 'TUR'],
    ['Turkey', 'TUR'],
    ['Viet Nam', 'VNM'],
    ['Vietnam', 'VNM'],
    ['Hong Kong SAR', 'HKG'],
    ['Hong Kong, China', 'HKG'],
    ['China, Hong Kong Special Administrative Region', 'HKG'],
    ["China (People's Republic of)", 'CHN'],
    ['Lao PDR', 'LAO'],
    ['Russian Federation', 'RUS'],
    ['Czechia', 'CZE'],
    ['Czech Republic', 'CZE'],
    ['Slovak Republic', 'SVK'],
    ['Bolivia (Plurinational State of)', 'BOL'],
    ['Netherlands (Kingdom of the)', 'NLD'],
    ['Allemagne', 'DEU'],
    ['Duitsland', 'DEU'],
    ['  france  ', 'FRA'],
  ])('%j is %s', (value, expected) => {
    expect(iso3(value)).toBe(expected);
  });

  test.each(['XK', 'XKX', 'Kosovo', 'KSV'])('Kosovo %j kept as non-ISO', (value) => {
    expect(resolveCountry(value)).toEqual({ kind: 'country', iso3: 'XKX', isIso: false });
  });

  test.each(['World', 'TOTAL', 'EU27_2020', 'EA19', 'EU28', 'OECD', 'Total', 'Unknown', 'W00'])(
    '%j is an aggregate',
    (value) => {
      expect(resolveCountry(value)).toEqual({ kind: 'aggregate' });
    },
  );

  test.each(['Atlantis', 'ZZ', '999', ''])('%j is unknown', (value) => {
    expect(resolveCountry(value)).toEqual({ kind: 'unknown' });
  });

  test('names of codes', () => {
    expect(countryName('DEU')).toBe('Germany');
    expect(countryName('XKX')).toBe('Kosovo');
  });
});

describe('isAggregate', () => {
  test('OECD region names', () => {
    expect(isAggregate('OECD countries')).toBe(true);
    expect(isAggregate('Latin America and the Caribbean')).toBe(true);
    expect(isAggregate('Germany')).toBe(false);
  });
});
