import { formatCount } from '../../../format';
import type { UploadMessages } from '../en/upload';

export const upload: UploadMessages = {
  pageTitle: 'Importer un jeu de données de mobilité',
  heading: 'Importer un jeu de données de mobilité',
  introBefore:
    'Chargez un fichier CSV, TSV ou Parquet de flux d’étudiants : une ligne par origine, ' +
    'destination et année, avec un nombre d’étudiants. Le fichier est lu dans ce navigateur ' +
    'et conservé uniquement ici. Partez du',
  template: 'modèle CSV',
  introAfter: '.',
  fileHeading: (file, rows) => `${file} : ${rows} lignes`,
  chooseColumns: (roles) => `Choisissez une colonne pour : ${roles}.`,
  checkRows: 'Vérifier toutes les lignes',
  datasetName: 'Nom du jeu de données',
  saveAs: 'Enregistrer sous',
  newDataset: 'Un nouveau jeu de données',
  replace: (name) => `Remplacer « ${name} »`,
  save: 'Enregistrer le jeu de données',
  saveFailed: (reason) =>
    `L’enregistrement du jeu de données a échoué et rien n’a été modifié : ${reason}`,
  storageFull: (megabytes) =>
    'L’enregistrement du jeu de données a échoué car l’espace de stockage du navigateur pour ' +
    `ce site est plein (le jeu de données nécessite ${megabytes} Mo). Rien n’a été modifié. ` +
    'Supprimez les jeux de données enregistrés dont vous n’avez plus besoin, ou exportez-les ' +
    'd’abord, puis enregistrez à nouveau.',
  drop: {
    group: 'Choisir ou déposer un fichier',
    label: 'Fichier de données (CSV, TSV, TXT ou Parquet)',
    hint: 'ou déposez un fichier ici',
  },
  stages: {
    starting: 'Démarrage',
    reading: 'Lecture du fichier',
    'decoding-parquet': 'Décodage du Parquet',
    splitting: 'Découpage des lignes',
    'reading-database': 'Lecture du fichier dans la base de données',
    checking: 'Vérification de toutes les lignes',
    'checking-values': 'Vérification de chaque valeur distincte',
    encoding: 'Encodage en Arrow et en Parquet',
    saving: 'Enregistrement dans ce navigateur',
    'loading-database': 'Chargement dans la base de données',
    opening: 'Ouverture de la page',
  },
  cancel: 'Annuler',
  settings: {
    legend: 'Lecture du fichier',
    encoding: 'Encodage du texte',
    delimiter: 'Séparateur',
    separatorBefore: 'Le fichier indique son séparateur sur une première ligne Excel',
    separatorAfter: '.',
    encodings: {
      'utf-8': 'UTF-8',
      'utf-16le': 'UTF-16 (petit-boutiste)',
      'utf-16be': 'UTF-16 (gros-boutiste)',
      'windows-1252': 'Windows-1252 (Europe occidentale)',
    },
    delimiters: {
      ',': 'virgule (,)',
      ';': 'point-virgule (;)',
      '\t': 'tabulation',
      '|': 'barre verticale (|)',
    },
  },
  mapping: {
    legend: 'Contenu de chaque colonne',
    none: '(aucune)',
    previewCaption: 'Premières lignes du fichier, avec toutes les colonnes sources',
    roles: {
      origin: 'Pays d’origine (d’où viennent les étudiants)',
      destination: 'Pays de destination (où ils étudient)',
      year: 'Année ou année académique',
      count: 'Nombre d’étudiants',
      level: 'Niveau d’enseignement (facultatif)',
      programme: 'Programme (facultatif)',
      flag: 'Indicateur de la valeur (facultatif)',
    },
  },
  report: {
    hints: {
      year:
        'Les années sont lues sous la forme 2019, 2019.0, 2018-2019 ou 2018/19, entre 1900 et ' +
        '2100. Si cette colonne n’est pas l’année, choisissez-en une autre dans l’association ' +
        'des colonnes.',
      level:
        'Seuls les niveaux du supérieur sont lus : niveaux CITE 2011 5, 6, 7 et 8, 5T8 pour leur ' +
        'ensemble, ou des noms comme Bachelor, Master et Doctoral. Les lignes d’autres niveaux ' +
        'sont rejetées.',
      'count-not-number':
        'Un nombre d’étudiants est un nombre ou un signe de valeur manquante comme « .. », ' +
        '« : » ou « n/a ». Si cette colonne contient du texte, choisissez la colonne des ' +
        'effectifs.',
      'count-negative':
        'Un nombre d’étudiants ne peut pas être négatif. Vérifiez si la colonne contient des ' +
        'différences ou des soldes au lieu d’effectifs.',
      'count-not-whole':
        'Un nombre d’étudiants est un nombre entier. Des valeurs décimales sont des parts, des ' +
        'moyennes ou des chiffres en milliers : choisissez une colonne d’effectifs, ou arrondissez ' +
        'les valeurs dans le fichier.',
    },
    heading: 'Vérification avant l’enregistrement',
    rows: (rows, sourceRows) => `${rows} lignes sur ${sourceRows} peuvent être chargées.`,
    missing: (rows) =>
      rows === '1'
        ? '1 ligne a un nombre d’étudiants manquant ; elle est conservée comme valeur ' +
          'manquante, et non comme 0.'
        : `${rows} lignes ont un nombre d’étudiants manquant ; elles sont conservées comme ` +
          'valeurs manquantes, et non comme 0.',
    total: (students) => `${students} étudiants dans les effectifs connus.`,
    selfFlows: (rows, students) =>
      `${rows} lignes nationales (origine identique à la destination, ${students} étudiants) ` +
      'sont conservées mais exclues du diagramme de Sankey et des soldes.',
    aggregates: (rows) =>
      `${rows} lignes désignent un agrégat (comme World ou EU27_2020) et sont exclues du ` +
      'diagramme de Sankey, des soldes et du total.',
    nonIso: (codes) => `Conservés bien qu’absents de l’ISO 3166-1 : ${codes}.`,
    shortRows: (count, rows, lines) => {
      const [subject, line] = count === 1 ? ['ligne a', 'ligne'] : ['lignes ont', 'lignes'];
      return (
        `${rows} ${subject} moins de champs que l’en-tête ; les dernières cellules ont donc été ` +
        `lues comme vides (${line} ${lines}). Vérifiez s’il manque un séparateur, ou si une ` +
        'valeur contient le séparateur sans guillemets.'
      );
    },
    titles: (lines, count) =>
      count === 1
        ? `La ligne ${lines}, au-dessus de l’en-tête, a été lue comme un titre et ignorée.`
        : `Les lignes ${lines}, au-dessus de l’en-tête, ont été lues comme des titres et ignorées.`,
    blank: (rows, lines) => `${rows} lignes vides ont été ignorées (lignes ${lines}).`,
    unmappedHeading: 'Valeurs de pays non reconnues',
    unmappedBefore: 'Saisissez pour chacune un code ISO 3166-1 (comme DEU ou DE), ou',
    unmappedAfter:
      'pour un total ou une région. Les lignes non corrigées sont rejetées et listées ' +
      'ci-dessous.',
    unmappedValue: (value, role, rows) =>
      `« ${value} » (${role === 'origin' ? 'origine' : 'destination'}, ` +
      `${formatCount(rows, 'fr-BE')} ${rows === 1 ? 'ligne' : 'lignes'})`,
    applyFixes: 'Appliquer et vérifier à nouveau',
    rejectedHeading: 'Lignes rejetées',
    unmappedMore: (count) =>
      `${count} autres valeurs ne sont pas reconnues. Si la plupart des valeurs sont inconnues, ` +
      'vérifiez quelle colonne est associée à l’origine et à la destination.',
    rejected: (line, reason) => `Ligne ${line} : ${reason}.`,
    more: (rows) => `… et ${rows} de plus.`,
  },
  rowProblem: (problem) => {
    switch (problem.kind) {
      case 'year':
        return `l’année « ${problem.value} » n’est pas une année comme 2019 ou 2018-2019`;
      case 'level':
        return (
          `le niveau « ${problem.value} » n’est pas un niveau de l’enseignement supérieur ` +
          'de la CITE 2011 (5, 6, 7, 8 ou 5T8)'
        );
      case 'count-not-number':
        return `le nombre d’étudiants « ${problem.value} » n’est pas un nombre`;
      case 'count-negative':
        return `le nombre d’étudiants ${problem.value} est négatif`;
      case 'count-not-whole':
        return `le nombre d’étudiants ${problem.value} n’est pas un nombre entier`;
      case 'country':
        return (
          `${problem.role === 'origin' ? 'le pays d’origine' : 'le pays de destination'} ` +
          `« ${problem.value} » n’est ni un code ni un nom de pays connu`
        );
      case 'typed-code':
        return (
          `le code « ${problem.code} » saisi pour ` +
          `${problem.role === 'origin' ? 'le pays d’origine' : 'le pays de destination'} ` +
          `« ${problem.value} » n’est pas un code ISO 3166-1`
        );
    }
  },
  problem: (problem) => {
    switch (problem.kind) {
      case 'file-too-large':
        return (
          `${problem.file} pèse ${problem.megabytes} Mo, plus que les ${problem.maximum} Mo ` +
          'que cette page peut lire. Découpez-le, par exemple par année, et importez les ' +
          'parties séparément.'
        );
      case 'too-large-for-browser':
        return (
          `Le fichier est trop volumineux pour être lu par ce navigateur (${problem.detail}). ` +
          'Découpez-le, par exemple par année, et importez les parties comme jeux de données ' +
          'distincts.'
        );
      case 'empty-file':
        return 'Le fichier est vide : il n’a pas de ligne d’en-tête.';
      case 'not-text': {
        const kinds = {
          excel:
            'un classeur. Enregistrez la feuille en CSV (dans Excel : Fichier › Enregistrer ' +
            'sous › CSV UTF-8)',
          zip: 'une archive ZIP. Décompressez-la et importez le fichier CSV ou Parquet qu’elle contient',
          pdf: 'un document PDF. Exportez son tableau en CSV, ou demandez le fichier de données à son éditeur',
          image: 'une image. Importez les données du graphique en CSV ou Parquet',
          gzip: 'compressé avec gzip. Décompressez-le et importez le fichier qu’il contient',
        };
        return `${problem.file} n’est pas du texte délimité mais ${kinds[problem.fileKind]}.`;
      }
      case 'cancelled':
        return 'L’importation a été annulée ; rien n’a été enregistré.';
    }
  },
  summary: {
    heading: (name) => `Enregistré : ${name}`,
    rows: 'Lignes chargées',
    missing: 'Effectifs manquants',
    total: 'Étudiants (somme des effectifs connus, hors agrégats)',
    open: (name) => `Afficher ${name} dans la vue d’ensemble`,
  },
  datasets: {
    heading: 'Jeux de données dans ce navigateur',
    empty: 'Aucun jeu de données importé pour l’instant.',
    newName: 'Nouveau nom',
    saveName: 'Enregistrer le nom',
    cancel: 'Annuler',
    emptyName:
      'Le nom d’un jeu de données ne peut pas être vide ; saisissez un nom ou cliquez sur ' +
      'Annuler.',
    confirmRemove: (name) => `Supprimer « ${name} » de ce navigateur ?`,
    meta: (file, rows, updated) => `${file}, ${rows} lignes, ${updated}`,
    open: 'Ouvrir dans la vue d’ensemble',
    rename: 'Renommer',
    exportCsv: 'Exporter en CSV',
    exportParquet: 'Exporter en Parquet',
    remove: 'Supprimer',
  },
};
