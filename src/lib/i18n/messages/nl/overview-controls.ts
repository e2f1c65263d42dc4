import type { OverviewControlMessages } from '../en/overview-controls';

export const overviewControls: OverviewControlMessages = {
  dataset: 'Dataset',
  defaultDataset: 'Internationale studenten van de OESO (standaard)',
  uploaded: (name) => `${name} (opgeladen)`,
  unknownDataset: (id) => `Dataset ${id}`,
  uploadLink: 'Een dataset opladen',
  datasetNote: (name, file) =>
    `"${name}" wordt getoond, opgeladen uit ${file} en bewaard in deze browser. De ` +
    'bronvermeldingen over de OESO-gegevens gelden er niet voor.',
  groupBy: 'Landen groeperen per',
  myGroups: (count) => `Mijn groepen (${count})`,
  defineGroups: 'Eigen groepen samenstellen',
  remove: 'Verwijderen',
  groupName: 'Naam van de groep',
  groupNamePlaceholder: 'bv. Mekong-partners',
  countries: 'Landen (een land dat al in een groep zit, kan niet opnieuw gekozen worden)',
  addGroup: 'Groep toevoegen',
  groupsNote:
    'Groepen worden in deze browser bewaard en de link van de pagina bevat ze, dus wie de ' +
    'link kopieert, deelt ze.',
  levelsNotSplit: 'Deze bron telt alle niveaus van het hoger onderwijs samen.',
  yearsLeftOut: (years) =>
    'Niet in het jaarmenu: ' +
    years
      .map(([year, missing]) =>
        missing === 'both'
          ? `${year}, want er staat geen stroom tussen de kanten in de lijsten`
          : `${year}, want er staat geen gastland in ASEM-Europa in de lijsten, dus Azië → ` +
            'Europa is onbekend',
      )
      .join('; ') +
    '.',
  yearLeftOut: (year, missing, shown) =>
    (missing === 'both'
      ? `Deze bron vermeldt voor ${year} geen stroom tussen ASEM-Azië en ASEM-Europa`
      : `Deze bron vermeldt voor ${year} geen gastland in ASEM-Europa, dus de stromen van ` +
        'ASEM-Azië naar ASEM-Europa zijn onbekend') + `; ${shown} wordt getoond.`,
  balanceCaptionUnlisted:
    'Studenten uitgewisseld met de andere ASEM-kant, opgeteld over de paren in de ' +
    'top-tienlijsten van UIS. — betekent dat geen paar met de andere kant vermeld is, dus het ' +
    'aantal is onbekend, niet 0. De vermelde sommen zijn ondergrenzen, dus netto, verhouding ' +
    'en balansindex vergelijken ondergrenzen. Balansindex = (in − uit) / (in + uit).',
};
