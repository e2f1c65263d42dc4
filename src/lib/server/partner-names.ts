/**
 * The ASEM partners' names in every interface language, read once at build time from
 * countries.parquet, so prerendered pages can name countries before DuckDB-WASM has loaded.
 */
import { resolve } from 'node:path';
import { queryPartnerNames, type LocalizedName } from '../queries/partner-names';
import { dataDirectory } from './default-overview';
import { openNodeDatabase } from './duckdb-node';

let cached: Promise<Record<string, LocalizedName>> | null = null;

async function readNames(dataDir: string): Promise<Record<string, LocalizedName>> {
  const db = await openNodeDatabase({ countries: resolve(dataDir, 'countries.parquet') });
  try {
    return await queryPartnerNames(db);
  } finally {
    db.close();
  }
}

/** Returns the partner names; every page of one build shares a single read. */
export function loadPartnerNames(): Promise<Record<string, LocalizedName>> {
  cached ??= readNames(dataDirectory());
  return cached;
}
