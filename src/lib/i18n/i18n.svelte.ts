/**
 * The current interface language, shared by every component. Pages are prerendered in English;
 * in the browser the layout applies the language from the URL, the remembered choice or the
 * browser's preference.
 */
import { catalogue, loadCatalogue } from './catalogues';
import type { Messages } from './messages/en';
import { DEFAULT_LOCALE, INTL_TAGS, LOCALE_STORAGE_KEY, type Locale } from './locales';

let current = $state<Locale>(DEFAULT_LOCALE);

export const i18n = {
  get locale(): Locale {
    return current;
  },
  /** The message catalogue of the current language. */
  get t(): Messages {
    return catalogue(current);
  },
  /** The BCP 47 tag for `Intl` number and date formats. */
  get tag(): string {
    return INTL_TAGS[current];
  },
};

let requested: Locale = DEFAULT_LOCALE;

/**
 * Switches the interface to `locale` once its catalogue has loaded, and sets the document's
 * `lang` attribute. Until then the page keeps its current language. When choices overlap, the
 * last one wins.
 */
export async function applyLocale(locale: Locale): Promise<void> {
  requested = locale;
  await loadCatalogue(locale);
  if (requested !== locale) return;

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
