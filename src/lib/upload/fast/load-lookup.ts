/** Writes a lookup table of the fast path with bound parameters, in statements of few rows. */
import type { Database } from '../../db/types';
import { checkedName } from './fast-database';
import type { Lookup } from './lookups';

/** Rows per INSERT, which keeps each statement's parameters in the low thousands. */
const ROWS_PER_INSERT = 500;

export async function loadLookup(db: Database, name: string, lookup: Lookup): Promise<void> {
  const table = checkedName(name);
  const names = Object.keys(lookup.columns).map(checkedName);
  const types = Object.values(lookup.columns);
  const definitions = names.map((column, index) => `${column} ${types[index]}`).join(', ');
  await db.query(`CREATE OR REPLACE TABLE ${table} (${definitions})`);

  const row = `(${types.map((type) => `CAST(? AS ${type})`).join(', ')})`;
  for (let start = 0; start < lookup.rows.length; start += ROWS_PER_INSERT) {
    const chunk = lookup.rows.slice(start, start + ROWS_PER_INSERT);
    await db.query(`INSERT INTO ${table} VALUES ${chunk.map(() => row).join(', ')}`, chunk.flat());
  }
}
