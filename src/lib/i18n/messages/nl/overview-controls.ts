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
};
