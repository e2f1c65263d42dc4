/**
 * The note under the Sankey diagram, built from the graph as drawn: what a node is, how many
 * origins and destinations are drawn, how many are merged into the "other" nodes, and the
 * total. Built from the graph, it stays true for every grouping and for data with few
 * countries.
 */
import type { Messages } from '../i18n/messages/en';
import type { SankeyGraph } from './sankey-graph';

/** Nodes of one side of the diagram. */
export interface SideCount {
  /** Nodes drawn for one country or group each. */
  drawn: number;
  /** Countries or groups merged into the "other" node, or 0 when there is none. */
  merged: number;
  /** Label of the "other" node, or '' when there is none. */
  otherLabel: string;
}

/** Counts the nodes of the side `role` of `graph`. */
export function countSide(graph: SankeyGraph, role: 'origin' | 'destination'): SideCount {
  const nodes = graph.nodes.filter((node) => node.role === role);
  const other = nodes.find((node) => node.iso3 === null);
  return {
    drawn: nodes.length - (other ? 1 : 0),
    merged: other?.members.length ?? 0,
    otherLabel: other?.label ?? '',
  };
}

/** Returns the sentences on how many origins and destinations are drawn and merged. */
export function sankeyMergeText(graph: SankeyGraph, messages: Messages['overview']): string {
  const origins = countSide(graph, 'origin');
  const destinations = countSide(graph, 'destination');
  return [
    messages.sankeyOrigins(origins.drawn, origins.merged, origins.otherLabel),
    messages.sankeyDestinations(destinations.drawn, destinations.merged, destinations.otherLabel),
  ].join(' ');
}

/**
 * Returns the note for `graph`. `grouping` is the name of the grouping drawn, or null when
 * each node is a country. `total` is the formatted number of students.
 */
export function sankeyNoteText(
  graph: SankeyGraph,
  grouping: string | null,
  messages: Messages['overview'],
  total: string,
): string {
  return [
    grouping === null ? messages.sankeyCountries : messages.sankeyGroups(grouping),
    sankeyMergeText(graph, messages),
    messages.sankeyTotal(total),
  ].join(' ');
}
