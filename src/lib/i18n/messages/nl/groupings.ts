import type { GroupingMessages } from '../en/groupings';

export const groupings: GroupingMessages = {
  notices: {
    unknownGrouping: (value) =>
      `De groepering "${value}" in de link is onbekend; de landen worden getoond.`,
    unknownSource: (value) =>
      `De bron "${value}" in de link is onbekend; de OESO-gegevens worden getoond.`,
    groupNeedsName: (part, maximum) =>
      `De groep "${part}" heeft vóór een dubbelepunt een naam van 1 tot ${maximum} tekens ` +
      'nodig; ze is weggelaten.',
    tooManyGroups: (maximum, name) =>
      `Er zijn maximaal ${maximum} groepen toegestaan; "${name}" is weggelaten.`,
    notPartner: (code, name) =>
      `"${code}" in de groep "${name}" is geen code van een ASEM-partner; weggelaten.`,
    alreadyTaken: (iso3, name) => `${iso3} zit al in een eerdere groep; weggelaten uit "${name}".`,
    emptyGroup: (name) => `De groep "${name}" heeft geen geldig land; weggelaten.`,
  },
  countries: { label: 'Landen', note: 'Elke partner afzonderlijk.' },
  sides: {
    label: 'ASEM-Azië en ASEM-Europa',
    note: 'Elke kant als geheel; een partner telt mee vanaf het jaar waarin hij lid werd van ASEM.',
    groups: { asia: 'ASEM-Azië', europe: 'ASEM-Europa' },
  },
  membershipYear: {
    label: 'ASEM-kanten per jaar van toetreding',
    note: 'Partners gegroepeerd per kant en per top waarop ze lid werden van ASEM.',
    cohort: (side, year, city) =>
      `${side === 'asia' ? 'Azië' : 'Europa'}, ` +
      (year === 1996 ? `stichtende leden (${city} ${year})` : `toegetreden in ${city} ${year}`),
    cities: {
      1996: 'Bangkok',
      2004: 'Hanoi',
      2008: 'Peking',
      2010: 'Brussel',
      2012: 'Vientiane',
      2014: 'Milaan',
    },
  },
  asean: {
    label: 'ASEAN',
    note: 'De tien ASEAN-lidstaten als één groep, elk vanaf het jaar waarin ze lid werden.',
    groups: { asean: 'ASEAN' },
  },
  eu: {
    label: 'Europese Unie',
    note:
      'De EU-lidstaten als één groep, elk vanaf het jaar waarin ze toetraden. Het Verenigd ' +
      'Koninkrijk trad uit op 31 januari 2020 en telt als lid tot en met 2019.',
    groups: { eu: 'EU' },
  },
  engagement: {
    label: 'Betrokkenheid bij het ASEM-onderwijsproces (2018)',
    note:
      'Niveaus van Aziatische partners volgens een antwoord uit 2018 van de Vlaamse Regering op ' +
      'een vraag in het Vlaams Parlement. Partners die het antwoord niet beoordeelt, blijven ' +
      'afzonderlijk.',
    groups: {
      'very-active': 'Zeer actief',
      'moderately-active': 'Matig actief',
      'nearly-absent': 'Nagenoeg afwezig',
    },
  },
};
