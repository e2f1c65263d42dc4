import type { Database } from '../db/types';
import { checkTables, DEFAULT_TABLES, type FlowTables } from './tables';

/** Returns the years present in the flows table, oldest first. */
export async function queryYears(
  db: Database,
  tables: FlowTables = DEFAULT_TABLES,
): Promise<number[]> {
  const { flows } = checkTables(tables);
  const rows = await db.query<{ year: number }>(
    `SELECT DISTINCT year FROM ${flows} WHERE year IS NOT NULL ORDER BY year`,
  );
  return rows.map((row) => row.year);
}
