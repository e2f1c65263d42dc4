/**
 * Header names as the user wrote them, cleaned of a stray byte order mark, quotes and spaces.
 * Names that differ only by case (`COUNTRY` and `Country` in OECD exports) both survive. Only
 * an exact repeat gets a suffix, and an empty name a placeholder.
 */

/** Returns the cleaned, unique header names of `cells`. */
export function cleanHeader(cells: readonly string[]): string[] {
  const seen = new Set<string>();
  return cells.map((cell, index) => {
    let name = cell
      .replace(/^\uFEFF/, '')
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim();
    if (name === '') name = `column_${index + 1}`;
    let unique = name;
    for (let n = 2; seen.has(unique); n++) unique = `${name}_${n}`;
    seen.add(unique);
    return unique;
  });
}

/**
 * Returns SQL column names for `header`: lower case letters, digits and underscores with a
 * `src_` prefix, unique without regard to case, because DuckDB treats `COUNTRY` and `Country`
 * as the same column.
 */
export function sqlColumnNames(header: readonly string[]): string[] {
  const seen = new Set<string>();
  return header.map((name) => {
    const base =
      'src_' +
      (name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '')
        .slice(0, 48) || 'column');
    let unique = base;
    for (let n = 2; seen.has(unique); n++) unique = `${base}_${n}`;
    seen.add(unique);
    return unique;
  });
}
