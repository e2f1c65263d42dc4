/**
 * Turns pair flows into the node-link graph that d3-sankey lays out.
 *
 * Origins and destinations get distinct node ids (`origin:DEU`, `destination:DEU`), so a
 * country that both sends and receives never forms a cycle, which d3-sankey rejects. Flows of a
 * country to itself are dropped. Countries outside the largest `maxNodesPerSide` on each side
 * are merged into one "other" node per side, so labels stay readable.
 */
import type { PairFlow } from '../queries/side-flows';

export interface SankeyNodeDatum {
  id: string;
  label: string;
  role: 'origin' | 'destination';
  /** ISO3 code, or null for the "other" node. */
  iso3: string | null;
  /** ISO3 codes merged into this node (only for the "other" node). */
  members: string[];
}

export interface SankeyLinkDatum {
  source: string;
  target: string;
  value: number;
}

export interface SankeyGraph {
  nodes: SankeyNodeDatum[];
  links: SankeyLinkDatum[];
  total: number;
  /** Students in flows that were dropped because origin and destination are the same. */
  selfFlowStudents: number;
}

export interface SankeyGraphOptions {
  maxNodesPerSide?: number;
  nameOf?: (iso3: string) => string;
  otherOriginLabel?: string;
  otherDestinationLabel?: string;
}

const OTHER = 'other';

function largestKeys(totals: Map<string, number>, count: number): Set<string> {
  const sorted = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return new Set(sorted.slice(0, count).map(([key]) => key));
}

function addTo(totals: Map<string, number>, key: string, value: number) {
  totals.set(key, (totals.get(key) ?? 0) + value);
}

export function buildSankeyGraph(flows: PairFlow[], options: SankeyGraphOptions = {}): SankeyGraph {
  const maxNodes = options.maxNodesPerSide ?? 10;
  const nameOf = options.nameOf ?? ((iso3: string) => iso3);

  // Keep only flows d3-sankey can draw: finite, positive and between two different countries.
  let selfFlowStudents = 0;
  const drawable: PairFlow[] = [];
  for (const flow of flows) {
    if (!Number.isFinite(flow.students) || flow.students <= 0) continue;
    if (flow.origin === flow.destination) selfFlowStudents += flow.students;
    else drawable.push(flow);
  }

  const originTotals = new Map<string, number>();
  const destinationTotals = new Map<string, number>();
  for (const flow of drawable) {
    addTo(originTotals, flow.origin, flow.students);
    addTo(destinationTotals, flow.destination, flow.students);
  }

  // Merging exactly one country into "other" would only rename it, so keep it instead.
  const keptOrigins = largestKeys(
    originTotals,
    originTotals.size - 1 <= maxNodes ? Infinity : maxNodes,
  );
  const keptDestinations = largestKeys(
    destinationTotals,
    destinationTotals.size - 1 <= maxNodes ? Infinity : maxNodes,
  );

  const linkValues = new Map<string, number>();
  const otherOrigins = new Set<string>();
  const otherDestinations = new Set<string>();
  for (const flow of drawable) {
    const origin = keptOrigins.has(flow.origin) ? flow.origin : OTHER;
    const destination = keptDestinations.has(flow.destination) ? flow.destination : OTHER;
    if (origin === OTHER) otherOrigins.add(flow.origin);
    if (destination === OTHER) otherDestinations.add(flow.destination);
    addTo(linkValues, `origin:${origin}\u0000destination:${destination}`, flow.students);
  }

  const nodes: SankeyNodeDatum[] = [];
  const addNodes = (
    role: SankeyNodeDatum['role'],
    kept: Set<string>,
    merged: Set<string>,
    otherLabel: string,
  ) => {
    for (const iso3 of kept) {
      nodes.push({ id: `${role}:${iso3}`, label: nameOf(iso3), role, iso3, members: [] });
    }
    if (merged.size > 0) {
      const members = [...merged].sort();
      nodes.push({ id: `${role}:${OTHER}`, label: otherLabel, role, iso3: null, members });
    }
  };
  addNodes('origin', keptOrigins, otherOrigins, options.otherOriginLabel ?? 'Other origins');
  addNodes(
    'destination',
    keptDestinations,
    otherDestinations,
    options.otherDestinationLabel ?? 'Other destinations',
  );

  // Largest first, so keyboard and screen-reader users meet the main flows first.
  const links = [...linkValues]
    .map(([key, value]) => {
      const [source, target] = key.split('\u0000');
      return { source, target, value };
    })
    .sort((a, b) => b.value - a.value);
  const total = links.reduce((sum, link) => sum + link.value, 0);

  return { nodes, links, total, selfFlowStudents };
}
