/**
 * The ASEM partners known at build time, for the entries of the country and pair pages. The
 * list is the one the data build writes into countries.parquet.
 */
import { ASEM_PARTNERS } from '../../scripts/reference/asem-partners';

export const PARTNER_CODES: readonly string[] = ASEM_PARTNERS.map((partner) => partner.iso3);

const PARTNER_SET = new Set(PARTNER_CODES);

export function isPartnerCode(value: string): boolean {
  return PARTNER_SET.has(value);
}

/** English short name of a partner, for page titles before the data loads. */
export function partnerName(iso3: string): string {
  return ASEM_PARTNERS.find((partner) => partner.iso3 === iso3)?.name ?? iso3;
}

/** Splits a pair path segment such as "BEL-THA"; null when it is not two distinct partners. */
export function parsePairSegment(segment: string): { first: string; second: string } | null {
  const match = /^([A-Z]{3})-([A-Z]{3})$/.exec(segment);
  if (!match || match[1] === match[2]) return null;
  if (!isPartnerCode(match[1]) || !isPartnerCode(match[2])) return null;
  return { first: match[1], second: match[2] };
}

/** Lists every ordered pair of two different partners, as path segments. */
export function allPairSegments(): string[] {
  return PARTNER_CODES.flatMap((first) =>
    PARTNER_CODES.filter((second) => second !== first).map((second) => `${first}-${second}`),
  );
}
