import type { GroupingMessages } from '../en/groupings';

export const groupings: GroupingMessages = {
  notices: {
    unknownGrouping: (value) =>
      `Le regroupement « ${value} » du lien est inconnu ; les pays sont affichés.`,
    unknownSource: (value) =>
      `La source « ${value} » du lien est inconnue ; les données de l’OCDE sont affichées.`,
    groupNeedsName: (part, maximum) =>
      `Le groupe « ${part} » doit avoir un nom de 1 à ${maximum} caractères avant un ` +
      'deux-points ; il a été omis.',
    tooManyGroups: (maximum, name) =>
      `${maximum} groupes au plus sont permis ; « ${name} » a été omis.`,
    notPartner: (code, name) =>
      `« ${code} » dans le groupe « ${name} » n’est pas un code de partenaire de l’ASEM ; omis.`,
    alreadyTaken: (iso3, name) =>
      `${iso3} figure déjà dans un groupe précédent ; omis de « ${name} ».`,
    emptyGroup: (name) => `Le groupe « ${name} » n’a aucun pays valide ; omis.`,
  },
  countries: { label: 'Pays', note: 'Chaque partenaire séparément.' },
  sides: {
    label: 'Asie et Europe de l’ASEM',
    note:
      'Chaque côté dans son ensemble ; un partenaire compte à partir de l’année de son entrée ' +
      'dans l’ASEM.',
    groups: { asia: 'Asie de l’ASEM', europe: 'Europe de l’ASEM' },
  },
  membershipYear: {
    label: 'Côtés de l’ASEM par année d’adhésion',
    note: 'Partenaires groupés par côté et par le sommet auquel ils ont rejoint l’ASEM.',
    cohort: (side, year, city) =>
      `${side === 'asia' ? 'Asie' : 'Europe'}, ` +
      (year === 1996 ? `membres fondateurs (${city} ${year})` : `entrés à ${city} en ${year}`),
    cities: {
      1996: 'Bangkok',
      2004: 'Hanoï',
      2008: 'Pékin',
      2010: 'Bruxelles',
      2012: 'Vientiane',
      2014: 'Milan',
    },
  },
  asean: {
    label: 'ASEAN',
    note:
      'Les dix États membres de l’ASEAN en un seul groupe, chacun à partir de son année ' +
      'd’adhésion.',
    groups: { asean: 'ASEAN' },
  },
  eu: {
    label: 'Union européenne',
    note:
      'Les États membres de l’UE en un seul groupe, chacun à partir de son année d’adhésion. ' +
      'Le Royaume-Uni est sorti le 31 janvier 2020 et compte comme membre jusqu’en 2019.',
    groups: { eu: 'UE' },
  },
  engagement: {
    label: 'Engagement dans le processus éducatif de l’ASEM (2018)',
    note:
      'Niveaux des partenaires asiatiques selon une réponse du gouvernement flamand de 2018 à ' +
      'une question au Parlement flamand. Les partenaires que la réponse ne classe pas restent ' +
      'séparés.',
    groups: {
      'very-active': 'Très actifs',
      'moderately-active': 'Moyennement actifs',
      'nearly-absent': 'Quasi absents',
    },
  },
};
