/**
 * The tables a query reads. The default dataset is `flows` and `countries`; other datasets
 * (uploads, other sources) are loaded under other names and passed in here.
 */
export interface FlowTables {
  /** Table with columns `year, origin, destination, level, students`. */
  flows: string;
  /** Table with at least `iso3, name_en, asem_side, asem_join_year`. */
  countries: string;
}

export const DEFAULT_TABLES: FlowTables = { flows: 'flows', countries: 'countries' };

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Returns `tables` after checking that each name is a plain lower-case SQL identifier, because
 * table names are written into SQL text and cannot be bound as parameters.
 */
export function checkTables(tables: FlowTables): FlowTables {
  for (const name of [tables.flows, tables.countries]) {
    if (!IDENTIFIER.test(name)) {
      throw new Error(
        `Invalid table name "${name}": use lower-case letters, digits and underscores.`,
      );
    }
  }
  return tables;
}
