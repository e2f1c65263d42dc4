import type { Side } from '../../../queries/sides';
import type { ExportMessages } from '../en/exports';

/** The side after "de", with its article: "de l’Asie de l’ASEM". */
const fromSide = (side: Side) => (side === 'asia' ? 'de l’Asie' : 'de l’Europe') + ' de l’ASEM';

/** The side after "vers", with its article. */
const toSide = (side: Side) => (side === 'asia' ? 'vers l’Asie' : 'vers l’Europe') + ' de l’ASEM';

export const exports: ExportMessages = {
  undercount:
    'L’Europe → Asie est sous-estimée : peu de partenaires asiatiques déclarent leurs ' +
    'étudiants internationaux en tant que pays d’accueil.',
  series: {
    title: (span) => `Étudiants entre l’Asie et l’Europe de l’ASEM, ${span}`,
    caption: (level, undercount) =>
      `Étudiants internationaux par direction, ${level}. ${undercount}`,
    subject: (span, level) =>
      `des étudiants entre l’Asie et l’Europe de l’ASEM par année, ${span}, ${level}`,
  },
  sankey: {
    route: (origin, destination) => `${fromSide(origin)} ${toSide(destination)}`,
    title: (route, year) => `Flux ${route}, ${year}`,
    caption: (route, level) =>
      `Étudiants internationaux ${route} par pays d’origine et pays d’accueil, ${level}.`,
    subject: (route, year, level) => `${route} en ${year}, ${level}`,
  },
  balance: {
    title: (year) => `Solde par partenaire de l’ASEM, ${year}`,
    caption: (level) =>
      `Étudiants échangés avec l’autre côté de l’ASEM, ${level}. Indice de solde = ` +
      '(entrées − sorties) / (entrées + sorties) ; vide lorsque le partenaire ne déclare ' +
      'aucune donnée d’accueil. Les sorties des partenaires européens ne comptent que les ' +
      'pays d’accueil asiatiques avec données ; leur solde penche donc vers les entrées.',
    captionUnlisted: (level) =>
      `Étudiants échangés avec l’autre côté de l’ASEM, ${level}, additionnés sur les paires ` +
      'des listes des dix premiers de l’ISU. Vide lorsqu’aucune paire avec l’autre côté n’est ' +
      'listée : le nombre est inconnu, pas 0. Les sommes listées sont des bornes inférieures ; ' +
      'le solde, le ratio et l’indice de solde comparent donc des bornes inférieures. Indice ' +
      'de solde = (entrées − sorties) / (entrées + sorties).',
    subject: (year, level) => `${year}, ${level}`,
  },
  describe: {
    lineNoValues: (label) => `${label} : aucune valeur déclarée.`,
    lineOneValue: (label, value, year) => `${label} : ${value} en ${year}.`,
    lineTwoValues: (label, first, firstYear, last, lastYear) =>
      `${label} : ${first} en ${firstYear} et ${last} en ${lastYear}.`,
    lineChart: (subject) => `Graphique linéaire ${subject}.`,
    sankeyEmpty: (subject) =>
      `Diagramme de Sankey des étudiants ${subject} : aucun flux n’est déclaré.`,
    sankey: (total, subject) => `Diagramme de Sankey de ${total} étudiants ${subject}.`,
    largestOrigins: (list) => `Principales origines : ${list}.`,
    largestDestinations: (list) => `Principales destinations : ${list}.`,
    largestFlow: (source, target, students) =>
      `Flux le plus important : ${source} vers ${target}, ${students} étudiants.`,
    balanceTable: (partners, subject) =>
      `Tableau des échanges de ${partners} partenaires de l’ASEM avec l’autre côté, ${subject}.`,
    largestInflow: (name, net) => `Plus fort solde entrant : ${name} (${net}).`,
    largestOutflow: (name, net) => `Plus fort solde sortant : ${name} (${net}).`,
    noHostData: (partners) =>
      partners === 1
        ? '1 partenaire ne déclare aucune donnée d’accueil ; son solde est donc inconnu.'
        : `${partners} partenaires ne déclarent aucune donnée d’accueil ; leur solde est donc ` +
          'inconnu.',
  },
  publisher: 'Processus éducatif de l’ASEM, tableau de bord Mobilité équilibrée',
  citation: (title, publisher, attribution, years, version, url, accessed) =>
    `${title}. ${publisher}. Source : ${attribution}, données ${years}, version du jeu de ` +
    `données ${version}. ${url} (consulté le ${accessed}).`,
  footer: {
    source: (attribution) => `Source : ${attribution}.`,
    data: (years, version) =>
      `Année des données : ${years}. Version du jeu de données : ${version}.`,
    view: (url, accessed) => `Vue : ${url} (consultée le ${accessed})`,
  },
  uploadAttribution: (name, fileName) =>
    `jeu de données « ${name} » chargé depuis ${fileName} et conservé dans ce navigateur, ` +
    'données non publiées',
  citeAs: 'Citer comme suit :',
  toolbar: {
    label: (title) => `Exporter : ${title}`,
    embed: 'Intégrer',
    addToReport: 'Ajouter au rapport',
    openReport: 'Ouvrir le rapport',
    notShareable:
      'L’intégration et le générateur de rapport ne montrent que les données publiques de ' +
      'l’OCDE par pays ; cette vue peut être exportée en SVG, PNG ou CSV.',
    failed: (reason) => `L’exportation a échoué : ${reason}`,
    saved: (file) => `${file} enregistré`,
    added: (charts) =>
      `Ajouté au rapport (${charts} ${charts === 1 ? 'graphique' : 'graphiques'}).`,
  },
  embedCode: {
    label: 'Code d’intégration',
    imageUrl:
      'URL de l’image de remplacement (déposez-y le PNG ; les URL relatives sont résolues ' +
      'par rapport à votre page)',
    copy: 'Copier le code d’intégration',
    downloadPng: 'Télécharger le PNG de remplacement',
    copied: 'Code d’intégration copié.',
    copyBlocked:
      'La copie est bloquée dans ce navigateur : sélectionnez le code ci-dessus et copiez-le ' +
      'manuellement.',
    staticImage: (title) => `Image statique : ${title}`,
    interactiveView: 'Vue interactive',
  },
  embedPage: {
    defaultTitle: 'Mobilité étudiante entre l’Asie et l’Europe de l’ASEM',
    open: 'Ouvrir le tableau de bord interactif',
  },
};
