import type { ProgrammeMessages } from '../en/programmes';

export const programmes: ProgrammeMessages = {
  pageTitle: 'ASEM-onderwijsprogramma’s',
  heading: 'ASEM-onderwijsprogramma’s',
  crumb: 'Programma’s',
  lede:
    'Wat de ASEM-instrumenten toevoegen aan de mobiliteit tussen beide kanten. Alleen feiten ' +
    'uit openbare bronnen worden getoond; waar geen bron een aantal deelnemers geeft, wordt ' +
    'er geen getoond.',
  tableCaption: (file) => `Ingelezen gegevens uit ${file}`,
  columns: {
    programme: 'Programma',
    academicYear: 'Academiejaar',
    participants: 'Deelnemers',
    budget: 'Budget',
    rows: 'Rijen',
  },
  euros: (amount) => `EUR ${amount}`,
  recordedFacts: 'Gedocumenteerde feiten',
  source: (note) => `Bron: ${note}`,
  empty: (name) =>
    `Dit dashboard bevat geen deelnemersgegevens voor ${name}. Als u cijfers uit een ` +
    'openbare bron hebt, voeg ze dan toe als CSV in het onderstaande formaat.',
  otherHeading: 'Andere ingelezen programma’s',
  addHeading: 'Programmagegevens toevoegen',
  addBefore: 'Laad een dataset op via de',
  addLink: 'pagina Gegevens opladen',
  addAfter:
    ', of bekijk hier een CSV met programmagegevens. Een bestand dat u hier bekijkt, blijft ' +
    'in dit browsertabblad en wordt nergens naartoe gestuurd.',
  fileLabel: 'CSV met programmagegevens',
  importErrors: (file) => `Sommige rijen van ${file} zijn weggelaten:`,
  importSummary: (rows, file) => `${rows} ${rows === 1 ? 'rij' : 'rijen'} gelezen uit ${file}.`,
  records: {
    'asem-duo': {
      description:
        'Beurzenprogramma voor uitwisselingen tussen ASEM-Azië en ASEM-Europa, opgebouwd ' +
        'rond paren ("duo’s") van deelnemers van beide kanten.',
    },
    'work-placement': {
      description: 'Stages voor studenten tussen ASEM-Azië en ASEM-Europa.',
    },
  },
  facts: {
    'wpp-pilot':
      'Proefproject in het academiejaar 2018-19, met Vlaanderen (België) en Thailand als ' +
      'covoorzitters en met deelname van Duitsland, Indonesië en Brunei.',
    'wpp-budget':
      'Vlaanderen trok EUR 50.000 uit voor stages van Vlaamse studenten in Azië in het ' +
      'tweede semester van 2018-19.',
    'wpp-applications':
      'Tegen eind 2018 waren 15 aanvragen goedgekeurd. Dat is een aantal goedgekeurde ' +
      'aanvragen, geen aantal voltooide stages; er is geen aantal deelnemers gepubliceerd.',
  },
  sourceNotes: {
    'work-placement': 'Vlaamse overheid, openbare informatie over het proefproject, 2018.',
  },
  csv: {
    missingColumns: (columns, expected) =>
      `De koprij mist de kolom(men) ${columns}. Verwacht: ${expected}.`,
    line: (line, problems) => `Regel ${line}: ${problems}.`,
    more: (rows) => `… en nog ${rows} rijen.`,
    programmeEmpty: 'programme is leeg',
    academicYear: (value) => `academic_year "${value}" heeft niet de vorm 2018-19`,
    country: (column, value) =>
      `${column} "${value}" is niet de ISO alfa-3-code van een ASEM-partner`,
    level: (value) => `level "${value}" is niet een van ISCED11_5, _6, _7, _8 of _5T8`,
    participants: (value) => `participants "${value}" is geen geheel getal`,
    budget: (value) =>
      `budget_eur "${value}" is geen bedrag in euro (laat het leeg als het onbekend is)`,
    sourceNoteEmpty: 'source_note is leeg; vermeld de openbare bron waar de rij vandaan komt',
  },
  format: {
    summary: 'CSV-formaat voor programmagegevens',
    intro:
      'Gescheiden door komma’s, UTF-8, één koprij met deze kolommen in willekeurige ' +
      'volgorde. Eén rij per programma, academiejaar, herkomst, bestemming en niveau.',
    column: 'Kolom',
    meaning: 'Betekenis',
    exampleNote: 'De voorbeeldrij toont alleen het formaat; het is geen echt gegeven.',
    meanings: {
      programme: 'Naam van het programma, zoals ASEM-DUO of ASEM Work Placement Programme',
      academic_year: 'Academiejaar, zoals 2018-19',
      origin: 'ISO alfa-3-code van het land waar de deelnemers vandaan komen, zoals BEL',
      destination: 'ISO alfa-3-code van het gastland, zoals THA',
      level:
        'ISCED11_5, ISCED11_6, ISCED11_7, ISCED11_8, of ISCED11_5T8 voor alle of onbekende ' +
        'niveaus',
      participants: 'Aantal deelnemers, een geheel getal',
      budget_eur: 'Budget in euro voor deze rij; laat leeg als de bron er geen vermeldt',
      source_note: 'De openbare bron waar de rij vandaan komt (verplicht)',
    },
  },
};
