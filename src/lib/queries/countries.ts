import type { Database } from '../db/types';
import { checkTables, DEFAULT_TABLES, type FlowTables } from './tables';

/** Returns the English name of every country in the countries table, keyed by ISO3 code. */
export async function queryCountryNames(
  db: Database,
  tables: FlowTables = DEFAULT_TABLES,
): Promise<Map<string, string>> {
  const { countries } = checkTables(tables);
  const rows = await db.query<{ iso3: string; name: string }>(
    `SELECT iso3, name_en AS name FROM ${countries} ORDER BY iso3`,
  );
  return new Map(rows.map((row) => [row.iso3, row.name]));
}
