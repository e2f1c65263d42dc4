import type { OverviewControlMessages } from '../en/overview-controls';

export const overviewControls: OverviewControlMessages = {
  dataset: 'Jeu de données',
  defaultDataset: 'Étudiants internationaux, OCDE (par défaut)',
  uploaded: (name) => `${name} (importé)`,
  unknownDataset: (id) => `Jeu de données ${id}`,
  uploadLink: 'Importer un jeu de données',
  datasetNote: (name, file) =>
    `Affichage de « ${name} », importé depuis ${file} et conservé dans ce navigateur. Les ` +
    'notes sur les sources des données de l’OCDE ne s’y appliquent pas.',
  groupBy: 'Regrouper les pays par',
  myGroups: (count) => `Mes groupes (${count})`,
  defineGroups: 'Définir vos propres groupes',
  remove: 'Supprimer',
  groupName: 'Nom du groupe',
  groupNamePlaceholder: 'p. ex. partenaires du Mékong',
  countries: 'Pays (un pays déjà dans un groupe ne peut pas être choisi à nouveau)',
  addGroup: 'Ajouter le groupe',
  groupsNote:
    'Les groupes sont enregistrés dans ce navigateur et le lien de la page les contient ; ' +
    'copier le lien les partage donc.',
  levelsNotSplit: 'Cette source compte tous les niveaux du supérieur ensemble.',
  yearsLeftOut: (years) =>
    'Absentes du menu des années : ' +
    years
      .map(([year, missing]) =>
        missing === 'both'
          ? `${year}, car aucun flux entre les deux côtés n’est listé`
          : `${year}, car aucun pays d’accueil de l’Europe de l’ASEM n’est listé ; Asie → Europe ` +
            'y est donc inconnu',
      )
      .join(' ; ') +
    '.',
  yearLeftOut: (year, missing, shown) =>
    (missing === 'both'
      ? `Cette source ne liste aucun flux entre l’Asie et l’Europe de l’ASEM pour ${year}`
      : `Cette source ne liste aucun pays d’accueil de l’Europe de l’ASEM pour ${year} ; les ` +
        'flux de l’Asie de l’ASEM vers l’Europe de l’ASEM y sont donc inconnus') +
    ` ; affichage de ${shown} à la place.`,
  balanceCaptionUnlisted:
    'Étudiants échangés avec l’autre côté de l’ASEM, additionnés sur les paires des listes des ' +
    'dix premiers de l’ISU. — signifie qu’aucune paire avec l’autre côté n’est listée : le ' +
    'nombre est inconnu, pas 0. Les sommes listées sont des bornes inférieures ; le solde, le ' +
    'ratio et l’indice de solde comparent donc des bornes inférieures. Indice de solde = ' +
    '(entrées − sorties) / (entrées + sorties).',
};
