/**
 * The current interface language, shared by every component. Pages are prerendered in English;
 * in the browser the layout applies the language from the URL, the remembered choice or the
 * browser's preference.
 */
import { CATALOGUES } from './catalogues';
import type { Messages } from './messages/en';
import { DEFAULT_LOCALE, INTL_TAGS, LOCALE_STORAGE_KEY, type Locale } from './locales';

let current = $state<Locale>(DEFAULT_LOCALE);

export const i18n = {
  get locale(): Locale {
    return current;
  },
  /** The message catalogue of the current language. */
  get t(): Messages {
    return CATALOGUES[current];
  },
  /** The BCP 47 tag for `Intl` number and date formats. */
  get tag(): string {
    return INTL_TAGS[current];
  },
};

/** Switches the interface to `locale` and sets the document's `lang` attribute. */
export function applyLocale(locale: Locale): void {
  current = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** Remembers an explicit choice of language; storage may be unavailable (private windows). */
export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Without storage the choice lasts as long as the URL carries it.
  }
}

export function readRememberedLocale(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}
