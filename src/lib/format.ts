/**
 * Number formats shared by charts and tables. Each function takes a BCP 47 tag (see
 * `i18n.tag`), so "12,345" in English is "12.345" in Dutch and "12 345" in French.
 */
const cache = new Map<string, Intl.NumberFormat>();

function formatter(tag: string, kind: string, options: Intl.NumberFormatOptions) {
  const key = `${tag}|${kind}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tag, options);
    cache.set(key, format);
  }
  return format;
}

/** The text shown where a count is unknown. */
export const UNKNOWN = '—';

const isKnown = (value: number | null): value is number => value !== null && Number.isFinite(value);

export function formatCount(value: number | null, tag = 'en'): string {
  if (!isKnown(value)) return UNKNOWN;
  return formatter(tag, 'integer', { maximumFractionDigits: 0 }).format(value);
}

export function formatSigned(value: number | null, tag = 'en'): string {
  if (!isKnown(value)) return UNKNOWN;
  const text = formatCount(value, tag);
  return value > 0 ? `+${text}` : text;
}

export function formatRatio(value: number | null, tag = 'en'): string {
  if (!isKnown(value)) return UNKNOWN;

  // Ratios below 1 keep two significant digits, so 0.04 does not print as 0.0. From 0.995 up
  // two digits would round to "1", so those take the one-decimal format ("1.0") instead.
  const format =
    Math.abs(value) < 0.995
      ? formatter(tag, 'small-ratio', { maximumSignificantDigits: 2 })
      : formatter(tag, 'ratio', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return `${format.format(value)}×`;
}

export function formatIndex(value: number | null, tag = 'en'): string {
  if (!isKnown(value)) return UNKNOWN;
  const options = {
    maximumFractionDigits: 2,
    minimumFractionDigits: 2,
    signDisplay: 'exceptZero',
  } as const;
  return formatter(tag, 'index', options).format(value);
}

export function formatCompact(value: number, tag = 'en'): string {
  return formatter(tag, 'compact', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}
