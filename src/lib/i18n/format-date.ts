/** Dates in the interface language. */

/**
 * Formats an ISO date (YYYY-MM-DD) as a long date for the BCP 47 `tag`, such as "4 December
 * 2026" in en-GB or "4 décembre 2026" in fr-BE. The date is read as a calendar day, so the
 * time zone cannot shift it.
 */
export function formatIsoDate(iso: string, tag: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
