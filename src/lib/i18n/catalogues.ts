/**
 * The message catalogue of each interface language, for code outside components.
 *
 * English ships with every page, because pages are prerendered in English. Dutch and French are
 * loaded when first chosen, which keeps their text out of the first page's JavaScript.
 */
import { en, type Messages } from './messages/en';
import type { Locale } from './locales';

const loaded: Partial<Record<Locale, Messages>> = { en };

const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  nl: () => import('./messages/nl').then((module) => module.nl),
  fr: () => import('./messages/fr').then((module) => module.fr),
};

/**
 * Returns the catalogue of `locale`. The interface switches language only once its catalogue
 * is loaded (see applyLocale), so a locale taken from `i18n.locale` is always ready here.
 */
export function catalogue(locale: Locale): Messages {
  const messages = loaded[locale];
  if (messages === undefined) {
    throw new Error(
      `The ${locale} messages are not loaded. Call loadCatalogue('${locale}') first.`,
    );
  }
  return messages;
}

/** Loads the catalogue of `locale` once and returns it. */
export async function loadCatalogue(locale: Locale): Promise<Messages> {
  const ready = loaded[locale];
  if (ready !== undefined) return ready;

  const messages = await LOADERS[locale as Exclude<Locale, 'en'>]();
  loaded[locale] = messages;
  return messages;
}
