/** The interface languages: those of the Flemish and French Communities' users, and English. */
export const LOCALES = ['en', 'nl', 'fr'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name in itself, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  nl: 'Nederlands',
  fr: 'Français',
};

/** BCP 47 tags for number and date formats; Belgian variants for Dutch and French. */
export const INTL_TAGS: Record<Locale, string> = { en: 'en-GB', nl: 'nl-BE', fr: 'fr-BE' };

/** Key under which the chosen language is remembered in localStorage. */
export const LOCALE_STORAGE_KEY = 'asem-mobility.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Chooses the language: the URL's `lang` parameter first, then the remembered choice, then the
 * browser's preferred languages, then English.
 */
export function pickLocale(
  fromUrl: string | null,
  remembered: string | null,
  browserLanguages: readonly string[] = [],
): Locale {
  if (isLocale(fromUrl)) return fromUrl;
  if (isLocale(remembered)) return remembered;
  for (const tag of browserLanguages) {
    const language = tag.toLowerCase().split('-')[0];
    if (isLocale(language)) return language;
  }
  return DEFAULT_LOCALE;
}
