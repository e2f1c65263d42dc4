/**
 * Reference figures for the country, pair and map views, from the raw OECD CSV through the
 * plain reader of oecd-reference.ts. Shares no code with the build or the queries.
 */
import { ASEM_PARTNERS, readSourceRows } from './oecd-reference';

const NAME_BY_ISO3 = new Map(Object.entries(ASEM_PARTNERS).map(([name, [iso3]]) => [iso3, name]));

function sourceName(iso3: string): string {
  const name = NAME_BY_ISO3.get(iso3);
  if (!name) throw new Error(`${iso3} is not an ASEM partner`);
  return name;
}

/**
 * Students from `origin` enrolled in `destination`: 0 when the host reports that year and level
 * but lists no such row, null when the host does not report at all.
 */
export function referencePair(
  year: number,
  level: string,
  origin: string,
  destination: string,
): number | null {
  const originName = sourceName(origin);
  const hostName = sourceName(destination);
  let hostReports = false;
  let students = 0;

  for (const row of readSourceRows()) {
    if (row.year !== year || row.level !== level || row.host !== hostName) continue;
    hostReports = true;
    if (row.origin === originName) students += row.students;
  }
  return hostReports ? students : null;
}

/** Side and joining year of a partner. */
export function partnerOf(iso3: string): { side: 'asia' | 'europe'; joinYear: number } {
  const [, side, joinYear] = ASEM_PARTNERS[sourceName(iso3)];
  return { side, joinYear };
}

/** ISO3 codes of the partners on the other side from `iso3` that were members in `year`. */
export function otherSidePartners(iso3: string, year: number): string[] {
  const { side } = partnerOf(iso3);
  return Object.values(ASEM_PARTNERS)
    .filter(([, partnerSide, joinYear]) => partnerSide !== side && joinYear <= year)
    .map(([code]) => code)
    .sort();
}

/** Flows between partners in one direction, as `origin destination → students`, positive only. */
export function referenceSideFlows(
  year: number,
  level: string,
  originSide: 'asia' | 'europe',
): Map<string, number> {
  const flows = new Map<string, number>();
  for (const row of readSourceRows()) {
    if (row.year !== year || row.level !== level || row.students <= 0) continue;
    const origin = ASEM_PARTNERS[row.origin];
    const host = ASEM_PARTNERS[row.host];
    if (!origin || !host || origin[2] > year || host[2] > year) continue;
    if (origin[1] !== originSide || host[1] === originSide) continue;
    const key = `${origin[0]} ${host[0]}`;
    flows.set(key, (flows.get(key) ?? 0) + row.students);
  }
  return flows;
}
