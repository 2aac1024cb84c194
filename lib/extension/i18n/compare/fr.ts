// Français, vouvoiement, dans les mots des pages de réglages (« offre » pour posting).
import type { CompareCatalogue } from '.';

export const fr: CompareCatalogue = {
  'page.title': 'AI Leadership Lens : offres enregistrées',
  'page.heading': 'Offres enregistrées',
  'page.intro':
    'Chaque offre de poste de direction en IA que la Lens a affichée est mémorisée dans ce navigateur, depuis le jour de l’installation ; rien n’est envoyé nulle part. Marquez une offre d’une étoile dans le panneau pour la lister ici.',
  'page.remembered': {
    one: 'La mémoire contient {count} offre.',
    many: 'La mémoire contient {count} d’offres.',
    other: 'La mémoire contient {count} offres.',
  },

  'filter.group': 'Filtrer',
  'filter.search': 'Rechercher',
  'filter.searchHint': 'Intitulé, entreprise, lieu, rôle, note ou texte de l’offre',
  'filter.status': 'Statut',
  'filter.any': 'Tous',
  'filter.savedOnly': 'Enregistrées seulement',

  'list.loading': 'Chargement…',
  'list.noneSaved': 'Aucune offre enregistrée pour l’instant.',
  'list.noMatch': 'Aucune offre ne correspond.',
  'list.showing': '{shown} sur {total} affichées.',
  'list.more': 'Afficher {count} de plus',

  'column.posting': 'Offre',
  'column.company': 'Entreprise',
  'column.role': 'Rôle et niveau',
  'column.pay': 'Salaire affiché',
  'column.skills': 'Compétences demandées',
  'column.age': 'Vue la première fois',
  'column.status': 'Statut et note',

  'status.interested': 'Intéressé',
  'status.applied': 'Candidature envoyée',
  'status.declined': 'Refusée',

  'level.c-suite': 'Comité de direction',
  'level.vp': 'Vice-président',
  'level.head': 'Responsable',
  'level.director': 'Directeur',
  'level.manager': 'Manager',
  'level.lead': 'Référent',

  'posting.untitled': 'Offre sans intitulé',
  'pay.notPosted': 'Non affiché',
  'pay.range': '{low} – {high}',
  'pay.hour': '{range} de l’heure',
  'pay.day': '{range} par jour',
  'pay.week': '{range} par semaine',
  'pay.month': '{range} par mois',
  'pay.year': '{range} par an',

  'age.today': 'aujourd’hui',
  'age.daysAgo': {
    one: 'il y a {count} jour',
    many: 'il y a {count} de jours',
    other: 'il y a {count} jours',
  },
  'age.posted': 'publiée le {date}',

  'note.notSaved': 'Non enregistrée',
  'note.statusOf': 'Statut de {title}',
  'note.noteOn': 'Note sur {title}',
  'note.remove': 'Retirer des offres enregistrées',

  'chart.heading': 'Salaire affiché face au marché',
  'chart.intro':
    'Un graphique par devise, sur une même échelle : le salaire annuel de chaque offre et, quand les données fournies en ont une, la fourchette du marché pour son rôle et sa région.',
  'chart.group': '{name} ({code})',
  'chart.groupLabel': 'Salaire affiché en {name}, avec les fourchettes du marché',
  'chart.converted': 'Fourchettes dans d’autres devises converties aux taux du {date}.',
  'chart.legendPosted': 'Salaire affiché',
  'chart.legendBox': 'Marché : moitié centrale',
  'chart.legendRange': 'Marché : fourchette',
  'chart.legendWhiskers': 'Marché : du plus bas au plus haut',
  'chart.legendMedian': 'Marché : médiane',
  'chart.noPay': 'Hors graphique, sans salaire affiché : {titles}',
  'chart.rowPosted': '{title} : affiché {range} par an',
  'chart.rowBand': 'marché pour {role} en {region}, {basis} : {figures}',
  'chart.rowNoBand': 'aucune fourchette du marché pour ce rôle et cette région dans les données fournies',
  'chart.rowNoRole': 'rôle non reconnu, donc pas de fourchette du marché',
  'chart.rowNoRate': 'la fourchette du marché est en {currency}, sans taux de change pour comparer',
  'chart.middleHalf': 'moitié centrale de {low} à {high}',
  'chart.range': 'fourchette de {low} à {high}',
  'chart.lowToHigh': 'du plus bas au plus haut, de {low} à {high}',
  'chart.median': 'médiane {value}',
  'chart.average': 'moyenne {value}',
  'chart.bandRegion': 'Marché : {region}',
  'chart.noBandShort': 'pas de fourchette du marché',
  'chart.bandConverted': 'converti depuis {currency}',

  'basis.base': 'salaire de base',
  'basis.base+bonus': 'salaire de base et prime',
  'basis.total': 'rémunération totale',

  'memory.heading': 'Mémoire',
  'memory.remember': 'Mémoriser les offres',
  'memory.rememberHint':
    'Désactivé : les offres consultées ne sont pas enregistrées ; ce qui est mémorisé reste jusqu’à ce que vous l’effaciez.',
  'memory.cap': 'Offres conservées au plus',
  'memory.capHint':
    'Au-delà de la limite, les offres non enregistrées les plus anciennes sont oubliées en premier.',

  'file.exportJson': 'Exporter en JSON',
  'file.exportCsv': 'Exporter en CSV',
  'file.importJson': 'Importer un JSON',
  'file.forget': 'Tout oublier',
  'file.forgetConfirm':
    'Oublier toutes les offres mémorisées par la Lens, y compris les offres enregistrées et les notes ?',
  'file.forgotten': 'La mémoire des offres est vide.',
  'file.imported': {
    one: 'Importé : {count} nouvelle offre, {merged} fusionnées avec celles déjà présentes.',
    many: 'Importé : {count} de nouvelles offres, {merged} fusionnées avec celles déjà présentes.',
    other: 'Importé : {count} nouvelles offres, {merged} fusionnées avec celles déjà présentes.',
  },
  'file.notJson': 'Ce fichier n’est pas du JSON : exportez la mémoire en JSON pour l’importer.',
  'file.foreign': 'Ce fichier n’est pas une mémoire d’AI Leadership Lens.',
  'file.newer':
    'Ce fichier vient d’une version plus récente d’AI Leadership Lens (version de fichier {version}) ; mettez d’abord l’extension à jour.',
  'file.damaged': 'Le fichier est endommagé ({where} : {detail}) ; rien n’a été importé.',
  'file.duplicate': 'Le fichier contient {key} deux fois ; rien n’a été importé.',
};
