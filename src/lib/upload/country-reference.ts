/**
 * The reference table that turns what people write in a country column into one identity, an
 * ISO 3166-1 alpha-3 code. It reads alpha-2, alpha-3 and numeric (M49) codes, and names in
 * English, French, German, Dutch and Spanish. It adds Eurostat's `EL` and `UK`, Kosovo (kept,
 * marked non-ISO) and common variants, and tells aggregates such as `World` apart.
 */
import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import nl from 'i18n-iso-countries/langs/nl.json';
import { isAggregate } from './aggregates';
import { EXTRA_ALPHA2, NAME_ALIASES, NON_ISO_CANONICAL, NON_ISO_CODES } from './country-aliases';
import { normaliseName } from './normalise';

export type CountryMatch =
  { kind: 'country'; iso3: string; isIso: boolean } | { kind: 'aggregate' } | { kind: 'unknown' };

const LOCALES = [en, fr, de, nl, es];

let names: Map<string, string> | undefined;

/** Builds the name lookup once: folded name → alpha-3 code. */
function nameTable(): Map<string, string> {
  if (names) return names;
  for (const locale of LOCALES) countries.registerLocale(locale);

  const table = new Map<string, string>();
  const alpha2ToAlpha3 = countries.getAlpha2Codes();
  for (const locale of LOCALES) {
    const localised = countries.getNames(locale.locale, { select: 'all' });
    for (const [alpha2, spellings] of Object.entries(localised)) {
      const iso3 = alpha2ToAlpha3[alpha2];
      if (!iso3 || alpha2 === 'XK') continue;
      for (const spelling of spellings) {
        const key = normaliseName(spelling);
        // English is registered first and wins a clash with another language's spelling.
        if (key.length > 2 && !table.has(key)) table.set(key, iso3);
      }
    }
  }
  for (const [key, iso3] of Object.entries(NAME_ALIASES)) table.set(key, iso3);
  names = table;
  return table;
}

function lookupName(value: string): string | undefined {
  const table = nameTable();
  const key = normaliseName(value);
  const direct = table.get(key);
  if (direct) return direct;

  // "Korea, Republic of" → "republic of korea"; "Bolivia (Plurinational State of)" → "bolivia".
  const comma = /^([^,]+),\s*(.+)$/.exec(value);
  if (comma) {
    const reordered = table.get(normaliseName(`${comma[2]} ${comma[1]}`));
    if (reordered) return reordered;
  }
  const withoutBrackets = value.replace(/\s*[([].*?[)\]]\s*/g, ' ').trim();
  if (withoutBrackets !== value && withoutBrackets !== '') {
    return table.get(normaliseName(withoutBrackets));
  }
  return undefined;
}

/** Returns the English name of `iso3`, or the code itself when no name is known. */
export function countryName(iso3: string): string {
  nameTable();
  return NON_ISO_CODES[iso3] ?? countries.getName(iso3, 'en') ?? iso3;
}

/**
 * Resolves one cell of a country column. Codes are tried before names, so `NA` is Namibia in
 * a country column (the missing-value reading of `NA` applies only to count columns).
 */
export function resolveCountry(cell: string): CountryMatch {
  const value = cell.trim();
  if (value === '') return { kind: 'unknown' };
  nameTable();
  const upper = value.toUpperCase();

  if (/^\d{1,3}$/.test(value)) {
    // Leading zeros are kept by reading the file as text; a spreadsheet may still have cut them.
    const iso3 = countries.numericToAlpha3(value.padStart(3, '0'));
    if (iso3) return { kind: 'country', iso3, isIso: true };
    return { kind: 'unknown' };
  }
  if (/^[A-Z]{2}$/i.test(value)) {
    const extra = EXTRA_ALPHA2[upper];
    if (extra) return { kind: 'country', iso3: extra, isIso: !(extra in NON_ISO_CODES) };
    const iso3 = countries.alpha2ToAlpha3(upper);
    if (iso3) return { kind: 'country', iso3, isIso: true };
  }
  if (/^[A-Z]{3}$/i.test(value)) {
    if (upper in NON_ISO_CANONICAL) {
      return { kind: 'country', iso3: NON_ISO_CANONICAL[upper], isIso: false };
    }
    if (countries.alpha3ToAlpha2(upper)) return { kind: 'country', iso3: upper, isIso: true };
  }
  if (isAggregate(value)) return { kind: 'aggregate' };

  const iso3 = lookupName(value);
  if (iso3) return { kind: 'country', iso3, isIso: !(iso3 in NON_ISO_CODES) };
  return { kind: 'unknown' };
}
