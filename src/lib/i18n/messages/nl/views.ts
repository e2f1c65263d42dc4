import type { ViewMessages } from '../en/views';

export const views: ViewMessages = {
  crumbOverview: 'Overzicht',
  exportTitle: (place, subject) => `${place}: ${subject}`,
  source: 'Bron',
  sideName: (side) => (side === 'asia' ? 'ASEM-Azië' : 'ASEM-Europa'),
  sources: {
    oecdLabel: 'OESO-inschrijvingen (2013–2019)',
    oecdCoverage:
      'Alle herkomstlanden van de studenten die ingeschreven zijn in 40 rapporterende ' +
      'gastlanden, per ISCED-niveau. Van de Aziatische partners rapporteren alleen Australië, ' +
      'Japan, Korea, Nieuw-Zeeland en Rusland als gastland, dus studenten die naar de andere ' +
      'Aziatische partners gaan, worden niet geteld. Een 0 kan voor een ontbrekende waarde staan.',
    uisLabel: (first, last) => `Top-tienlijsten van UNESCO UIS (${first}–${last})`,
    uisCoverage:
      'Alle niveaus van het hoger onderwijs samen, ook gastlanden die in het OESO-bestand ' +
      'ontbreken, zoals Maleisië, India, Vietnam en Thailand in sommige jaren (China en ' +
      'Singapore rapporteren in geen van beide), maar alleen de tien grootste bestemmingen ' +
      'van elk herkomstland en de tien grootste herkomstlanden van elk gastland. Een paar ' +
      'buiten beide lijsten is onbekend, niet nul, dus de sommen zijn ondergrenzen.',
    credit: (attribution) =>
      `Bron: ${attribution}. Beide bronnen tellen dezelfde studenten, dus de weergaven ` +
      'tellen ze nooit op.',
  },
  notices: {
    source: (value) => `De bron "${value}" in de link is onbekend; OESO-gegevens worden getoond.`,
    year: (value, first, last, shown) =>
      `Het jaar "${value}" zit niet in deze bron (${first}–${last}); ${shown} wordt getoond.`,
    level: (value) =>
      `Het niveau "${value}" in de link is onbekend; alle niveaus van het hoger onderwijs ` +
      'worden getoond.',
    uisLevels: 'UIS telt alle niveaus van het hoger onderwijs samen; alle niveaus worden getoond.',
  },
  columns: {
    partner: 'Partner',
    fromPartner: 'Van partner (in)',
    toPartner: 'Naar partner (uit)',
    net: 'Netto',
    index: 'Balansindex',
    level: 'Niveau',
    inbound: 'Inkomend',
    outbound: 'Uitgaand',
  },
};
