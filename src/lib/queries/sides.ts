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
 * SQL for the ASEM partners in the year bound to its one `?`: the countries that had joined by
 * then, with their side. Columns: `iso3`, `side`.
 */
export const MEMBERS_IN_YEAR_SQL = `
  SELECT iso3, asem_side AS side
  FROM countries
  WHERE asem_side IS NOT NULL AND asem_join_year <= ?`;
