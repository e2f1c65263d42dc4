/**
 * Which source column contains which field of a flow. It is guessed from header names, and from the values where the
 * names do not match. The user confirms or changes it before the data is read.
 */
import { normaliseName } from './normalise';

export const ROLES = [
  'origin',
  'destination',
  'year',
  'count',
  'level',
  'programme',
  'flag',
] as const;

export type Role = (typeof ROLES)[number];

/** Column index for each role, or null when the file has no such column. */
export type ColumnMapping = Record<Role, number | null>;

export const REQUIRED_ROLES: readonly Role[] = ['origin', 'destination', 'year', 'count'];

/**
 * Header words for each role, tried in this order, so "country of origin" is an origin. Dutch
 * and French words follow the English ones, because Flemish and francophone statistics offices
 * label their files in their own language.
 */
const HEADER_RULES: [Role, RegExp][] = [
  ['flag', /\b(flag|flags|flag codes|obs status|status|statut)\b/],
  [
    'origin',
    /\b(origin|from|sending|home|nationality|citizenship|partner|counterpart|herkomst|afkomst|nationaliteit|origine|provenance|nationalite)\b/,
  ],
  [
    'destination',
    /\b(destination|dest|to|receiving|host|reporting|country|geo|ref area|bestemming|gastland|accueil)\b/,
  ],
  [
    'year',
    /\b(year|time|time period|period|academic year|yr|jaar|academiejaar|schooljaar|annee|periode)\b/,
  ],
  ['level', /\b(level|isced|isced11|education level|edu level|niveau|onderwijsniveau)\b/],
  ['programme', /\b(programme|program|scheme|action|project|programma|projet)\b/],
  [
    'count',
    /\b(students|student|count|value|obs value|participants|number|headcount|enrolments|enrollments|placements|mobility|persons|n|studenten|aantal|deelnemers|etudiants|etudiant|nombre|effectif|inscrits)\b/,
  ],
];

function headerRole(name: string): Role | null {
  const folded = normaliseName(name.replace(/_/g, ' '));
  for (const [role, pattern] of HEADER_RULES) if (pattern.test(folded)) return role;
  return null;
}

function looksLikeYears(cells: readonly string[]): boolean {
  const filled = cells.filter((cell) => cell.trim() !== '');
  return (
    filled.length > 0 && filled.every((cell) => /^\s*(19|20)\d\d([-/–]\d{2,4})?\s*$/.test(cell))
  );
}

/**
 * Returns the guessed mapping of `header`. `sample` contains the first rows' cells, used only for
 * a year column whose name says nothing.
 */
export function guessMapping(
  header: readonly string[],
  sample: readonly string[][],
): ColumnMapping {
  const mapping: ColumnMapping = {
    origin: null,
    destination: null,
    year: null,
    count: null,
    level: null,
    programme: null,
    flag: null,
  };
  header.forEach((name, index) => {
    const role = headerRole(name);
    if (role && mapping[role] === null) mapping[role] = index;
  });

  if (mapping.year === null) {
    const used = new Set(Object.values(mapping));
    const index = header.findIndex(
      (_, column) => !used.has(column) && looksLikeYears(sample.map((row) => row[column] ?? '')),
    );
    if (index !== -1) mapping.year = index;
  }
  return mapping;
}

/** Returns the required roles that `mapping` leaves without a column. */
export function missingRoles(mapping: ColumnMapping): Role[] {
  return REQUIRED_ROLES.filter((role) => mapping[role] === null);
}
