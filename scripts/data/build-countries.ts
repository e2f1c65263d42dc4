import type { DuckDBConnection } from '@duckdb/node-api';

import { ASEM_PARTNERS, ASEM_PARTNERS_BY_ISO3, type AsemSide } from '../reference/asem-partners';
import { lookUpCountryNames } from './country-display-names';
import type { CountryIndex, MappedCountry } from './country-names';
import { queryRows } from './duckdb';
import { DataBuildError } from './errors';
import type { BuildLogger } from './logger';

/** One row of countries.parquet. */
export interface CountryRow {
  iso3: string;
  iso2: string;
  nameEn: string;
  nameNl: string;
  nameFr: string;
  /** OECD spelling from the flow file after repair, or null for a partner absent from it. */
  sourceName: string | null;
  asemSide: AsemSide | null;
  asemJoinYear: number | null;
  isIso: boolean;
  hasHostData: boolean;
}

/**
 * Lists every country of the flow data plus every ASEM partner, sorted by alpha-3 code.
 * `hostIso3` contains the countries that appear as a destination.
 */
export function assembleCountryRows(
  mapped: readonly MappedCountry[],
  hostIso3: ReadonlySet<string>,
  index: CountryIndex,
  logger: BuildLogger,
): CountryRow[] {
  const sourceByIso3 = new Map(mapped.map((country) => [country.iso3, country]));
  const allIso3 = new Set([...sourceByIso3.keys(), ...ASEM_PARTNERS.map((p) => p.iso3)]);

  return [...allIso3].sort().map((iso3): CountryRow => {
    const source = sourceByIso3.get(iso3);
    const code = source ?? index.byIso3.get(iso3);

    if (code === undefined) {
      throw new DataBuildError(
        `ASEM partner ${iso3} is not in the country lookup file. ` +
          'Check its code in scripts/reference/asem-partners.ts.',
      );
    }

    const names = lookUpCountryNames(code.iso2, code.lookupName, logger);
    const partner = ASEM_PARTNERS_BY_ISO3.get(iso3);

    return {
      iso3,
      iso2: code.iso2,
      // The OECD's spellings are the everyday short names ("China", "South Korea", "Laos"),
      // where the package's first English name is often the formal one.
      nameEn: source?.sourceName ?? names.en,
      nameNl: names.nl,
      nameFr: names.fr,
      sourceName: source?.sourceName ?? null,
      asemSide: partner?.side ?? null,
      asemJoinYear: partner?.joinYear ?? null,
      isIso: code.isIso,
      hasHostData: hostIso3.has(iso3),
    };
  });
}

/**
 * Returns the alpha-3 codes that appear as a destination in table `flows`, found from the host
 * names in the smaller table `source_keys`.
 */
export async function listHostCountries(connection: DuckDBConnection): Promise<Set<string>> {
  const rows = await queryRows<{ iso3: string }>(
    connection,
    'SELECT iso3 FROM country_map WHERE raw_name IN (SELECT c1 FROM source_keys)',
  );
  return new Set(rows.map((row) => row.iso3));
}

/** Creates table `countries` with the column names and types of countries.parquet. */
export async function createCountriesTable(
  connection: DuckDBConnection,
  rows: readonly CountryRow[],
): Promise<void> {
  await connection.run(
    `CREATE TABLE countries (
       iso3 VARCHAR NOT NULL PRIMARY KEY,
       iso2 VARCHAR NOT NULL,
       name_en VARCHAR NOT NULL,
       name_nl VARCHAR NOT NULL,
       name_fr VARCHAR NOT NULL,
       source_name VARCHAR,
       asem_side VARCHAR CHECK (asem_side IN ('asia', 'europe')),
       asem_join_year SMALLINT,
       is_iso BOOLEAN NOT NULL,
       has_host_data BOOLEAN NOT NULL
     )`,
  );

  const appender = await connection.createAppender('countries');
  const appendNullableVarchar = (value: string | null) =>
    value === null ? appender.appendNull() : appender.appendVarchar(value);

  for (const row of rows) {
    appender.appendVarchar(row.iso3);
    appender.appendVarchar(row.iso2);
    appender.appendVarchar(row.nameEn);
    appender.appendVarchar(row.nameNl);
    appender.appendVarchar(row.nameFr);
    appendNullableVarchar(row.sourceName);
    appendNullableVarchar(row.asemSide);
    if (row.asemJoinYear === null) appender.appendNull();
    else appender.appendSmallInt(row.asemJoinYear);
    appender.appendBoolean(row.isIso);
    appender.appendBoolean(row.hasHostData);
    appender.endRow();
  }

  appender.closeSync();
}
