import type { Database } from '../db/types';
import type { Locale } from '../i18n/locales';
import { checkTables, DEFAULT_TABLES, type FlowTables } from './tables';

/** The countries table's name column per interface language. */
const NAME_COLUMNS: Record<Locale, string> = { en: 'name_en', nl: 'name_nl', fr: 'name_fr' };

/** Returns every country's name in `locale`, keyed by ISO3 code. */
export async function queryCountryNames(
  db: Database,
  tables: FlowTables = DEFAULT_TABLES,
  locale: Locale = 'en',
): Promise<Map<string, string>> {
  const { countries } = checkTables(tables);
  const column = NAME_COLUMNS[locale];
  const rows = await db.query<{ iso3: string; name: string }>(
    `SELECT iso3, ${column} AS name FROM ${countries} ORDER BY iso3`,
  );
  return new Map(rows.map((row) => [row.iso3, row.name]));
}
