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
    hints: {
      year:
        'Jaren worden gelezen als 2019, 2019.0, 2018-2019 of 2018/19, tussen 1900 en 2100. Is ' +
        'deze kolom niet het jaar, kies dan een andere in de kolomtoewijzing.',
      level:
        'Alleen niveaus van het hoger onderwijs worden gelezen: ISCED 2011-niveaus 5, 6, 7 en 8, ' +
        '5T8 voor alle samen, of namen zoals Bachelor, Master en Doctoral. Rijen van andere ' +
        'niveaus worden geweigerd.',
      'count-not-number':
        'Een aantal studenten is een getal of een teken voor een ontbrekende waarde zoals "..", ' +
        '":" of "n/a". Bevat deze kolom tekst, kies dan de kolom met aantallen studenten.',
      'count-negative':
        'Een aantal studenten kan niet negatief zijn. Controleer of de kolom verschillen of ' +
        'saldi bevat in plaats van aantallen.',
      'count-not-whole':
        'Een aantal studenten is een geheel getal. Waarden met decimalen zijn aandelen, ' +
        'gemiddelden of getallen in duizendtallen: kies een kolom met aantallen, of rond de ' +
        'waarden in het bestand af.',
    },
    heading: 'Controle vóór het opslaan',
    rows: (rows, sourceRows) => `${rows} van de ${sourceRows} rijen kunnen worden geladen.`,
    missing: (rows) =>
      rows === '1'
        ? '1 rij heeft een ontbrekend aantal studenten; die blijft behouden als ontbrekend, ' +
          'niet als 0.'
        : `${rows} rijen hebben een ontbrekend aantal studenten; ze blijven behouden als ` +
          'ontbrekend, niet als 0.',
    total: (students) => `${students} studenten in de bekende aantallen.`,
    selfFlows: (rows, students) =>
      `${rows} binnenlandse rijen (herkomst gelijk aan bestemming, ${students} studenten) ` +
      'blijven behouden, maar vallen buiten het Sankeydiagram en de balansen.',
    aggregates: (rows) =>
      `${rows} rijen noemen een aggregaat (zoals World of EU27_2020) en blijven buiten het ` +
      'Sankeydiagram, de balansen en het totaal.',
    nonIso: (codes) => `Behouden hoewel niet in ISO 3166-1: ${codes}.`,
    shortRows: (count, rows, lines) => {
      const [subject, line] = count === 1 ? ['rij heeft', 'regel'] : ['rijen hebben', 'regels'];
      return (
        `${rows} ${subject} minder velden dan de kopregel, dus de laatste cellen zijn als leeg ` +
        `gelezen (${line} ${lines}). Controleer of er een scheidingsteken ontbreekt, of een ` +
        'waarde het scheidingsteken zonder aanhalingstekens bevat.'
      );
    },
    titles: (lines, count) =>
      count === 1
        ? `Regel ${lines}, boven de kopregel, is als titel gelezen en overgeslagen.`
        : `Regels ${lines}, boven de kopregel, zijn als titels gelezen en overgeslagen.`,
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
      case 'not-text': {
        const kinds = {
          excel:
            'een rekenblad. Sla het blad op als CSV (in Excel: Bestand › Opslaan als › CSV UTF-8)',
          zip: 'een ZIP-archief. Pak het uit en laad het CSV- of Parquet-bestand erin op',
          pdf: 'een PDF-document. Exporteer de tabel als CSV, of vraag de uitgever om het databestand',
          image: 'een afbeelding. Laad de gegevens achter de grafiek op als CSV of Parquet',
          gzip: 'met gzip gecomprimeerd. Pak het uit en laad het bestand erin op',
        };
        return `${problem.file} is geen tekst met scheidingstekens maar ${kinds[problem.fileKind]}.`;
      }
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
