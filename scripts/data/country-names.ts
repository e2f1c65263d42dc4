import { COUNTRY_NAME_ALIASES } from '../reference/country-name-aliases';
import { USER_ASSIGNED_CODES, type UserAssignedCode } from '../reference/user-assigned-codes';
import { DataBuildError } from './errors';
import { repairMojibake } from './mojibake';

/** One row of the name -> code lookup file. */
export interface CountryLookupRow {
  name: string;
  iso2: string;
  iso3: string;
}

export interface CountryCode {
  /** Name as spelled in the lookup file. */
  lookupName: string;
  iso2: string;
  iso3: string;
  /** False for user-assigned codes such as XK/XKX for Kosovo. */
  isIso: boolean;
}

/** A country name from the flow file with the code it maps to. */
export interface MappedCountry extends CountryCode {
  /** Name exactly as it appears in the flow file. */
  rawName: string;
  /** The same name after trimming and mojibake repair. */
  sourceName: string;
}

export interface CountryIndex {
  byName: ReadonlyMap<string, CountryCode>;
  byIso3: ReadonlyMap<string, CountryCode>;
  aliases: Readonly<Record<string, string>>;
}

export interface CountryIndexOptions {
  aliases?: Readonly<Record<string, string>>;
  userAssignedCodes?: ReadonlyMap<string, UserAssignedCode>;
  /** Label of the lookup rows' origin, such as a file path, for error messages. */
  lookupLabel?: string;
}

/** Trims, collapses inner whitespace, repairs mojibake and applies Unicode NFC. */
export function normalizeCountryName(name: string): string {
  return repairMojibake(name).normalize('NFC').trim().replace(/\s+/g, ' ');
}

/**
 * Indexes the lookup rows by normalized name and by alpha-3 code, and replaces user-assigned
 * codes such as Kosovo's. Fails on malformed codes and duplicates.
 */
export function createCountryIndex(
  rows: readonly CountryLookupRow[],
  options: CountryIndexOptions = {},
): CountryIndex {
  const aliases = options.aliases ?? COUNTRY_NAME_ALIASES;
  const userAssignedCodes = options.userAssignedCodes ?? USER_ASSIGNED_CODES;
  const lookupLabel = options.lookupLabel ?? 'the country lookup';

  const byName = new Map<string, CountryCode>();
  const byIso3 = new Map<string, CountryCode>();
  const byIso2 = new Map<string, CountryCode>();
  const problems: string[] = [];

  for (const row of rows) {
    const name = normalizeCountryName(row.name);
    const userAssigned = userAssignedCodes.get(row.iso2);
    const entry: CountryCode = {
      lookupName: name,
      iso2: userAssigned?.iso2 ?? row.iso2,
      iso3: userAssigned?.iso3 ?? row.iso3,
      isIso: userAssigned === undefined,
    };

    if (!/^[A-Z]{2}$/.test(entry.iso2) || !/^[A-Z]{3}$/.test(entry.iso3)) {
      problems.push(`"${row.name}" has invalid codes "${row.iso2}"/"${row.iso3}"`);
    }
    if (byName.has(name)) problems.push(`name "${name}" appears twice`);
    if (byIso2.has(entry.iso2)) problems.push(`alpha-2 code ${entry.iso2} appears twice`);
    if (byIso3.has(entry.iso3)) problems.push(`alpha-3 code ${entry.iso3} appears twice`);

    byName.set(name, entry);
    byIso2.set(entry.iso2, entry);
    byIso3.set(entry.iso3, entry);
  }

  if (problems.length > 0) {
    throw new DataBuildError(
      `Invalid country lookup in ${lookupLabel}:\n  ${problems.join('\n  ')}\n` +
        'Fix these rows of the lookup file.',
    );
  }

  return { byName, byIso3, aliases };
}

/**
 * Maps every flow-file country name to its code, in input order.
 *
 * Fails listing every name that does not map, rather than dropping its rows, and fails when two
 * different names map to one country, because their rows would then collide.
 */
export function mapCountryNames(
  rawNames: readonly string[],
  index: CountryIndex,
  lookupLabel = 'the country lookup file',
): MappedCountry[] {
  const mapped: MappedCountry[] = [];
  const unmapped: string[] = [];

  for (const rawName of rawNames) {
    const sourceName = normalizeCountryName(rawName);
    const alias = index.aliases[sourceName];
    const code = index.byName.get(alias ?? sourceName);

    if (code === undefined) {
      const notes = [
        sourceName === rawName ? '' : ` (read as ${JSON.stringify(sourceName)})`,
        alias === undefined ? '' : ` (alias of ${JSON.stringify(alias)}, also not in the lookup)`,
      ];
      unmapped.push(`${JSON.stringify(rawName)}${notes.join('')}`);
    } else {
      mapped.push({ ...code, rawName, sourceName });
    }
  }

  if (unmapped.length > 0) {
    throw new DataBuildError(
      `${unmapped.length} country name(s) in the flow file are not in ${lookupLabel}: ` +
        `${unmapped.join(', ')}.\n` +
        'Add each one to COUNTRY_NAME_ALIASES in scripts/reference/country-name-aliases.ts, ' +
        "mapped to the lookup file's spelling of that country.",
    );
  }

  rejectSharedCodes(mapped);
  return mapped;
}

function rejectSharedCodes(mapped: readonly MappedCountry[]): void {
  const namesByIso3 = new Map<string, string[]>();

  for (const country of mapped) {
    const names = namesByIso3.get(country.iso3) ?? [];
    names.push(JSON.stringify(country.rawName));
    namesByIso3.set(country.iso3, names);
  }

  const shared = [...namesByIso3].filter(([, names]) => names.length > 1);
  if (shared.length === 0) return;

  const listed = shared.map(([iso3, names]) => `${iso3}: ${names.join(', ')}`);
  throw new DataBuildError(
    `Several flow-file names map to the same country, so their rows would merge:\n` +
      `  ${listed.join('\n  ')}\n` +
      'Check the alias table in scripts/reference/country-name-aliases.ts, or the source file.',
  );
}
