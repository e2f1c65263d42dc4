import type { PairMessages } from '../en/pair';

export const pair: PairMessages = {
  pageTitle: (first, second) => `${first} et ${second} : étudiants dans les deux sens`,
  crumb: 'Paire',
  lede: 'Étudiants de chaque pays inscrits dans l’autre, par année.',
  swap: 'Inverser l’ordre',
  seriesLabel: 'Étudiants dans les deux sens par année',
  tableCaption: 'Étudiants par année ; — signifie inconnu',
  year: 'Année',
};
