import type { Side } from '../../../queries/sides';
import type { MapMessages } from '../en/map';

const sideName = (side: Side) => (side === 'asia' ? 'Asie de l’ASEM' : 'Europe de l’ASEM');

/** The side after "de", with its article: "de l’Asie de l’ASEM". */
const fromSide = (side: Side) => (side === 'asia' ? 'de l’Asie' : 'de l’Europe') + ' de l’ASEM';

/** The side after "vers", with its article. */
const toSide = (side: Side) => (side === 'asia' ? 'vers l’Asie' : 'vers l’Europe') + ' de l’ASEM';

export const map: MapMessages = {
  pageTitle: 'Carte des flux d’étudiants entre partenaires de l’ASEM',
  heading: 'Carte des flux d’étudiants entre partenaires de l’ASEM',
  crumb: 'Carte',
  direction: 'Direction',
  sectionHeading: (from, to, year, level) =>
    `${sideName(from)} → ${sideName(to)}, ${year} · ${level}`,
  mapLabel: (drawn, from, to) =>
    `Carte des ${drawn} principaux flux ${fromSide(from)} ${toSide(to)}`,
  empty: 'Aucun flux n’est connu pour cette sélection.',
  total: (drawn, flows, drawnStudents, students) =>
    `Les ${drawn} principaux flux sur ${flows} sont tracés ; ils comptent ${drawnStudents} ` +
    `des ${students} étudiants recensés dans cette direction.`,
  tableCaption: 'Flux tracés sur la carte, du plus grand au plus petit',
  from: 'De',
  to: 'Vers',
  students: 'Étudiants',
  flowTitle: (origin, destination, students) =>
    `${origin} → ${destination} : ${students} étudiants`,
  legend: {
    heading: 'Légende',
    counted: (from, to, year, level) =>
      `Épaisseur du trait : étudiants d’un partenaire ${fromSide(from)} inscrits chez un ` +
      `partenaire ${fromSide(to)}, ${year}, ${level}.`,
    students: (students) => `${students} étudiants`,
    partner: (side) => `Partenaire ${fromSide(side)}`,
    noFlow: 'Partenaire de l’ASEM sans flux déclaré dans cette direction (pas de données)',
    outside: 'Pays hors ASEM (non compté)',
  },
};
