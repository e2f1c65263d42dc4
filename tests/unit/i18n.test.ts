import { describe, expect, it } from 'vitest';
import { formatCount, formatIndex, formatRatio } from '../../src/lib/format';
import { INTL_TAGS, pickLocale } from '../../src/lib/i18n/locales';
import { en } from '../../src/lib/i18n/messages/en';
import { fr } from '../../src/lib/i18n/messages/fr';
import { nl } from '../../src/lib/i18n/messages/nl';

/** Lists every key path of a catalogue, so the three languages can be compared. */
function keyPaths(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null
      ? keyPaths(child, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('pickLocale', () => {
  it('prefers the URL parameter', () => {
    expect(pickLocale('fr', 'nl', ['en-GB'])).toBe('fr');
  });

  it('falls back to the remembered choice', () => {
    expect(pickLocale(null, 'nl', ['fr-BE'])).toBe('nl');
  });

  it('falls back to the browser language', () => {
    expect(pickLocale('de', null, ['de-DE', 'nl-BE', 'fr'])).toBe('nl');
  });

  it('defaults to English', () => {
    expect(pickLocale('<script>', 'xx', ['de-DE'])).toBe('en');
  });
});

describe('message catalogues', () => {
  it('have the same keys in every language', () => {
    const english = keyPaths(en).sort();
    expect(keyPaths(nl).sort()).toEqual(english);
    expect(keyPaths(fr).sort()).toEqual(english);
  });

  it('translate every plain string', () => {
    expect(nl.overview.heading).not.toBe(en.overview.heading);
    expect(fr.overview.heading).not.toBe(en.overview.heading);
    expect(fr.controls.year).toBe('Année');
    expect(nl.controls.year).toBe('Jaar');
  });
});

describe('number formats per language', () => {
  it('group thousands as each language does', () => {
    expect(formatCount(500003, INTL_TAGS.en)).toBe('500,003');
    expect(formatCount(500003, INTL_TAGS.nl)).toBe('500.003');
    // French groups with a narrow no-break space (U+202F).
    expect(formatCount(500003, INTL_TAGS.fr)).toBe('500\u202f003');
  });

  it('write decimals with the local separator', () => {
    expect(formatRatio(14.8, INTL_TAGS.en)).toBe('14.8×');
    expect(formatRatio(14.8, INTL_TAGS.nl)).toBe('14,8×');
    expect(formatIndex(-0.5, INTL_TAGS.fr)).toBe('-0,50');
  });

  it('keep two significant digits below one', () => {
    expect(formatRatio(0.0491, INTL_TAGS.en)).toBe('0.049×');
    expect(formatRatio(0.994, INTL_TAGS.en)).toBe('0.99×');
  });

  it('write ratios near one with a decimal', () => {
    expect(formatRatio(0.999, INTL_TAGS.en)).toBe('1.0×');
    expect(formatRatio(0.995, INTL_TAGS.nl)).toBe('1,0×');
    expect(formatRatio(1, INTL_TAGS.en)).toBe('1.0×');
  });
});
