import type { Side } from '../../../queries/sides';

const sideName = (side: Side) => (side === 'asia' ? 'ASEM Asia' : 'ASEM Europe');

/** Text of the flow map. */
export const map = {
  pageTitle: 'Map of student flows between ASEM partners',
  heading: 'Map of student flows between ASEM partners',
  crumb: 'Map',
  direction: 'Direction',
  sectionHeading: (from: Side, to: Side, year: number, level: string) =>
    `${sideName(from)} → ${sideName(to)}, ${year} · ${level}`,
  mapLabel: (drawn: number, from: Side, to: Side) =>
    `Map of the ${drawn} largest flows from ${sideName(from)} to ${sideName(to)}`,
  empty: 'No flows are known for this selection.',
  total: (drawn: number, flows: number, drawnStudents: string, students: string) =>
    `The ${drawn} largest of ${flows} flows are drawn, with ${drawnStudents} of the ` +
    `${students} students counted in this direction.`,
  tableCaption: 'Flows drawn on the map, largest first',
  from: 'From',
  to: 'To',
  students: 'Students',
  flowTitle: (origin: string, destination: string, students: string) =>
    `${origin} → ${destination}: ${students} students`,
  legend: {
    heading: 'Legend',
    counted: (from: Side, to: Side, year: number, level: string) =>
      `Line width: students from an ${sideName(from)} partner enrolled in an ` +
      `${sideName(to)} partner, ${year}, ${level}.`,
    students: (students: string) => `${students} students`,
    partner: (side: Side) => `${sideName(side)} partner`,
    noFlow: 'ASEM partner with no reported flow in this direction (no data)',
    outside: 'Not an ASEM partner (not counted)',
  },
};

export type MapMessages = typeof map;
