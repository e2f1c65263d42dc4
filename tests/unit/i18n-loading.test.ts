import { describe, expect, it } from 'vitest';
import { catalogue, loadCatalogue } from '../../src/lib/i18n/catalogues';
import { applyLocale, i18n } from '../../src/lib/i18n/i18n.svelte';

describe('loading message catalogues', () => {
  it('keeps the language until loaded', async () => {
    expect(i18n.locale).toBe('en');

    const switchToFrench = applyLocale('fr');
    expect(i18n.locale).toBe('en');
    expect(i18n.t.layout.nav.map).toBe('Map');

    await switchToFrench;
    expect(i18n.locale).toBe('fr');
    expect(i18n.t.layout.nav.map).toBe('Carte');
  });

  it('last overlapping choice wins', async () => {
    await applyLocale('en');

    await Promise.all([applyLocale('nl'), applyLocale('en')]);

    expect(i18n.locale).toBe('en');
  });

  it('loads each catalogue once', async () => {
    const dutchMessages = await loadCatalogue('nl');
    expect(catalogue('nl')).toBe(dutchMessages);
    expect(await loadCatalogue('nl')).toBe(dutchMessages);
    expect(dutchMessages.layout.nav.upload).toBe('Gegevens opladen');
  });
});
