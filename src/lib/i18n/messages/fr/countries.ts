import type { CountriesMessages } from '../en/countries';

export const countries: CountriesMessages = {
  pageTitle: 'Partenaires de l’ASEM : profils par pays',
  heading: 'Profils par pays',
  lede:
    'Chacun des 51 pays partenaires de l’ASEM, avec ses échanges avec l’autre côté par ' +
    'année, par partenaire et par niveau.',
  since: (year) => `depuis ${year}`,
};
