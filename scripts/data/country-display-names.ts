import { createRequire } from 'node:module';

import countries, { type LocaleData } from 'i18n-iso-countries';

import type { BuildLogger } from './logger';

export type NameLocale = 'en' | 'nl' | 'fr';

export interface LocalizedNames {
  en: string;
  nl: string;
  fr: string;
}

const require = createRequire(import.meta.url);

for (const locale of ['en', 'nl', 'fr'] satisfies NameLocale[]) {
  countries.registerLocale(require(`i18n-iso-countries/langs/${locale}.json`) as LocaleData);
}

/**
 * Name variant taken per locale. The Dutch data of i18n-iso-countries 7.14 lists the formal state
 * name first, such as "Bondsrepubliek Duitsland", and the everyday name second. English and
 * French take the first name, which is the one to show.
 */
const NAME_CHOICE: Record<NameLocale, 'official' | 'alias'> = {
  en: 'official',
  nl: 'alias',
  fr: 'official',
};

/**
 * Returns English, Dutch and French names for an ISO alpha-2 code.
 *
 * A missing English name falls back to `fallbackName`, and a missing Dutch or French name to the
 * English one. Each fallback is logged as a warning.
 */
export function lookUpCountryNames(
  iso2: string,
  fallbackName: string,
  logger: BuildLogger,
): LocalizedNames {
  const findName = (locale: NameLocale): string | undefined =>
    countries.getName(iso2, locale, { select: NAME_CHOICE[locale] });

  let en = findName('en');
  if (en === undefined) {
    logger.warn(`No English name for ${iso2} in i18n-iso-countries; using "${fallbackName}".`);
    en = fallbackName;
  }

  const withFallback = (locale: NameLocale): string => {
    const name = findName(locale);
    if (name !== undefined) return name;

    logger.warn(`No ${locale} name for ${iso2} in i18n-iso-countries; using "${en}".`);
    return en;
  };

  return { en, nl: withFallback('nl'), fr: withFallback('fr') };
}

/** Returns the i18n-iso-countries version, which the provenance records because names change. */
export function readCountryNamesVersion(): string {
  return (require('i18n-iso-countries/package.json') as { version: string }).version;
}
