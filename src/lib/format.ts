/** Number formats shared by charts and tables (English for now). */
const integer = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const ratioFormat = new Intl.NumberFormat('en', {
  maximumFractionDigits: 1,
  minimumFractionDigits: 1,
});
// Ratios below 1 keep two significant digits, so 0.04 does not print as 0.0.
const smallRatioFormat = new Intl.NumberFormat('en', { maximumSignificantDigits: 2 });
const indexFormat = new Intl.NumberFormat('en', {
  maximumFractionDigits: 2,
  minimumFractionDigits: 2,
  signDisplay: 'exceptZero',
});
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/** The text shown where a count is unknown. */
export const UNKNOWN = '—';

export function formatCount(value: number | null): string {
  return value === null || !Number.isFinite(value) ? UNKNOWN : integer.format(value);
}

export function formatSigned(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return UNKNOWN;
  return value > 0 ? `+${integer.format(value)}` : integer.format(value);
}

export function formatRatio(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return UNKNOWN;
  const format = Math.abs(value) < 1 ? smallRatioFormat : ratioFormat;
  return `${format.format(value)}×`;
}

export function formatIndex(value: number | null): string {
  return value === null || !Number.isFinite(value) ? UNKNOWN : indexFormat.format(value);
}

export function formatCompact(value: number): string {
  return compact.format(value);
}
