import type { Database } from '../db/types';

/** Returns the years present in the flows table, oldest first. */
export async function queryYears(db: Database): Promise<number[]> {
  const rows = await db.query<{ year: number }>('SELECT DISTINCT year FROM flows ORDER BY year');
  return rows.map((row) => row.year);
}
