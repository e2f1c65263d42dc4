import type { Side } from '../../../queries/sides';
import type { CountryMessages } from '../en/country';

/** The side with its article, as French needs it after "avec" or "vers". */
const sideName = (side: Side) => (side === 'asia' ? 'l’Asie de l’ASEM' : 'l’Europe de l’ASEM');

/** The side after "de": "de l’Asie de l’ASEM". */
const fromSide = (side: Side) => `de ${sideName(side)}`;

export const country: CountryMessages = {
  pageTitle: (name) => `${name} : mobilité étudiante avec l’autre côté de l’ASEM`,
  crumb: 'Profil par pays',
  facts: (side, other, joinYear) =>
    `${side === 'asia' ? 'Asie de l’ASEM' : 'Europe de l’ASEM'}, partenaire depuis ` +
    `${joinYear}. Échanges avec ${sideName(other)}.`,
  notMember: (name, joinYear, year) =>
    `${name} a rejoint l’ASEM en ${joinYear} ; il n’y a pas de chiffres pour ${year}.`,
  hostDataNever: (name, other) =>
    `Aucune donnée d’accueil déclarée pour ${name} dans cette source : les étudiants ` +
    `${fromSide(other)} inscrits dans ce pays ne sont pas comptés ; les entrées et le solde ` +
    'sont donc inconnus (—).',
  hostDataYear: (name, year) =>
    `Aucune donnée d’accueil déclarée pour ${name} en ${year} dans cette source ; les ` +
    'entrées et le solde de cette année sont donc inconnus (—).',
  inboundCaption: (other) => `entrants en provenance ${fromSide(other)}`,
  outboundCaption: (other) => `sortants vers ${sideName(other)}`,
  indexCaption: 'indice de solde (entrées − sorties) / (entrées + sorties)',
  rank: (rank, ranked) => `${rank} sur ${ranked}`,
  rankCaption: 'rang parmi les partenaires, 1 = indice le plus élevé',
  byYear: 'Par année',
  seriesLabel: (other) => `Étudiants échangés avec ${sideName(other)} par année`,
  seriesInbound: (name, other) =>
    `${other === 'asia' ? 'Asie de l’ASEM' : 'Europe de l’ASEM'} → ${name} (entrants)`,
  seriesOutbound: (name, other) =>
    `${name} → ${other === 'asia' ? 'Asie de l’ASEM' : 'Europe de l’ASEM'} (sortants)`,
  topInboundHeading: (year) => `Principales origines des étudiants entrants, ${year}`,
  topInboundLabel: (name) => `${name} : partenaires qui envoient le plus d’étudiants`,
  topInboundEmpty: 'Aucun étudiant entrant n’est connu pour cette sélection.',
  topOutboundHeading: (year) => `Principales destinations des étudiants sortants, ${year}`,
  topOutboundLabel: (name) => `${name} : partenaires qui accueillent le plus de ses étudiants`,
  topOutboundEmpty: 'Aucun étudiant sortant n’est connu pour cette sélection.',
  balanceHeading: (year) => `Solde par partenaire, ${year}`,
  pairCaption: (other) =>
    `Étudiants échangés avec chaque partenaire ${fromSide(other)} ; — signifie inconnu.`,
  levelsHeading: (year) => `Par niveau d’enseignement, ${year}`,
  levelCaption: (other) => `Échanges avec ${sideName(other)} par niveau de la CITE 2011`,
  notes: {
    'belgium-communities':
      'Les statistiques portent sur la Belgique dans son ensemble. L’enseignement supérieur ' +
      'relève des Communautés flamande, française et germanophone, mais aucune des deux ' +
      'sources ne répartit les effectifs entre elles ; les lecteurs des Communautés flamande ' +
      'et française voient donc ici leurs chiffres cumulés.',
  },
};
