/** The message catalogue of each interface language, for code outside components. */
import { en, type Messages } from './messages/en';
import { fr } from './messages/fr';
import { nl } from './messages/nl';
import type { Locale } from './locales';

export const CATALOGUES: Record<Locale, Messages> = { en, nl, fr };
