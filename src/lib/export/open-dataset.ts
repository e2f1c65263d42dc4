/**
 * Opens the embedded dataset with what every view needs besides its query: the years present
 * and the English country names.
 */
import { getDefaultDatabase } from '../db/default-dataset';
import type { Database } from '../db/types';
import type { Logger } from '../log';
import { queryCountryNames } from '../queries/countries';
import { queryYears } from '../queries/years';

export interface OpenDataset {
  db: Database;
  years: number[];
  names: Map<string, string>;
}

export async function openDataset(logger: Logger): Promise<OpenDataset> {
  const db = await getDefaultDatabase(logger);
  const years = await queryYears(db);
  const names = await queryCountryNames(db);
  return { db, years, names };
}
