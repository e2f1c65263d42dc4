import type { Messages } from './en';
import { countries } from './fr/countries';
import { country } from './fr/country';
import { errors } from './fr/errors';
import { exports } from './fr/exports';
import { groupings } from './fr/groupings';
import { map } from './fr/map';
import { overviewControls } from './fr/overview-controls';
import { pair } from './fr/pair';
import { programmes } from './fr/programmes';
import { report } from './fr/report';
import { upload } from './fr/upload';
import { views } from './fr/views';

/** French interface text. */
export const fr: Messages = {
  layout: {
    nav: {
      label: 'Vues',
      overview: 'Vue d’ensemble',
      countries: 'Pays',
      map: 'Carte',
      programmes: 'Programmes',
      upload: 'Importer des données',
      report: 'Rapport',
    },
    brand: 'Processus éducatif de l’ASEM · Mobilité équilibrée',
    skipToContent: 'Aller au contenu',
    language: 'Langue',
    source: (attribution) => `Données par défaut : ${attribution}.`,
    languageFailed: (language: string) =>
      `Impossible de charger la langue ${language}, la page reste donc dans cette langue. Rechargez la page pour réessayer.`,
    otherData:
      'Cette page montre d’autres données ; chaque graphique en nomme la source en dessous.',
    datasetVersion: 'Version du jeu de données',
  },
  overview: {
    pageTitle: 'Mobilité étudiante entre l’Asie et l’Europe de l’ASEM',
    pageDescription:
      'La mobilité étudiante entre l’Asie et l’Europe est-elle équilibrée ? Données d’inscription de l’OCDE pour les partenaires de l’ASEM.',
    heading: 'Mobilité étudiante entre l’Asie et l’Europe de l’ASEM',
    loading: 'Chargement des données…',
    loadFailed: (reason) => `Les données n’ont pas pu être chargées : ${reason}`,
    queryFailed: (reason) => `La requête a échoué : ${reason}`,
    reload: 'Rechargez la page pour réessayer.',
    sankeyHeading: (origin, destination, year) =>
      `Flux de l’${origin} de l’ASEM vers l’${destination} de l’ASEM, ${year}`,
    sankeyLabel: 'Diagramme de Sankey des étudiants par pays d’origine et de destination',
    sankeyCountries: 'Chaque nœud est un pays.',
    sankeyGroups: (grouping) =>
      `Regroupement « ${grouping} » : chaque nœud est un groupe, ou un pays hors de tout groupe.`,
    sankeyOrigins: (drawn, merged, other) =>
      merged === 0
        ? drawn === 1
          ? 'L’unique origine est tracée.'
          : `Les ${drawn} origines sont toutes tracées.`
        : `Les ${drawn} principales origines sont tracées, et les ${merged} autres sont regroupées sous « ${other} ».`,
    sankeyDestinations: (drawn, merged, other) =>
      merged === 0
        ? drawn === 1
          ? 'L’unique destination est tracée.'
          : `Les ${drawn} destinations sont toutes tracées.`
        : `Les ${drawn} principales destinations sont tracées, et les ${merged} autres sont regroupées sous « ${other} ».`,
    sankeyTotal: (total) => `Total : ${total} étudiants.`,
    sankeyEmpty: 'Aucun flux n’est déclaré pour cette sélection.',
    noFlows: (year) =>
      `Ces données ne contiennent aucun flux entre l’Asie et l’Europe de l’ASEM pour ${year}. ` +
      'Choisissez une autre année.',
    otherPartners: (side) =>
      side === 'asia' ? 'Autres partenaires asiatiques' : 'Autres partenaires européens',
    balanceHeading: (year) => `Solde par partenaire de l’ASEM, ${year}`,
    balanceCaption:
      'Étudiants échangés avec l’autre côté de l’ASEM. Indice de solde = (entrées − sorties) / (entrées + sorties) ; — signifie aucune donnée comme pays d’accueil. Les sorties des partenaires européens ne comptent que les pays d’accueil asiatiques avec données ; leur solde penche donc vers les entrées.',
    hostsVary: (minimum, maximum) =>
      `Le nombre de partenaires européens ayant des données d’accueil varie selon les années (${minimum} à ${maximum}) ; une partie de l’évolution de la courbe Asie → Europe vient donc des déclarations, non de la mobilité.`,
    membersJoined: (joined) =>
      `L’ASEM s’est élargie au cours de ces années et chaque année compte les partenaires de ` +
      `cette année-là : ${joined}.`,
    joinedIn: (names, year) => `${names} à partir de ${year}`,
    columnEuropeanHosts: 'Pays d’accueil européens avec données',
    columnAsianHosts: 'Pays d’accueil asiatiques avec données',
    seriesLabel: 'Étudiants entre les deux côtés de l’ASEM par année',
    seriesAsiaToEurope: 'Asie de l’ASEM → Europe de l’ASEM',
    seriesEuropeToAsia: 'Europe de l’ASEM → Asie de l’ASEM (sous-estimé*)',
    summary: (year, asiaToEurope, ratio, europeToAsia) =>
      `En ${year}, ${asiaToEurope} étudiants de l’Asie de l’ASEM étudiaient dans l’Europe de ` +
      `l’ASEM, soit ${ratio} les ${europeToAsia} étudiants de l’Europe de l’ASEM comptés en Asie.`,
  },
  sides: { asia: 'Asie', europe: 'Europe' },
  notices: {
    year: (value, first, last, shown) =>
      `L’année « ${value} » du lien n’est pas dans les données (${first}–${last}) ; ${shown} est affichée.`,
    level: (value) =>
      `Le niveau « ${value} » du lien est inconnu ; tous les niveaux du supérieur sont affichés.`,
    direction: (value) =>
      `La direction « ${value} » du lien est inconnue ; l’Asie vers l’Europe est affichée.`,
  },
  controls: {
    year: 'Année',
    level: 'Niveau',
    direction: 'Direction du diagramme de Sankey',
    asiaToEurope: 'Asie → Europe',
    europeToAsia: 'Europe → Asie',
  },
  levels: {
    ISCED11_5T8: 'Enseignement supérieur, tous niveaux (CITE 5–8)',
    ISCED11_5: 'Enseignement supérieur de cycle court (CITE 5)',
    ISCED11_6: 'Licence ou équivalent (CITE 6)',
    ISCED11_7: 'Master ou équivalent (CITE 7)',
    ISCED11_8: 'Doctorat ou équivalent (CITE 8)',
  },
  headline: {
    asiaToEurope: (year) => `étudiants de l’Asie de l’ASEM dans l’Europe de l’ASEM, ${year}`,
    europeToAsia: (year) => `étudiants de l’Europe de l’ASEM dans l’Asie de l’ASEM, ${year}*`,
    ratio: 'Asie → Europe pour chaque étudiant Europe → Asie*',
  },
  jumps: {
    title: 'Fortes variations par rapport à l’année précédente.',
    intro: (previous, year, change) =>
      `Ces paires ont varié d’au moins ${change} étudiants et d’un facteur 3 entre ${previous} ` +
      `et ${year}. Un pays d’accueil qui commence ou cesse de compter certains étudiants peut ` +
      'en être la cause ; vérifiez la source avant de citer cette variation :',
    pair: (origin, destination, before, after) =>
      `${origin} → ${destination} : ${before} → ${after}`,
  },
  coverage: {
    title: '* L’Europe → Asie est sous-estimée.',
    asia: (reporting, partners, hosts, missing) =>
      `Seuls ${reporting} des ${partners} partenaires asiatiques déclarent leurs étudiants ` +
      `internationaux à l’OCDE comme pays d’accueil (${hosts}) ; les étudiants européens en ` +
      `${missing} ne sont donc pas comptés.`,
    europe: (reporting, partners, missing) =>
      `L’Asie → Europe couvre ${reporting} des ${partners} partenaires européens (aucune donnée d’accueil pour ${missing}).`,
    zeros:
      'Un 0 dans la source peut remplacer une valeur manquante ; les sommes sont donc des minimums.',
    asiaUpload: (reporting, partners, hosts) =>
      reporting === 0
        ? `Aucun des ${partners} partenaires asiatiques n’est pays d’accueil dans ce jeu de ` +
          'données, qui ne compte donc aucun étudiant allant d’Europe en Asie.'
        : `${reporting === 1 ? 'Seul' : 'Seuls'} ${reporting} des ${partners} partenaires ` +
          `asiatiques ${reporting === 1 ? 'est' : 'sont'} pays d’accueil dans ce ` +
          `jeu de données (${hosts}) ; les étudiants allant vers les autres ne sont pas comptés.`,
  },
  balance: {
    partner: 'Partenaire',
    side: 'Côté',
    inbound: 'Entrants de l’autre côté',
    outbound: 'Sortants vers l’autre côté',
    net: 'Solde (entrées − sorties)',
    ratio: 'Rapport entrées : sorties',
    index: 'Indice de solde',
    noHostData: 'Aucune donnée d’accueil déclarée',
  },
  charts: {
    flowList: 'Flux, du plus grand au plus petit ; utilisez les touches fléchées',
    showTable: 'Afficher les données sous forme de tableau',
    columnYear: 'Année',
    columnOrigin: 'Origine',
    columnDestination: 'Destination',
    columnStudents: 'Étudiants',
    linkDescription: (source, target, students) =>
      `${source} vers ${target} : ${students} étudiants`,
    nodeDescription: (name, students) => `${name} : ${students} étudiants`,
  },
  overviewControls,
  views,
  countries,
  country,
  pair,
  map,
  programmes,
  upload,
  report,
  exports,
  groupings,
  errors,
};
