import type { Side } from '../../../queries/sides';
import type { ExportMessages } from '../en/exports';

const sideName = (side: Side) => (side === 'asia' ? 'ASEM-Azië' : 'ASEM-Europa');

export const exports: ExportMessages = {
  undercount:
    'Europa → Azië is ondergeteld: weinig Aziatische partners melden internationale ' +
    'studenten als gastland.',
  series: {
    title: (span) => `Studenten tussen ASEM-Azië en ASEM-Europa, ${span}`,
    caption: (level, undercount) =>
      `Internationale studenten per richting, ${level}. ${undercount}`,
    subject: (span, level) =>
      `studenten tussen ASEM-Azië en ASEM-Europa per jaar, ${span}, ${level}`,
  },
  sankey: {
    route: (origin, destination) => `van ${sideName(origin)} naar ${sideName(destination)}`,
    title: (route, year) => `Stromen ${route}, ${year}`,
    caption: (route, level) =>
      `Internationale studenten ${route} per land van herkomst en gastland, ${level}.`,
    subject: (route, year, level) => `${route} in ${year}, ${level}`,
  },
  balance: {
    title: (year) => `Balans per ASEM-partner, ${year}`,
    caption: (level) =>
      `Studenten uitgewisseld met de andere ASEM-kant, ${level}. Balansindex = (in − uit) / ` +
      '(in + uit); leeg waar de partner geen gegevens als gastland meldt. Uitgaande studenten ' +
      'van Europese partners tellen alleen de Aziatische gastlanden met gegevens, dus hun ' +
      'balans helt over naar inkomend.',
    captionUnlisted: (level) =>
      `Studenten uitgewisseld met de andere ASEM-kant, ${level}, opgeteld over de paren in de ` +
      'top-tienlijsten van UIS. Leeg waar geen paar met de andere kant vermeld is: het aantal ' +
      'is onbekend, niet 0. De vermelde sommen zijn ondergrenzen, dus netto, verhouding en ' +
      'balansindex vergelijken ondergrenzen. Balansindex = (in − uit) / (in + uit).',
    subject: (year, level) => `${year}, ${level}`,
  },
  describe: {
    lineNoValues: (label) => `${label}: geen waarden gemeld.`,
    lineOneValue: (label, value, year) => `${label}: ${value} in ${year}.`,
    lineTwoValues: (label, first, firstYear, last, lastYear) =>
      `${label}: ${first} in ${firstYear} en ${last} in ${lastYear}.`,
    lineChart: (subject) => `Lijndiagram van ${subject}.`,
    sankeyEmpty: (subject) => `Sankeydiagram van studenten ${subject}: geen stromen gemeld.`,
    sankey: (total, subject) => `Sankeydiagram van ${total} studenten ${subject}.`,
    largestOrigins: (list) => `Grootste herkomstlanden: ${list}.`,
    largestDestinations: (list) => `Grootste bestemmingen: ${list}.`,
    largestFlow: (source, target, students) =>
      `Grootste afzonderlijke stroom: ${source} naar ${target}, ${students} studenten.`,
    balanceTable: (partners, subject) =>
      `Tabel van de uitwisseling van ${partners} ASEM-partners met de andere kant, ${subject}.`,
    largestInflow: (name, net) => `Grootste netto-instroom: ${name} (${net}).`,
    largestOutflow: (name, net) => `Grootste netto-uitstroom: ${name} (${net}).`,
    noHostData: (partners) =>
      partners === 1
        ? '1 partner meldt geen gegevens als gastland, dus de balans ervan is onbekend.'
        : `${partners} partners melden geen gegevens als gastland, dus hun balans is onbekend.`,
  },
  publisher: 'ASEM-onderwijsproces, dashboard Evenwichtige mobiliteit',
  citation: (title, publisher, attribution, years, version, url, accessed) =>
    `${title}. ${publisher}. Bron: ${attribution}, gegevens ${years}, versie van de dataset ` +
    `${version}. ${url} (geraadpleegd op ${accessed}).`,
  footer: {
    source: (attribution) => `Bron: ${attribution}.`,
    data: (years, version) => `Gegevensjaar: ${years}. Versie van de dataset: ${version}.`,
    view: (url, accessed) => `Weergave: ${url} (geraadpleegd op ${accessed})`,
  },
  uploadAttribution: (name, fileName) =>
    `dataset "${name}", opgeladen uit ${fileName} en bewaard in deze browser, geen ` +
    'gepubliceerde gegevens',
  citeAs: 'Citeren als:',
  toolbar: {
    label: (title) => `Exporteren: ${title}`,
    embed: 'Insluiten',
    addToReport: 'Toevoegen aan rapport',
    openReport: 'Rapport openen',
    notShareable:
      'Insluitcode en rapportbouwer tonen alleen de openbare OESO-gegevens per land; deze ' +
      'weergave kunt u exporteren als SVG, PNG of CSV.',
    failed: (reason) => `Exporteren mislukt: ${reason}`,
    saved: (file) => `${file} opgeslagen`,
    added: (charts) =>
      `Toegevoegd aan het rapport (${charts} ${charts === 1 ? 'grafiek' : 'grafieken'}).`,
  },
  embedCode: {
    label: 'Insluitcode',
    imageUrl:
      'URL van de vervangende afbeelding (plaats de PNG daar; relatieve URL’s gelden ten ' +
      'opzichte van uw pagina)',
    copy: 'Insluitcode kopiëren',
    downloadPng: 'Vervangende PNG downloaden',
    copied: 'Insluitcode gekopieerd.',
    copyBlocked:
      'Kopiëren is geblokkeerd in deze browser: selecteer de code hierboven en kopieer ze ' +
      'met de hand.',
    staticImage: (title) => `Statische afbeelding: ${title}`,
    interactiveView: 'Interactieve weergave',
  },
  embedPage: {
    defaultTitle: 'Studentenmobiliteit tussen ASEM-Azië en ASEM-Europa',
    open: 'Het interactieve dashboard openen',
  },
};
