import type { ViewMessages } from '../en/views';

export const views: ViewMessages = {
  crumbOverview: 'Vue d’ensemble',
  exportTitle: (place, subject) => `${place} : ${subject}`,
  source: 'Source',
  sideName: (side) => (side === 'asia' ? 'Asie de l’ASEM' : 'Europe de l’ASEM'),
  sources: {
    oecdLabel: 'Effectifs inscrits, OCDE (2013–2019)',
    oecdCoverage:
      'Toutes les origines des étudiants inscrits dans 40 pays d’accueil déclarants, par ' +
      'niveau CITE. Parmi les partenaires asiatiques, seuls l’Australie, le Japon, la Corée, ' +
      'la Nouvelle-Zélande et la Russie déclarent en tant que pays d’accueil ; les étudiants ' +
      'qui partent vers les autres partenaires asiatiques ne sont donc pas comptés. Un 0 peut ' +
      'remplacer une valeur manquante.',
    uisLabel: (first, last) => `Listes des dix premiers, ISU de l’UNESCO (${first}–${last})`,
    uisCoverage:
      'Tous les niveaux de l’enseignement supérieur ensemble, y compris des pays d’accueil ' +
      'absents du fichier de l’OCDE, comme la Malaisie, l’Inde, le Viet Nam et la Thaïlande ' +
      'certaines années (la Chine et Singapour ne déclarent dans aucune des deux sources), ' +
      'mais seulement les dix principales destinations de chaque pays d’origine et les dix ' +
      'principales origines de chaque pays d’accueil. Un couple absent des deux listes est ' +
      'inconnu, et non nul ; les sommes sont donc des minimums.',
    credit: (attribution) =>
      `Source : ${attribution}. Les deux sources comptent les mêmes étudiants ; les vues ne ` +
      'les additionnent donc jamais.',
  },
  notices: {
    source: (value) =>
      `La source « ${value} » du lien est inconnue ; les données de l’OCDE sont affichées.`,
    year: (value, first, last, shown) =>
      `L’année « ${value} » n’est pas dans cette source (${first}–${last}) ; ${shown} est ` +
      'affichée.',
    level: (value) =>
      `Le niveau « ${value} » du lien est inconnu ; tous les niveaux du supérieur sont affichés.`,
    uisLevels:
      'L’ISU compte tous les niveaux du supérieur ensemble ; tous les niveaux sont affichés.',
  },
  columns: {
    partner: 'Partenaire',
    fromPartner: 'Du partenaire (entrées)',
    toPartner: 'Vers le partenaire (sorties)',
    net: 'Solde',
    index: 'Indice de solde',
    level: 'Niveau',
    inbound: 'Entrants',
    outbound: 'Sortants',
  },
};
