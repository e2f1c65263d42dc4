import { formatCount } from '../../../format';
import type { UploadMessages } from '../en/upload';

export const upload: UploadMessages = {
  pageTitle: 'Een mobiliteitsdataset opladen',
  heading: 'Een mobiliteitsdataset opladen',
  introBefore:
    'Laad een CSV-, TSV- of Parquet-bestand met studentenstromen: één rij per herkomst, ' +
    'bestemming en jaar, met een aantal studenten. Het bestand wordt in deze browser gelezen ' +
    'en alleen hier bewaard. Begin met het',
  template: 'CSV-sjabloon',
  introAfter: '.',
  fileHeading: (file, rows) => `${file}: ${rows} rijen`,
  chooseColumns: (roles) => `Kies een kolom voor: ${roles}.`,
  checkRows: 'Alle rijen controleren',
  datasetName: 'Naam van de dataset',
  saveAs: 'Opslaan als',
  newDataset: 'Een nieuwe dataset',
  replace: (name) => `"${name}" vervangen`,
  save: 'Dataset opslaan',
  saveFailed: (reason) =>
    `Het opslaan van de dataset is mislukt en er is niets gewijzigd: ${reason}`,
  storageFull: (megabytes) =>
    'Het opslaan van de dataset is mislukt omdat de opslag van de browser voor deze site vol ' +
    `is (de dataset heeft ${megabytes} MB nodig). Er is niets gewijzigd. Verwijder opgeslagen ` +
    'datasets die u niet meer nodig hebt, of exporteer ze eerst, en sla dan opnieuw op.',
  drop: {
    group: 'Kies een bestand of sleep het hierheen',
    label: 'Gegevensbestand (CSV, TSV, TXT of Parquet)',
    hint: 'of sleep een bestand hierheen',
  },
  stages: {
    starting: 'Starten',
    reading: 'Het bestand lezen',
    'decoding-parquet': 'Parquet decoderen',
    splitting: 'Rijen splitsen',
    'reading-database': 'Het bestand in de database lezen',
    checking: 'Alle rijen controleren',
    'checking-values': 'Elke afzonderlijke waarde controleren',
    encoding: 'Arrow en Parquet coderen',
    saving: 'Opslaan in deze browser',
    'loading-database': 'Laden in de database',
    opening: 'De pagina openen',
  },
  cancel: 'Annuleren',
  settings: {
    legend: 'Hoe het bestand gelezen wordt',
    encoding: 'Tekstcodering',
    delimiter: 'Scheidingsteken',
    separatorBefore: 'Het bestand geeft zijn scheidingsteken op in een eerste Excel-regel',
    separatorAfter: '.',
    encodings: {
      'utf-8': 'UTF-8',
      'utf-16le': 'UTF-16 (little-endian)',
      'utf-16be': 'UTF-16 (big-endian)',
      'windows-1252': 'Windows-1252 (West-Europees)',
    },
    delimiters: {
      ',': 'komma (,)',
      ';': 'puntkomma (;)',
      '\t': 'tab',
      '|': 'verticale streep (|)',
    },
  },
  mapping: {
    legend: 'Welke kolom bevat wat',
    none: '(geen)',
    previewCaption: 'Eerste rijen van het bestand, met alle bronkolommen',
    roles: {
      origin: 'Land van herkomst (waar de studenten vandaan komen)',
      destination: 'Land van bestemming (waar ze studeren)',
      year: 'Jaar of academiejaar',
      count: 'Aantal studenten',
      level: 'Onderwijsniveau (optioneel)',
      programme: 'Programma (optioneel)',
      flag: 'Vlag bij de waarde (optioneel)',
    },
  },
  report: {
    heading: 'Controle vóór het opslaan',
    rows: (rows, sourceRows) => `${rows} van de ${sourceRows} rijen kunnen worden geladen.`,
    missing: (rows) =>
      `${rows} rijen hebben een ontbrekend aantal studenten; ze blijven behouden als ` +
      'ontbrekend, niet als 0.',
    total: (students) => `${students} studenten in de bekende aantallen.`,
    selfFlows: (rows, students) =>
      `${rows} binnenlandse rijen (herkomst gelijk aan bestemming, ${students} studenten) ` +
      'blijven behouden, maar vallen buiten het Sankeydiagram en de balansen.',
    aggregates: (rows) =>
      `${rows} rijen noemen een aggregaat (zoals World of EU27_2020) en blijven buiten het ` +
      'Sankeydiagram, de balansen en het totaal.',
    nonIso: (codes) => `Behouden hoewel niet in ISO 3166-1: ${codes}.`,
    blank: (rows, lines) => `${rows} lege rijen zijn overgeslagen (regels ${lines}).`,
    unmappedHeading: 'Niet herkende landwaarden',
    unmappedBefore: 'Typ voor elke waarde een ISO 3166-1-code (zoals DEU of DE), of',
    unmappedAfter:
      'voor een totaal of regio. Rijen die niet gecorrigeerd worden, worden geweigerd en ' +
      'hieronder opgesomd.',
    unmappedValue: (value, role, rows) =>
      `"${value}" (${role === 'origin' ? 'herkomst' : 'bestemming'}, ` +
      `${formatCount(rows, 'nl-BE')} ${rows === 1 ? 'rij' : 'rijen'})`,
    applyFixes: 'Toepassen en opnieuw controleren',
    rejectedHeading: 'Geweigerde rijen',
    unmappedMore: (count) =>
      `Nog ${count} waarden worden niet herkend. Zijn de meeste waarden onbekend, controleer ` +
      'dan welke kolom als herkomst en bestemming is gekozen.',
    rejected: (line, reason) => `Regel ${line}: ${reason}.`,
    more: (rows) => `… en nog ${rows}.`,
  },
  rowProblem: (problem) => {
    switch (problem.kind) {
      case 'year':
        return `het jaar "${problem.value}" is geen jaar zoals 2019 of 2018-2019`;
      case 'level':
        return (
          `het niveau "${problem.value}" is geen ISCED 2011-niveau van het hoger onderwijs ` +
          '(5, 6, 7, 8 of 5T8)'
        );
      case 'count-not-number':
        return `het aantal studenten "${problem.value}" is geen getal`;
      case 'count-negative':
        return `het aantal studenten ${problem.value} is negatief`;
      case 'count-not-whole':
        return `het aantal studenten ${problem.value} is geen geheel getal`;
      case 'country':
        return (
          `${problem.role === 'origin' ? 'het land van herkomst' : 'het land van bestemming'} ` +
          `"${problem.value}" is geen bekende landcode of landnaam`
        );
      case 'typed-code':
        return (
          `de code "${problem.code}" die is ingevuld voor ` +
          `${problem.role === 'origin' ? 'het land van herkomst' : 'het land van bestemming'} ` +
          `"${problem.value}" is geen ISO 3166-1-code`
        );
    }
  },
  problem: (problem) => {
    switch (problem.kind) {
      case 'file-too-large':
        return (
          `${problem.file} is ${problem.megabytes} MB groot, meer dan de ${problem.maximum} MB ` +
          'die deze pagina kan lezen. Splits het bestand, bijvoorbeeld per jaar, en laad de ' +
          'delen afzonderlijk op.'
        );
      case 'too-large-for-browser':
        return (
          `Het bestand is te groot om in deze browser te lezen (${problem.detail}). Splits ` +
          'het, bijvoorbeeld per jaar, en laad de delen op als afzonderlijke datasets.'
        );
      case 'empty-file':
        return 'Het bestand is leeg: het heeft geen koprij.';
      case 'cancelled':
        return 'Het opladen is geannuleerd; er is niets bewaard.';
    }
  },
  summary: {
    heading: (name) => `Opgeslagen: ${name}`,
    rows: 'Geladen rijen',
    missing: 'Ontbrekende aantallen',
    total: 'Studenten (som van de bekende aantallen, zonder aggregaten)',
    open: (name) => `${name} tonen in het overzicht`,
  },
  datasets: {
    heading: 'Datasets in deze browser',
    empty: 'Nog geen dataset opgeladen.',
    newName: 'Nieuwe naam',
    saveName: 'Naam opslaan',
    cancel: 'Annuleren',
    emptyName: 'De naam van een dataset mag niet leeg zijn; typ een naam of klik op Annuleren.',
    confirmRemove: (name) => `"${name}" uit deze browser verwijderen?`,
    meta: (file, rows, updated) => `${file}, ${rows} rijen, ${updated}`,
    open: 'Openen in het overzicht',
    rename: 'Naam wijzigen',
    exportCsv: 'CSV exporteren',
    exportParquet: 'Parquet exporteren',
    remove: 'Verwijderen',
  },
};
