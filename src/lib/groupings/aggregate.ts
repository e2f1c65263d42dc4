/**
 * Merges per-country flows and balances into the groups of a grouping. Groups are split by
 * ASEM side, so a flow between the sides never falls inside one group and a group's balance
 * with the other side is the plain sum of its members'.
 */
import type { PartnerBalance } from '../queries/balance';
import type { PairFlow } from '../queries/side-flows';
import type { Side } from '../queries/sides';
import type { Assignment, Grouping, Partner } from './types';

/** Returns the assignment of a country, or null for a country that is not an ASEM partner. */
export type Assigner = (iso3: string) => Assignment | null;

const SIDE_NAMES: Record<Side, string> = { asia: 'Asia', europe: 'Europe' };

/**
 * Builds the assigner of `grouping` for the partners that are members in `year`. A group with
 * partners on both sides gets one entry per side, labelled with `sideNames`.
 */
export function createAssigner(
  grouping: Grouping,
  partners: readonly Partner[],
  year: number,
  nameOf: (iso3: string) => string,
  sideNames: Record<Side, string> = SIDE_NAMES,
): Assigner {
  const members = partners.filter((partner) => partner.joinYear <= year);
  const groupOf = new Map<string, number>();

  for (const partner of members) {
    const index = grouping.groups.findIndex((group) => group.includes(partner.iso3, year, partner));
    if (index >= 0) groupOf.set(partner.iso3, index);
  }

  // A group with members on both sides gets the side in its label.
  const sidesOfGroup = new Map<number, Set<Side>>();
  for (const partner of members) {
    const index = groupOf.get(partner.iso3);
    if (index === undefined) continue;
    const sides = sidesOfGroup.get(index) ?? new Set<Side>();
    sides.add(partner.side);
    sidesOfGroup.set(index, sides);
  }

  const byIso3 = new Map(members.map((partner) => [partner.iso3, partner]));

  return (iso3) => {
    const partner = byIso3.get(iso3);
    if (!partner) return null;

    const index = groupOf.get(iso3);
    if (index === undefined) {
      return { key: iso3, label: nameOf(iso3), side: partner.side, isGroup: false };
    }

    const group = grouping.groups[index];
    const mixed = (sidesOfGroup.get(index)?.size ?? 0) > 1;
    return {
      key: `group:${group.id}:${partner.side}`,
      label: mixed ? `${group.label} (${sideNames[partner.side]})` : group.label,
      side: partner.side,
      isGroup: true,
    };
  };
}

/**
 * Sums flows by the groups of their origin and destination. Flows with a country outside the
 * assigner's partners are dropped. Returns flows keyed by assignment key, largest first.
 */
export function aggregatePairFlows(flows: readonly PairFlow[], assign: Assigner): PairFlow[] {
  const totals = new Map<string, PairFlow>();

  for (const flow of flows) {
    const origin = assign(flow.origin);
    const destination = assign(flow.destination);
    if (!origin || !destination) continue;

    const key = `${origin.key}\u0000${destination.key}`;
    const total = totals.get(key) ?? {
      origin: origin.key,
      destination: destination.key,
      students: 0,
    };
    total.students += flow.students;
    totals.set(key, total);
  }

  return [...totals.values()].sort(
    (a, b) =>
      b.students - a.students ||
      a.origin.localeCompare(b.origin) ||
      a.destination.localeCompare(b.destination),
  );
}

/** A row of the balance table that may stand for a group. */
export interface GroupBalance extends PartnerBalance {
  /** ISO3 codes of the members, a single code for a country on its own. */
  members: string[];
  /** Members without host data, whose inbound students are missing from `inbound`. */
  membersWithoutHostData: string[];
}

/**
 * Sums partner balances by group. A group's inbound is the sum over members that report host
 * data, null when none does; its outbound is null only when every member's is.
 */
export function aggregateBalances(
  rows: readonly PartnerBalance[],
  assign: Assigner,
): GroupBalance[] {
  const groups = new Map<string, GroupBalance>();

  for (const row of rows) {
    const assignment = assign(row.iso3);
    if (!assignment) continue;

    const group = groups.get(assignment.key) ?? {
      iso3: assignment.key,
      name: assignment.label,
      side: assignment.side,
      inbound: null,
      outbound: null,
      hostReported: true,
      members: [],
      membersWithoutHostData: [],
    };

    group.members.push(row.iso3);
    group.inbound = addKnown(group.inbound, row.inbound);
    group.outbound = addKnown(group.outbound, row.outbound);
    if (!row.hostReported) group.membersWithoutHostData.push(row.iso3);
    group.hostReported = group.membersWithoutHostData.length < group.members.length;
    groups.set(assignment.key, group);
  }

  return [...groups.values()];
}

function addKnown(total: number | null, value: number | null): number | null {
  if (value === null) return total;
  return (total ?? 0) + value;
}

/** Labels of every assignment key that `flows` use, for chart node names. */
export function labelsOf(partners: readonly Partner[], assign: Assigner): Map<string, string> {
  const labels = new Map<string, string>();
  for (const partner of partners) {
    const assignment = assign(partner.iso3);
    if (assignment) labels.set(assignment.key, assignment.label);
  }
  return labels;
}
