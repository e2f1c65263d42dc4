import type { Side } from '../../../queries/sides';
import type { MapMessages } from '../en/map';

const sideName = (side: Side) => (side === 'asia' ? 'ASEM-Azië' : 'ASEM-Europa');

export const map: MapMessages = {
  pageTitle: 'Kaart van de studentenstromen tussen ASEM-partners',
  heading: 'Kaart van de studentenstromen tussen ASEM-partners',
  crumb: 'Kaart',
  direction: 'Richting',
  sectionHeading: (from, to, year, level) =>
    `${sideName(from)} → ${sideName(to)}, ${year} · ${level}`,
  mapLabel: (drawn, from, to) =>
    `Kaart van de ${drawn} grootste stromen van ${sideName(from)} naar ${sideName(to)}`,
  empty: 'Voor deze selectie zijn geen stromen bekend.',
  total: (drawn, flows, drawnStudents, students) =>
    `De ${drawn} grootste van ${flows} stromen zijn getekend, met ${drawnStudents} van de ` +
    `${students} studenten die in deze richting geteld zijn.`,
  tableCaption: 'Stromen op de kaart, grootste eerst',
  from: 'Van',
  to: 'Naar',
  students: 'Studenten',
  flowTitle: (origin, destination, students) => `${origin} → ${destination}: ${students} studenten`,
  legend: {
    heading: 'Legenda',
    counted: (from, to, year, level) =>
      `Lijndikte: studenten uit een partner in ${sideName(from)} ingeschreven bij een ` +
      `partner in ${sideName(to)}, ${year}, ${level}.`,
    students: (students) => `${students} studenten`,
    partner: (side) => `Partner in ${sideName(side)}`,
    noFlow: 'ASEM-partner zonder gemelde stroom in deze richting (geen gegevens)',
    outside: 'Geen ASEM-partner (niet geteld)',
  },
};
