import type { ErrorMessages } from '../en/errors';

export const errors: ErrorMessages = {
  notFoundTitle: 'Pagina niet gevonden',
  failedTitle: 'Deze pagina kon niet worden getoond',
  notFound:
    'Op dit adres staat geen pagina. Controleer het adres of begin opnieuw vanuit een lijst.',
  failed: 'Laad de pagina opnieuw. Mislukt het weer, begin dan bij het overzicht.',
  detail: (status, message) => `Fout ${status}: ${message}`,
  overviewLink: 'Naar het overzicht',
  countriesLink: 'Kies een land',
};
