import type { ProgrammeMessages } from '../en/programmes';

export const programmes: ProgrammeMessages = {
  pageTitle: 'Programmes d’éducation de l’ASEM',
  heading: 'Programmes d’éducation de l’ASEM',
  crumb: 'Programmes',
  lede:
    'Ce que les instruments de l’ASEM apportent à la mobilité entre les deux côtés. Seuls ' +
    'des faits tirés de sources publiques sont affichés ; lorsqu’aucune source ne donne de ' +
    'nombre de participants, aucun n’est affiché.',
  tableCaption: (file) => `Données importées de ${file}`,
  columns: {
    programme: 'Programme',
    academicYear: 'Année académique',
    participants: 'Participants',
    budget: 'Budget',
    rows: 'Lignes',
  },
  euros: (amount) => `${amount} EUR`,
  recordedFacts: 'Faits documentés',
  source: (note) => `Source : ${note}`,
  empty: (name) =>
    `Ce tableau de bord ne contient aucune donnée de participation pour ${name}. Si vous ` +
    'disposez de chiffres tirés d’une source publique, ajoutez-les sous forme de CSV au ' +
    'format ci-dessous.',
  otherHeading: 'Autres programmes importés',
  addHeading: 'Ajouter des données de programme',
  addBefore: 'Importez un jeu de données sur la',
  addLink: 'page d’importation',
  addAfter:
    ', ou consultez ici un CSV de programme. Un fichier consulté ici reste dans cet onglet ' +
    'du navigateur et n’est envoyé nulle part.',
  fileLabel: 'CSV de programme',
  importErrors: (file) => `Certaines lignes de ${file} ont été écartées :`,
  importSummary: (rows, file) =>
    `${rows} ${rows === 1 ? 'ligne lue' : 'lignes lues'} dans ${file}.`,
  records: {
    'asem-duo': {
      description:
        'Programme de bourses pour des échanges entre l’Asie et l’Europe de l’ASEM, fondé sur ' +
        'des paires (« duos ») de participants des deux côtés.',
    },
    'work-placement': {
      description: 'Stages pour étudiants entre l’Asie et l’Europe de l’ASEM.',
    },
  },
  facts: {
    'wpp-pilot':
      'Projet pilote durant l’année académique 2018-19, coprésidé par la Flandre (Belgique) ' +
      'et la Thaïlande, avec la participation de l’Allemagne, de l’Indonésie et du Brunei.',
    'wpp-budget':
      'La Flandre a prévu un budget de 50 000 EUR pour les stages d’étudiants flamands en ' +
      'Asie au second semestre de 2018-19.',
    'wpp-applications':
      '15 candidatures avaient été approuvées fin 2018. Il s’agit d’un nombre de ' +
      'candidatures approuvées, et non de stages effectués ; aucun nombre de participants ' +
      'n’est publié.',
  },
  sourceNotes: {
    'work-placement': 'Gouvernement flamand, informations publiques sur le projet pilote, 2018.',
  },
  csv: {
    missingColumns: (columns, expected) =>
      `La ligne d’en-tête n’a pas la ou les colonnes ${columns}. Attendu : ${expected}.`,
    line: (line, problems) => `Ligne ${line} : ${problems}.`,
    more: (rows) => `… et ${rows} lignes de plus.`,
    programmeEmpty: 'programme est vide',
    academicYear: (value) => `academic_year « ${value} » n’a pas la forme 2018-19`,
    country: (column, value) =>
      `${column} « ${value} » n’est pas le code ISO alpha-3 d’un partenaire de l’ASEM`,
    level: (value) => `level « ${value} » n’est pas l’un de ISCED11_5, _6, _7, _8 ou _5T8`,
    participants: (value) => `participants « ${value} » n’est pas un nombre entier`,
    budget: (value) =>
      `budget_eur « ${value} » n’est pas un montant en euros (laissez vide s’il est inconnu)`,
    sourceNoteEmpty: 'source_note est vide ; indiquez la source publique dont provient la ligne',
  },
  format: {
    summary: 'Format CSV des données de programme',
    intro:
      'Valeurs séparées par des virgules, UTF-8, une ligne d’en-tête avec ces colonnes dans ' +
      'un ordre quelconque. Une ligne par programme, année académique, origine, destination ' +
      'et niveau.',
    column: 'Colonne',
    meaning: 'Signification',
    exampleNote:
      'La ligne d’exemple illustre seulement le format ; ce n’est pas une donnée réelle.',
    meanings: {
      programme: 'Nom du programme, comme ASEM-DUO ou ASEM Work Placement Programme',
      academic_year: 'Année académique, comme 2018-19',
      origin: 'Code ISO alpha-3 du pays d’origine des participants, comme BEL',
      destination: 'Code ISO alpha-3 du pays d’accueil, comme THA',
      level:
        'ISCED11_5, ISCED11_6, ISCED11_7, ISCED11_8, ou ISCED11_5T8 pour tous les niveaux ou ' +
        'un niveau inconnu',
      participants: 'Nombre de participants, un nombre entier',
      budget_eur: 'Budget en euros pour cette ligne ; laissez vide si la source n’en donne pas',
      source_note: 'La source publique dont provient la ligne (obligatoire)',
    },
  },
};
