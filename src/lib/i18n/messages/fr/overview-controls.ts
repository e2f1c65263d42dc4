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
};
