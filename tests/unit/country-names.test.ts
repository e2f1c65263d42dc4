import { describe, expect, it } from 'vitest';

import {
  createCountryIndex,
  mapCountryNames,
  normalizeCountryName,
  type CountryLookupRow,
} from '../../scripts/data/country-names';
import { DataBuildError } from '../../scripts/data/errors';
import { repairMojibake } from '../../scripts/data/mojibake';

/** Encodes text as UTF-8 and decodes the bytes as Windows-1252, as a misconfigured reader does. */
function misreadAsWindows1252(text: string): string {
  return new TextDecoder('windows-1252').decode(new TextEncoder().encode(text));
}

const LOOKUP: CountryLookupRow[] = [
  { name: 'Curaçao', iso2: 'CW', iso3: 'CUW' },
  { name: 'Germany', iso2: 'DE', iso3: 'DEU' },
  { name: 'Kosovo', iso2: 'XK', iso3: 'KSV' },
  { name: 'Russia', iso2: 'RU', iso3: 'RUS' },
  { name: 'Réunion', iso2: 'RE', iso3: 'REU' },
  { name: 'Türkiye', iso2: 'TR', iso3: 'TUR' },
  { name: 'Åland Islands', iso2: 'AX', iso3: 'ALA' },
];

describe('repairMojibake', () => {
  it('repairs the Curaçao spelling of the flow file', () => {
    expect(repairMojibake('CuraÃ§ao')).toBe('Curaçao');
  });

  it.each([
    'Curaçao',
    'Réunion',
    'Côte d’Ivoire',
    'São Tomé and Príncipe',
    'Türkiye',
    'Åland Islands',
    'Saint Barthélemy',
    'Łódź',
    'Ελλάδα',
    '日本',
  ])('repairs any UTF-8 name misread as Windows-1252: %s', (name) => {
    const misread = misreadAsWindows1252(name);

    expect(misread).not.toBe(name);
    expect(repairMojibake(misread)).toBe(name);
  });

  it('repairs text misread twice', () => {
    const twice = misreadAsWindows1252(misreadAsWindows1252('Curaçao'));

    expect(repairMojibake(twice)).toBe('Curaçao');
  });

  it('repairs C1 controls left by an ISO-8859-1 decoder', () => {
    // "ő" is C5 91 in UTF-8. ISO-8859-1 reads 0x91 as the control U+0091, not as "‘".
    const bytes = new TextEncoder().encode('Győr');
    const misread = Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');

    expect(misread).toContain('\u0091');
    expect(repairMojibake(misread)).toBe('Győr');
  });

  it.each(['Germany', 'Réunion', 'Curaçao', 'Côte d’Ivoire', 'Åland', 'Ærø', '日本', ''])(
    'leaves correct text unchanged: %s',
    (name) => {
      expect(repairMojibake(name)).toBe(name);
    },
  );
});

describe('normalizeCountryName', () => {
  it('trims and collapses whitespace', () => {
    expect(normalizeCountryName('  South \t Korea \r')).toBe('South Korea');
  });

  it('repairs mojibake and composes accents', () => {
    expect(normalizeCountryName(' CuraÃ§ao ')).toBe('Curaçao');
    expect(normalizeCountryName('Cura\u0063\u0327ao')).toBe('Curaçao');
  });
});

describe('createCountryIndex', () => {
  it('gives Kosovo the user-assigned code XKX', () => {
    const index = createCountryIndex(LOOKUP, { aliases: {} });
    const kosovo = index.byName.get('Kosovo');

    expect(kosovo?.iso3).toBe('XKX');
    expect(kosovo?.iso2).toBe('XK');
    expect(kosovo?.isIso).toBe(false);
    expect(index.byIso3.has('KSV')).toBe(false);
    expect(index.byIso3.get('XKX')).toBe(kosovo);
  });

  it('marks ordinary countries as ISO', () => {
    const index = createCountryIndex(LOOKUP, { aliases: {} });

    expect(index.byName.get('Germany')).toMatchObject({ iso3: 'DEU', iso2: 'DE', isIso: true });
  });

  it('rejects duplicate names and codes', () => {
    const rows = [...LOOKUP, { name: 'Germany', iso2: 'DX', iso3: 'DEU' }];
    const build = () => createCountryIndex(rows, { aliases: {} });

    expect(build).toThrow(DataBuildError);
    expect(build).toThrow(/name "Germany" appears twice/);
    expect(build).toThrow(/alpha-3 code DEU appears twice/);
  });

  it('rejects malformed codes', () => {
    const rows = [...LOOKUP, { name: 'Atlantis', iso2: 'at', iso3: 'ATLA' }];

    expect(() => createCountryIndex(rows, { aliases: {} })).toThrow(
      /"Atlantis" has invalid codes "at"\/"ATLA"/,
    );
  });
});

describe('mapCountryNames', () => {
  const index = createCountryIndex(LOOKUP, {
    aliases: { 'Russian Federation': 'Russia', Turkey: 'Türkiye' },
  });

  it('maps names, repaired names and aliases to codes', () => {
    const mapped = mapCountryNames(['Germany', 'CuraÃ§ao', ' Russian Federation', 'Turkey'], index);

    expect(mapped.map((country) => country.iso3)).toEqual(['DEU', 'CUW', 'RUS', 'TUR']);
    expect(mapped[1]).toMatchObject({ rawName: 'CuraÃ§ao', sourceName: 'Curaçao' });
    expect(mapped[2]).toMatchObject({
      rawName: ' Russian Federation',
      sourceName: 'Russian Federation',
      lookupName: 'Russia',
    });
  });

  it('maps Kosovo to XKX', () => {
    const [kosovo] = mapCountryNames(['Kosovo'], index);

    expect(kosovo).toMatchObject({ iso3: 'XKX', iso2: 'XK', isIso: false });
  });

  it('fails listing every unmapped name', () => {
    const names = ['Germany', 'Atlantis', 'Ruritania', 'CuraÃ§aoo'];
    let error: unknown;
    try {
      mapCountryNames(names, index, 'lookup.csv');
    } catch (caught) {
      error = caught;
    }

    expect(error).toBeInstanceOf(DataBuildError);
    const message = (error as Error).message;
    expect(message).toContain('3 country name(s) in the flow file are not in lookup.csv');
    expect(message).toContain('"Atlantis"');
    expect(message).toContain('"Ruritania"');
    expect(message).toContain('"CuraÃ§aoo" (read as "Curaçaoo")');
    expect(message).not.toContain('"Germany"');
    expect(message).toContain('scripts/reference/country-name-aliases.ts');
  });

  it('fails on a used alias whose target is not in the lookup', () => {
    const withBadAlias = createCountryIndex(LOOKUP, { aliases: { Rossiya: 'Russian Empire' } });

    expect(() => mapCountryNames(['Germany'], withBadAlias)).not.toThrow();
    expect(() => mapCountryNames(['Rossiya'], withBadAlias)).toThrow(
      /"Rossiya" \(alias of "Russian Empire", also not in the lookup\)/,
    );
  });

  it('fails when two names map to one country', () => {
    expect(() => mapCountryNames(['Russia', 'Russian Federation'], index)).toThrow(
      /RUS: "Russia", "Russian Federation"/,
    );
  });
});
