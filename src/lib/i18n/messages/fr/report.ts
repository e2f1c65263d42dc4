import type { ReportMessages } from '../en/report';

export const report: ReportMessages = {
  pageTitle: (title) => `Générateur de rapport · ${title}`,
  heading: 'Générateur de rapport',
  introBefore: 'Choisissez des graphiques avec « Ajouter au rapport » dans la',
  introLink: 'vue d’ensemble',
  introAfter:
    ' ; ils conservent l’année, le niveau et la direction choisis. Le lien de cette page ' +
    'contient tout le rapport.',
  defaultTitle: 'Mobilité étudiante entre l’Asie et l’Europe de l’ASEM',
  notices: {
    unknownChart: (value) =>
      `Le graphique « ${value} » du lien n’est pas un graphique connu ; il est omis.`,
    invalidSettings: (value) =>
      `Le graphique « ${value} » du lien a des paramètres non valides ; il est omis.`,
  },
  loadFailed: (reason) => `Les données n’ont pas pu être chargées : ${reason}`,
  queryFailed: (reason) => `Une requête a échoué : ${reason}`,
  print: 'Imprimer ou enregistrer en PDF',
  zip: 'Télécharger toutes les exportations (ZIP)',
  preparingZip: 'Préparation du ZIP…',
  zipSaved: (charts) =>
    `report.zip enregistré avec ${charts} ${charts === 1 ? 'graphique' : 'graphiques'}.`,
  zipFailed: (reason) => `Le ZIP n’a pas pu être créé : ${reason}`,
  chartNotDrawn: (position) =>
    `le graphique ${position} n’est pas encore tracé ; attendez le chargement de l’aperçu.`,
  preview: 'Aperçu A4',
  meta: (attribution, version, accessed) =>
    `Source : ${attribution}. Version du jeu de données ${version}. Consulté le ${accessed}.`,
  loadingChart: (position) => `Chargement du graphique ${position}…`,
  editor: {
    title: 'Titre du rapport',
    empty:
      'Le rapport ne contient encore aucun graphique. Utilisez « Ajouter au rapport » sous un ' +
      'graphique de la vue d’ensemble.',
    note: 'Note',
    moveUp: 'Monter',
    moveDown: 'Descendre',
    remove: 'Retirer',
    // A button's name with its chart, for screen readers that list buttons out of context.
    actionOn: (action, chart) => `${action} : ${chart}`,
  },
};
