/**
 * Everything a country profile shows for one choice of source, year and level, fetched in one
 * call so the page can drop a whole result that a newer choice has made stale.
 */
import type { Database } from '../db/types';
import type { SourceInfo } from '../sources/sources';
import { queryPartnerBalances, type PartnerBalance } from './balance';
import { queryCountryLevels, type LevelExchange } from './country-levels';
import { queryCountryPartners, type PartnerPair } from './country-partners';
import { queryCountrySeries, type CountryYear } from './country-series';
import type { LevelCode } from './levels';

export interface CountryProfile {
  series: CountryYear[];
  partners: PartnerPair[];
  /** Exchange per ISCED level; empty for a source without levels. */
  levels: LevelExchange[];
  balances: PartnerBalance[];
}

export async function queryCountryProfile(
  db: Database,
  iso3: string,
  filter: { year: number; level: LevelCode },
  source: SourceInfo,
): Promise<CountryProfile> {
  const { tables } = source;
  // Sequential on purpose: DuckDB-WASM serves one connection one query at a time anyway.
  const series = await queryCountrySeries(db, iso3, filter.level, tables);
  const partners = await queryCountryPartners(
    db,
    iso3,
    { ...filter, missingPairMeansZero: source.missingPairMeansZero },
    tables,
  );
  const levels = source.hasLevels ? await queryCountryLevels(db, iso3, filter.year, tables) : [];
  const balances = await queryPartnerBalances(
    db,
    { ...filter, missingPairMeansZero: source.missingPairMeansZero },
    tables,
  );
  return { series, partners, levels, balances };
}
