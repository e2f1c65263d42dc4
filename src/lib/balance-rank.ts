import { computeBalanceMetrics } from './queries/balance-metrics';
import type { PartnerBalance } from './queries/balance';

export interface BalanceRank {
  /** Balance index (in − out) / (in + out), or null when unknown. */
  index: number | null;
  /** 1 for the partner with the highest index; null when this partner's index is unknown. */
  rank: number | null;
  /** Partners with a known index. */
  ranked: number;
}

/**
 * Ranks `iso3` among the partners by balance index, highest first, so rank 1 is the partner
 * that receives the most students relative to the number it sends. Ties share a rank.
 */
export function rankBalance(rows: readonly PartnerBalance[], iso3: string): BalanceRank {
  const indices = rows.map((row) => ({ iso3: row.iso3, index: computeBalanceMetrics(row).index }));
  const known = indices.filter((row) => row.index !== null) as { iso3: string; index: number }[];
  const own = indices.find((row) => row.iso3 === iso3)?.index ?? null;

  if (own === null) return { index: null, rank: null, ranked: known.length };
  const higher = known.filter((row) => row.index > own).length;
  return { index: own, rank: higher + 1, ranked: known.length };
}
