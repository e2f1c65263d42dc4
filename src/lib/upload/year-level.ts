/**
 * Years and levels of education as files write them.
 *
 * An academic year such as `2018-2019` or `2018/19` is stored as its end year (2019), the
 * convention of OECD, UNESCO UIS and Eurostat, whose reference year 2019 means 2018/19; the
 * label as written is kept beside it.
 */
import type { LevelCode } from '../queries/levels';

export interface ParsedYear {
  year: number;
  /** The academic-year label as written, or null for a plain year. */
  label: string | null;
}

/** Reads a year cell, or returns null when it is not a year between 1900 and 2100. */
export function parseYear(cell: string): ParsedYear | null {
  const text = cell.trim();
  const plain = /^(\d{4})(\.0+)?$/.exec(text);
  if (plain) {
    const year = Number(plain[1]);
    return year >= 1900 && year <= 2100 ? { year, label: null } : null;
  }

  const academic = /^(\d{4})\s*[-/–]\s*(\d{2}|\d{4})$/.exec(text);
  if (!academic) return null;
  const start = Number(academic[1]);
  // A two-digit end year is the start year's successor when its last two digits match.
  const end =
    academic[2].length === 2
      ? (start + 1) % 100 === Number(academic[2])
        ? start + 1
        : -1
      : Number(academic[2]);
  if (end !== start + 1 || start < 1900 || end > 2100) return null;
  return { year: end, label: text };
}

/** Level assumed for a file without a level column: the whole of tertiary education. */
export const LEVEL_WHEN_ABSENT: LevelCode = 'ISCED11_5T8';

/** Reads a level cell as an ISCED 2011 tertiary level, or returns null. */
export function parseLevel(cell: string): LevelCode | null {
  const text = cell
    .trim()
    .toLowerCase()
    .replace(/^isced\s*(2011)?[\s_-]*(11)?[\s_-]*/, '');
  if (/^(5t8|5-8|5_8|total|all|tertiary|all tertiary|t)$/.test(text)) return 'ISCED11_5T8';
  if (/^(5|short[\s-]cycle.*)$/.test(text)) return 'ISCED11_5';
  if (/^(6|bachelor.*|ba)$/.test(text)) return 'ISCED11_6';
  if (/^(7|master.*|ma)$/.test(text)) return 'ISCED11_7';
  if (/^(8|doctor.*|phd)$/.test(text)) return 'ISCED11_8';
  return null;
}
