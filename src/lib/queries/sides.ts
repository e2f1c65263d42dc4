/** The two sides of ASEM and the direction of a flow between them. */
export type Side = 'asia' | 'europe';

export type Direction = 'asia-to-europe' | 'europe-to-asia';

export const DIRECTIONS: readonly Direction[] = ['asia-to-europe', 'europe-to-asia'];

export function isDirection(value: string): value is Direction {
  return (DIRECTIONS as readonly string[]).includes(value);
}

/** Returns the origin and destination sides of `direction`. */
export function directionSides(direction: Direction): { origin: Side; destination: Side } {
  return direction === 'asia-to-europe'
    ? { origin: 'asia', destination: 'europe' }
    : { origin: 'europe', destination: 'asia' };
}

/**
 * Returns SQL for the ASEM partners in the year bound to its one `?`: the countries of
 * `countriesTable` (a checked identifier) that had joined by then. Columns: `iso3`, `side`.
 */
export function membersInYearSql(countriesTable: string): string {
  return `
  SELECT iso3, asem_side AS side
  FROM ${countriesTable}
  WHERE asem_side IS NOT NULL AND asem_join_year <= ?`;
}
