import type { PairMessages } from '../en/pair';

export const pair: PairMessages = {
  pageTitle: (first, second) => `${first} en ${second}: studenten in beide richtingen`,
  crumb: 'Paar',
  lede: 'Studenten uit elk land die in het andere land ingeschreven zijn, per jaar.',
  swap: 'Volgorde omwisselen',
  seriesLabel: 'Studenten in beide richtingen per jaar',
  tableCaption: 'Studenten per jaar; — betekent onbekend',
  year: 'Jaar',
};
