import type { CountriesMessages } from '../en/countries';

export const countries: CountriesMessages = {
  pageTitle: 'ASEM-partners: landenprofielen',
  heading: 'Landenprofielen',
  lede:
    'Elk van de 51 ASEM-partnerlanden, met zijn uitwisseling met de andere kant per jaar, ' +
    'partner en niveau.',
  since: (year) => `sinds ${year}`,
};
