import type { ReportMessages } from '../en/report';

export const report: ReportMessages = {
  pageTitle: (title) => `Rapportbouwer · ${title}`,
  heading: 'Rapportbouwer',
  introBefore: 'Kies grafieken met "Toevoegen aan rapport" in het',
  introLink: 'overzicht',
  introAfter:
    '; ze behouden het jaar, het niveau en de richting die u gekozen hebt. De link van deze ' +
    'pagina bevat het hele rapport.',
  defaultTitle: 'Studentenmobiliteit tussen ASEM-Azië en ASEM-Europa',
  notices: {
    unknownChart: (value) =>
      `De grafiek "${value}" in de link is geen bekende grafiek; ze wordt weggelaten.`,
    invalidSettings: (value) =>
      `De grafiek "${value}" in de link heeft ongeldige instellingen; ze wordt weggelaten.`,
  },
  loadFailed: (reason) => `De gegevens konden niet worden geladen: ${reason}`,
  queryFailed: (reason) => `Een zoekopdracht is mislukt: ${reason}`,
  print: 'Afdrukken of opslaan als pdf',
  zip: 'Alle exports downloaden (zip)',
  preparingZip: 'Het zipbestand wordt voorbereid…',
  zipSaved: (charts) =>
    `report.zip opgeslagen met ${charts} ${charts === 1 ? 'grafiek' : 'grafieken'}.`,
  zipFailed: (reason) => `Het zipbestand kon niet worden gemaakt: ${reason}`,
  chartNotDrawn: (position) =>
    `grafiek ${position} is nog niet getekend; wacht tot het voorbeeld geladen is.`,
  preview: 'A4-voorbeeld',
  meta: (attribution, version, accessed) =>
    `Bron: ${attribution}. Versie van de dataset ${version}. Geraadpleegd op ${accessed}.`,
  loadingChart: (position) => `Grafiek ${position} wordt geladen…`,
  editor: {
    title: 'Titel van het rapport',
    empty:
      'Het rapport bevat nog geen grafieken. Gebruik "Toevoegen aan rapport" onder een ' +
      'grafiek op de overzichtspagina.',
    note: 'Notitie',
    moveUp: 'Omhoog',
    moveDown: 'Omlaag',
    remove: 'Verwijderen',
    // A button's name with its chart, for screen readers that list buttons out of context.
    actionOn: (action, chart) => `${action}: ${chart}`,
  },
};
