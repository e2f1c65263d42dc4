/** Lists of names written as each interface language writes them. */

/** Joins `items` into one list in the language of `tag`: "A, B and C", "A, B en C". */
export function formatList(items: readonly string[], tag: string): string {
  return new Intl.ListFormat(tag, { type: 'conjunction' }).format(items);
}

/** Sorts `names` in the alphabetical order of the language of `tag` and joins them as a list. */
export function formatSortedList(names: readonly string[], tag: string): string {
  return formatList(
    [...names].sort((a, b) => a.localeCompare(b, tag)),
    tag,
  );
}
