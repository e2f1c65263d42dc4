/**
 * Pair flows between ASEM partners straight from the raw OECD rows, for checking the Sankey
 * export. It uses only the independent reference module, not the app's queries.
 */
import { ASEM_PARTNERS, readSourceRows } from '../../support/oecd-reference';

/** Students by `origin>destination` ISO3 pair from one side to the other in `year` and `level`. */
export function referencePairFlows(
  year: number,
  level: string,
  originSide: 'asia' | 'europe',
): Map<string, number> {
  const member = (name: string) => {
    const partner = ASEM_PARTNERS[name];
    return partner && partner[2] <= year ? partner : null;
  };
  const flows = new Map<string, number>();
  for (const row of readSourceRows()) {
    if (row.year !== year || row.level !== level || row.students <= 0) continue;
    const origin = member(row.origin);
    const host = member(row.host);
    if (!origin || !host || origin[1] !== originSide || host[1] === originSide) continue;
    const key = `${origin[0]}>${host[0]}`;
    flows.set(key, (flows.get(key) ?? 0) + row.students);
  }
  return flows;
}
