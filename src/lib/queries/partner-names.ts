import type { Database } from '../db/types';
import type { Locale } from '../i18n/locales';
import { checkTables, DEFAULT_TABLES, type FlowTables } from './tables';

/** A country's name in each interface language, from the countries table. */
export type LocalizedName = Record<Locale, string>;

/** Returns every ASEM partner's English, Dutch and French name, keyed by ISO3 code. */
export async function queryPartnerNames(
  db: Database,
  tables: FlowTables = DEFAULT_TABLES,
): Promise<Record<string, LocalizedName>> {
  const { countries } = checkTables(tables);
  const rows = await db.query<{ iso3: string; en: string; nl: string; fr: string }>(
    `SELECT iso3, name_en AS en, name_nl AS nl, name_fr AS fr
     FROM ${countries}
     WHERE asem_side IS NOT NULL
     ORDER BY iso3`,
  );
  return Object.fromEntries(rows.map((row) => [row.iso3, { en: row.en, nl: row.nl, fr: row.fr }]));
}
