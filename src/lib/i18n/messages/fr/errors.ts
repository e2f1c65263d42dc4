import type { ErrorMessages } from '../en/errors';

export const errors: ErrorMessages = {
  notFoundTitle: 'Page introuvable',
  failedTitle: 'Cette page n’a pas pu être affichée',
  notFound:
    'Aucune page ne se trouve à cette adresse. Vérifiez l’adresse, ou repartez d’une liste.',
  failed: 'Rechargez la page pour réessayer. Si l’erreur persiste, repartez de la vue d’ensemble.',
  detail: (status, message) => `Erreur ${status} : ${message}`,
  overviewLink: 'Aller à la vue d’ensemble',
  countriesLink: 'Choisir un pays',
};
