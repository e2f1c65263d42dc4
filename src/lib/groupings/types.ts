import type { Side } from '../queries/sides';

/** An ASEM partner as the groupings see it. */
export interface Partner {
  iso3: string;
  side: Side;
  joinYear: number;
}

/** A named set of countries. Membership may depend on the year, as for the EU. */
export interface Group {
  id: string;
  label: string;
  /** Whether `iso3` belongs to the group in `year`. */
  includes(iso3: string, year: number, partner: Partner): boolean;
}

/**
 * A way to merge countries into groups. Countries in no group stay on their own, so a grouping
 * need not cover every partner.
 */
export interface Grouping {
  id: string;
  label: string;
  /** One sentence on where the grouping comes from, shown next to charts that use it. */
  note: string;
  groups: Group[];
}

/** The group a country falls in for one grouping and year, split by ASEM side. */
export interface Assignment {
  /** Node or row id: the country's ISO3 code, or `group:<group id>:<side>`. */
  key: string;
  label: string;
  side: Side;
  /** Whether the key stands for a group rather than one country. */
  isGroup: boolean;
}
