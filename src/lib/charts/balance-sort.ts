import { computeBalanceMetrics, type BalanceMetrics } from '../queries/balance-metrics';
import type { PartnerBalance } from '../queries/balance';

export type BalanceRow = PartnerBalance & BalanceMetrics;

export type BalanceColumn = 'name' | 'side' | 'inbound' | 'outbound' | 'net' | 'ratio' | 'index';

export type SortOrder = 'ascending' | 'descending';

export function withMetrics(rows: PartnerBalance[]): BalanceRow[] {
  return rows.map((row) => ({ ...row, ...computeBalanceMetrics(row) }));
}

/** Sorts a copy of `rows` by `column`; unknown values go last in both orders. */
export function sortBalanceRows(
  rows: BalanceRow[],
  column: BalanceColumn,
  order: SortOrder,
): BalanceRow[] {
  const sign = order === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const left = a[column];
    const right = b[column];
    if (left === null && right === null) return a.name.localeCompare(b.name);
    if (left === null) return 1;
    if (right === null) return -1;
    const compared =
      typeof left === 'number' && typeof right === 'number'
        ? left - right
        : String(left).localeCompare(String(right));
    return compared * sign || a.name.localeCompare(b.name);
  });
}
