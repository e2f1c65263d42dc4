/** Text of the view of two partners' exchange in both directions. */
export const pair = {
  pageTitle: (first: string, second: string) =>
    `${first} and ${second}: students in both directions`,
  crumb: 'Pair',
  lede: 'Students from each country enrolled in the other, by year.',
  swap: 'Swap the order',
  seriesLabel: 'Students in both directions by year',
  tableCaption: 'Students per year; — means unknown',
  year: 'Year',
};

export type PairMessages = typeof pair;
