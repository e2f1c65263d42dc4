/**
 * The overview's default view, computed at build time with native DuckDB from the same Parquet
 * files and SQL that the browser uses. The prerendered page ships it in its HTML, so the first
 * figures and charts appear before DuckDB-WASM has been downloaded.
 */
import { resolve } from 'node:path';
import { parseOverviewState } from '../overview-state';
import { queryCountryNames } from '../queries/countries';
import { queryOverview, type OverviewData } from '../queries/overview';
import { queryPartners, type PartnerInfo } from '../queries/partners';
import { queryYears } from '../queries/years';
import { openNodeDatabase } from './duckdb-node';

export interface PrerenderedOverview {
  /** Years present in the flows table, oldest first. */
  years: number[];
  /** English country names as `[iso3, name]` pairs, because a Map does not survive JSON. */
  names: [string, string][];
  /** The ASEM partners, for the grouping controls. */
  partners: PartnerInfo[];
  /** Everything the overview shows for the default year, level and direction. */
  overview: OverviewData;
}

/**
 * Folder of `flows.parquet` and `countries.parquet`: `ASEM_DATA_DIR` if set (the benchmark
 * builds the site on synthetic data this way), else `data/` in the current folder, which is the
 * repository root when Vite builds.
 */
export function dataDirectory(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.ASEM_DATA_DIR || 'data');
}

/** Runs the default view's queries on the Parquet files in `dataDir`. */
export async function loadDefaultOverview(
  dataDir: string = dataDirectory(),
): Promise<PrerenderedOverview> {
  const db = await openNodeDatabase({
    flows: resolve(dataDir, 'flows.parquet'),
    countries: resolve(dataDir, 'countries.parquet'),
  });

  try {
    const years = await queryYears(db);
    if (years.length === 0) {
      throw new Error(`${resolve(dataDir, 'flows.parquet')} has no rows with a year.`);
    }

    const names = await queryCountryNames(db);
    const { state } = parseOverviewState(new URLSearchParams(), years);
    const overview = await queryOverview(db, state);
    const partners = await queryPartners(db);
    return { years, names: [...names], partners, overview };
  } finally {
    db.close();
  }
}
