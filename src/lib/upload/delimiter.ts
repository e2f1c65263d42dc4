/**
 * The delimiter of a delimited text file: Excel's `sep=X` first line when present, otherwise the
 * candidate that splits the first lines into the most consistent number of fields.
 */

export const DELIMITERS = [',', ';', '\t', '|'] as const;

export type Delimiter = (typeof DELIMITERS)[number];

export function isDelimiter(value: string): value is Delimiter {
  return (DELIMITERS as readonly string[]).includes(value);
}

/** Returns the name of `delimiter` for labels and messages. */
export function delimiterLabel(delimiter: Delimiter): string {
  const labels: Record<Delimiter, string> = {
    ',': 'comma (,)',
    ';': 'semicolon (;)',
    '\t': 'tab',
    '|': 'vertical bar (|)',
  };
  return labels[delimiter];
}

export interface SeparatorLine {
  /** The delimiter that the line names, or null when the file has no `sep=` line. */
  delimiter: Delimiter | null;
  /** The text after the `sep=` line. */
  rest: string;
}

/** Removes Excel's `sep=;` hint line from the start of `text`. */
export function stripSeparatorLine(text: string): SeparatorLine {
  const match = /^"?sep=(.)"?[ \t]*\n/i.exec(text);
  if (!match || !isDelimiter(match[1])) return { delimiter: null, rest: text };
  return { delimiter: match[1], rest: text.slice(match[0].length) };
}

/** Counts `delimiter` outside double quotes in each of the first lines of `sample`. */
function fieldCounts(sample: string, delimiter: string, maxLines: number): number[] {
  const counts: number[] = [];
  let count = 0;
  let quoted = false;
  let blank = true;
  for (let i = 0; i < sample.length && counts.length < maxLines; i++) {
    const char = sample[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === delimiter) count++;
    else if (!quoted && char === '\n') {
      if (!blank) counts.push(count);
      count = 0;
      blank = true;
      continue;
    }
    if (char.trim() !== '') blank = false;
  }
  if (!blank && counts.length < maxLines) counts.push(count);
  return counts;
}

/**
 * Picks the delimiter for `text` (line ends already `\n`). The header line's field count must
 * be repeated by the most following lines; ties go to the earlier candidate, so `,` wins.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 65_536);
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const delimiter of DELIMITERS) {
    const counts = fieldCounts(sample, delimiter, 50);
    if (counts.length === 0 || counts[0] === 0) continue;
    const score = counts.filter((count) => count === counts[0]).length / counts.length;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}
