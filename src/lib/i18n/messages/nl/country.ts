import type { Side } from '../../../queries/sides';
import type { CountryMessages } from '../en/country';

const sideName = (side: Side) => (side === 'asia' ? 'ASEM-Azië' : 'ASEM-Europa');

export const country: CountryMessages = {
  pageTitle: (name) => `${name}: studentenmobiliteit met de andere ASEM-kant`,
  crumb: 'Landenprofiel',
  facts: (side, other, joinYear) =>
    `${sideName(side)}, partner sinds ${joinYear}. Uitwisseling met ${sideName(other)}.`,
  notMember: (name, joinYear, year) =>
    `${name} is in ${joinYear} toegetreden tot ASEM; er zijn geen cijfers voor ${year}.`,
  hostDataNever: (name, other) =>
    `Geen gegevens als gastland gemeld voor ${name} in deze bron: studenten uit ` +
    `${sideName(other)} die in ${name} ingeschreven zijn, worden niet geteld, dus de ` +
    'inkomende cijfers en de balans zijn onbekend (—).',
  hostDataYear: (name, year) =>
    `Geen gegevens als gastland gemeld voor ${name} in ${year} in deze bron, dus de ` +
    'inkomende cijfers en de balans voor dat jaar zijn onbekend (—).',
  inboundCaption: (other) => `inkomend uit ${sideName(other)}`,
  outboundCaption: (other) => `uitgaand naar ${sideName(other)}`,
  indexCaption: 'balansindex (in − uit) / (in + uit)',
  rank: (rank, ranked) => `${rank} van ${ranked}`,
  rankCaption: 'rang onder de partners, 1 = hoogste index',
  byYear: 'Per jaar',
  seriesLabel: (other) => `Studenten uitgewisseld met ${sideName(other)} per jaar`,
  seriesInbound: (name, other) => `Van ${sideName(other)} naar ${name} (inkomend)`,
  seriesOutbound: (name, other) => `Van ${name} naar ${sideName(other)} (uitgaand)`,
  topInboundHeading: (year) => `Grootste herkomstlanden van inkomende studenten, ${year}`,
  topInboundLabel: (name) => `Partners die de meeste studenten naar ${name} sturen`,
  topInboundEmpty: 'Voor deze selectie zijn geen inkomende studenten bekend.',
  topOutboundHeading: (year) => `Grootste bestemmingen van uitgaande studenten, ${year}`,
  topOutboundLabel: (name) => `Partners die de meeste studenten uit ${name} ontvangen`,
  topOutboundEmpty: 'Voor deze selectie zijn geen uitgaande studenten bekend.',
  balanceHeading: (year) => `Balans per partner, ${year}`,
  pairCaption: (other) =>
    `Studenten uitgewisseld met elke partner van ${sideName(other)}; — betekent onbekend.`,
  levelsHeading: (year) => `Per onderwijsniveau, ${year}`,
  levelCaption: (other) => `Uitwisseling met ${sideName(other)} per ISCED 2011-niveau`,
  notes: {
    'belgium-communities':
      'De statistieken gelden voor België als geheel. Het hoger onderwijs valt onder de ' +
      'Vlaamse, de Franse en de Duitstalige Gemeenschap, maar geen van beide bronnen splitst ' +
      'de aantallen per Gemeenschap op, dus lezers uit de Vlaamse en de Franse Gemeenschap ' +
      'zien hier hun gezamenlijke cijfers.',
  },
};
