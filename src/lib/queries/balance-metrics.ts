import type { PartnerBalance } from './balance';

/** Derived balance indicators of one partner; null where an input count is unknown. */
export interface BalanceMetrics {
  net: number | null;
  /** Inbound divided by outbound; null when outbound is 0 or unknown. */
  ratio: number | null;
  /** (in − out) / (in + out), from −1 (only sends) to +1 (only receives); null when both are 0. */
  index: number | null;
}

export function computeBalanceMetrics(
  row: Pick<PartnerBalance, 'inbound' | 'outbound'>,
): BalanceMetrics {
  const { inbound, outbound } = row;
  if (inbound === null || outbound === null) return { net: null, ratio: null, index: null };

  const total = inbound + outbound;
  return {
    net: inbound - outbound,
    ratio: outbound === 0 ? null : inbound / outbound,
    index: total === 0 ? null : (inbound - outbound) / total,
  };
}
