/** Text of the list of country profiles. */
export const countries = {
  pageTitle: 'ASEM partners: country profiles',
  heading: 'Country profiles',
  lede:
    'Each of the 51 ASEM partner countries, with its exchange with the other side by year, ' +
    'partner and level.',
  since: (year: number) => `since ${year}`,
};

export type CountriesMessages = typeof countries;
