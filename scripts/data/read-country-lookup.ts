import type { DuckDBConnection } from '@duckdb/node-api';

import type { CountryLookupRow } from './country-names';
import { queryRows } from './duckdb';
import { DataBuildError } from './errors';
import { loadCsvAsText } from './read-csv';

const LOOKUP_CSV_HEADER = ['COUNTRY', '2_DIGIT_CODE', '3_DIGIT_CODE'] as const;

interface LookupRecord {
  record: number;
  name: string | null;
  iso2: string | null;
  iso3: string | null;
}

/** Reads the name -> ISO 3166 code lookup file. Code format and duplicates are checked later. */
export async function readCountryLookup(
  connection: DuckDBConnection,
  filePath: string,
): Promise<CountryLookupRow[]> {
  const csv = await loadCsvAsText(connection, filePath, 'raw_country_lookup', LOOKUP_CSV_HEADER);

  const rows = await queryRows<LookupRecord>(
    connection,
    `SELECT record, c1 AS name, c2 AS iso2, c3 AS iso3
     FROM raw_country_lookup WHERE record > 1 ORDER BY record`,
  );

  const incomplete = rows.filter((row) => !row.name || !row.iso2 || !row.iso3);
  if (incomplete.length > 0) {
    const listed = incomplete.map((row) => csv.describeRecord(row.record)).join(', ');
    throw new DataBuildError(
      `Empty cells in ${filePath} at ${listed}. Every row needs a name and both codes.`,
    );
  }

  return rows.map((row) => ({ name: row.name ?? '', iso2: row.iso2 ?? '', iso3: row.iso3 ?? '' }));
}
