// Français, vouvoiement ; espace insécable avant « : ; ? ». Libellés courts : le popup fait environ 360 px.
import type { PagesCatalogue } from '.';

export const fr: PagesCatalogue = {
  'app.allSettings': 'Tous les réglages',
  'app.saveFailed': 'Échec de l’enregistrement\u00a0: {error}',
  'app.settingsTitle': 'Réglages de {product}',

  'lens.group': 'Lens',
  'lens.on': 'Lens activée',
  'lens.onHint': 'Afficher le panneau sur les offres de direction IA',

  'popup.thisPage': 'Cette page',
  'popup.readingPage': 'Lecture de la page…',
  'popup.compare': 'Comparer les offres enregistrées',

  'sections.heading': 'Afficher dans le panneau',
  'section.role': 'Poste',
  'section.salary': 'Repère salarial',
  'section.comparison': 'Comparaison des postes',
  'section.checklist': 'Compétences attendues',
  'section.checks': 'Contrôles recruteur',
  'section.listBadges': 'Badges dans les listes d’offres',
  'site.generic': 'Autres sites carrières que vous avez activés',

  'thisPage.notSupported': 'Site non pris en charge',
  'thisPage.worksOn':
    'La Lens fonctionne sur les sites d’emploi et sur les sites carrières que vous activez.',
  'thisPage.offerEnable':
    'Est-ce un site carrières\u00a0? La Lens peut lire les offres de {origin} dès que vous l’autorisez.',
  'thisPage.enable': 'Activer sur ce site',
  'thisPage.denied': 'Autorisation refusée\u00a0: rien n’a changé.',
  'thisPage.askFailed': 'Impossible de demander l’autorisation.',
  'thisPage.siteSwitch': 'Sur ce site',
  'thisPage.enabledHere': 'Activée sur ce site',
  'thisPage.disable': 'Désactiver',
  'thisPage.offOnSite': 'La Lens est désactivée sur ce site.',
  'thisPage.off': 'La Lens est désactivée.',

  'readout.unreadable': 'Impossible de lire cette offre',
  'readout.noAnswer': 'La page n’a pas répondu. Rechargez-la, puis rouvrez cette fenêtre.',
  'readout.reload': 'Recharger la page',
  'readout.noPosting': 'Aucune offre sur cette page',
  'readout.extensionError': 'La Lens a rencontré une erreur sur cette page',
  'readout.extensionErrorDetail':
    '{error}. La page elle-même n’est pas affectée\u00a0; la recharger peut aider.',
  'readout.notAiLeadership': 'Pas un poste de direction IA\u00a0: le panneau reste masqué.',
  'readout.role': 'Poste',
  'readout.pay': 'Rémunération',
  'readout.region': 'Région',
  'readout.roleLine': '{name} · {level} · {confidence} ({score})',
  'readout.notRecognised': 'Non reconnu',
  'readout.noPay': 'Aucune rémunération indiquée',
  'readout.noBenchmark': 'Pas de repère (voir le panneau)',
  'readout.noBenchmarkNoRegion': 'Le lieu de l’offre n’a pu être rattaché à aucune région.',
  'readout.noBenchmarkNoBand': 'Les données intégrées n’ont aucun chiffre pour ce poste et cette région.',
  'readout.position': '{verdict} ({basis})',
  'readout.howRead': 'Lecture de chaque champ',
  'readout.missing': {
    one: '{count} champ introuvable',
    many: '{count} de champs introuvables',
    other: '{count} champs introuvables',
  },
  'readout.copy': 'Copier le diagnostic',
  'readout.copied': 'Copié',
  'readout.copyFailed': 'Échec de la copie',

  'readout.jobNotRead':
    'L’adresse désigne une offre, mais aucun des sélecteurs de titre ou de description de ce site ne l’a trouvée\u00a0: la mise en page a peut-être changé.',

  'readout.source.jsonLd': 'Données schema.org (JSON-LD)\u00a0: {properties}',
  'readout.source.microdata': 'Données schema.org (microdonnées)\u00a0: {properties}',
  'readout.source.selector': 'Sélecteur {selector} (vérifié en {seen})',
  'readout.source.selectorLabelled':
    'Sélecteur {selector}, sous un titre correspondant à {label} (vérifié en {seen})',
  'readout.source.mainHeading': 'Le titre principal de la page',
  'readout.source.pageLabel': 'La valeur intitulée «\u00a0{label}\u00a0», la plus proche du titre principal',
  'readout.source.pageMark': 'L’élément marqué «\u00a0{mark}\u00a0», le plus proche du titre principal',
  'readout.source.aboutHeading':
    'En dernier recours\u00a0: le plus long texte sous le titre «\u00a0{heading}\u00a0»',
  'readout.source.locationText': 'Déduit du lieu «\u00a0{location}\u00a0»',
  'readout.source.paySentence': 'En dernier recours\u00a0: une phrase de la description',
  'readout.source.notFound': 'Introuvable\u00a0: {schema}\u00a0; {search}',
  'readout.source.noJobPosting': 'aucune donnée schema.org sur la page',
  'readout.source.jobPostingLacksIt': 'absent des données schema.org de la page',
  'readout.source.notOnPage': 'la page ne lui donne ni titre ni libellé',
  'readout.source.noSuchElement': 'les pages de ce site n’ont pas cet élément',
  'readout.source.selectorsMissed': {
    one: 'le sélecteur du site ne l’a pas trouvé',
    other: 'aucun des {count} sélecteurs du site ne l’a trouvé',
  },
  'readout.source.readFailed': 'Échec de la lecture\u00a0: {error}',

  'field.title': 'Intitulé',
  'field.company': 'Entreprise',
  'field.location': 'Lieu',
  'field.workplace': 'Mode de travail',
  'field.payText': 'Rémunération',
  'field.description': 'Description',

  'level.c-suite': 'Comex',
  'level.vp': 'VP',
  'level.head': 'Head of',
  'level.director': 'Directeur',
  'level.manager': 'Manager',
  'level.lead': 'Lead',

  'confidence.high': 'Fiabilité élevée',
  'confidence.medium': 'Fiabilité moyenne',
  'confidence.low': 'Fiabilité faible',

  'verdict.below': 'Rémunération affichée sous la fourchette',
  'verdict.within': 'Rémunération affichée dans la fourchette',
  'verdict.above': 'Rémunération affichée au-dessus de la fourchette',
  'verdict.overlaps': 'Rémunération affichée à cheval sur la fourchette',

  'basis.base': 'salaire de base',
  'basis.base+bonus': 'base + bonus',
  'basis.total': 'rémunération totale, actions comprises',

  'options.general': 'Général',
  'options.language': 'Langue',
  'options.languageAuto': 'Langue du navigateur',
  'options.theme': 'Thème',
  'theme.auto': 'Comme la page, sinon comme le système',
  'theme.light': 'Clair',
  'theme.dark': 'Sombre',
  'options.panelSize': 'Taille du panneau',
  'panelMode.full': 'Complet',
  'panelMode.compact': 'Compact',
  'options.pay': 'Rémunération',
  'options.currency': 'Afficher les montants en',
  'options.payBasis': 'Comparer sur la base de',
  'payBasis.base': 'Salaire de base',
  'payBasis.total': 'Rémunération totale, bonus et actions compris',
  'options.homeRegion': 'Région de référence',
  'options.homeRegionHint': 'Utilisée quand une offre n’indique pas le lieu du poste.',
  'options.notSet': 'Non définie',
  'target.label': 'Votre rémunération visée, par an',
  'target.hint': 'Repérée sur la barre de rémunération du panneau. Laissez vide pour n’en fixer aucune.',
  'target.currency': 'Devise de votre rémunération visée',
  'target.clear': 'Effacer',
  'target.invalid': 'Saisissez un montant supérieur à zéro, par exemple 180000.',
  'options.sites': 'Sites',
  'options.grantedSites': 'Sites carrières que vous avez activés',
  'options.panelPosition': 'Position du panneau',
  'options.skills': 'Vos compétences',
  'options.skillsHint':
    'Cochez ce que vous maîtrisez\u00a0: la liste du panneau le signale sur chaque offre.',
  'options.shortcut': 'Raccourci clavier',
  'options.backup': 'Sauvegarde',
  'options.about': 'À propos des données',

  'origins.none':
    'Aucun pour l’instant. Ouvrez la fenêtre de l’extension sur un site carrières et choisissez «\u00a0{action}\u00a0».',
  'origins.remove': 'Retirer',
  'origins.removeLabel': 'Retirer {origin}',

  'positions.allDocked': 'Ancré à droite sur tous les sites. Faites glisser le panneau pour le déplacer.',
  'positions.movedTo': 'Déplacé en {x}, {y}',
  'positions.dock': 'Ancrer à droite',

  'skills.none': 'Aucune compétence dans les données intégrées pour l’instant.',

  'shortcut.action': 'Afficher ou masquer le panneau',
  'shortcut.reading': 'Lecture…',
  'shortcut.none': 'Aucun raccourci défini',
  'shortcut.change': 'Modifier le raccourci',
  'shortcut.path':
    'Ouvrez {url} dans Chrome ou Edge\u00a0; dans Firefox, ouvrez le gestionnaire de modules complémentaires, puis le menu en forme de roue dentée, puis «\u00a0Gérer les raccourcis d’extensions\u00a0».',

  'backup.hint':
    'Le fichier contient tous les réglages, sauf les sites carrières activés dans ce navigateur.',
  'backup.export': 'Exporter les réglages',
  'backup.import': 'Importer des réglages',
  'backup.reset': 'Rétablir les valeurs par défaut',
  'backup.importFailed': 'Impossible d’importer {file}\u00a0: {error}. Rien n’a été modifié.',
  'backup.imported': '{file} importé.',
  'backup.confirmReset':
    'Rétablir tous les réglages par défaut\u00a0? Les sites carrières que vous avez activés le restent.',
  'backup.resetDone': 'Réglages rétablis par défaut.',
  'backup.resetFailed': 'Impossible de rétablir les réglages.',

  'about.bundled':
    'Tout ce qu’affiche la Lens provient de données intégrées à l’extension\u00a0; elle ne se connecte jamais.',
  'about.rates': 'Taux de change du {date} ({publisher}).',
  'about.ratesNoSource': 'Taux de change du {date}.',
  'about.laws': 'Tableau des lois sur la transparence salariale établi le {date}.',
  'about.inEnglish':
    'Les titres et notes des sources, les descriptions de postes et les résumés de lois restent en anglais, tels que leurs sources les publient.',
  'about.noSources': 'Aucune source intégrée pour l’instant.',
  'about.sourceLine': '{publisher} · {date} · {confidence}',
  'about.noLink': 'Pas de lien public',
  'about.coverageGap': 'lacune',
  'about.coverageGapFew': 'lacune ({count})',
  'about.coverageOthers': 'Autres sources consultées pour les lacunes',
  'about.coverageNotShippable': 'Recoupement seulement, non intégrée',

  // The role x region coverage table and what the other sources gave (AboutData).
  'about.rolesCaption': 'Références par rôle et par région\u00a0: l’échantillon de chacune',
  'about.rolesRole': 'Rôle',
  'about.rolesWholeSurvey': 'effectif de toute l’enquête\u00a0: {scope}',
  'about.rolesStandIn': 'substitut\u00a0: {population}',
  'about.rolesHint':
    'Un nombre est l’échantillon sur lequel repose une fourchette\u00a0: des lignes de salaires, ou les répondants d’une enquête. † signale l’effectif de toute l’enquête, pas celui de cette région\u00a0; * une fourchette qui mesure une population voisine (laquelle\u00a0: pointez le nombre). Une cellule de moins de {minimum} est une lacune, l’effectif trouvé entre parenthèses\u00a0: aucune fourchette n’est inventée pour elle.',
  'about.gaveCount': {
    one: '{role}, {region}\u00a0: {count} trouvé',
    other: '{role}, {region}\u00a0: {count} trouvés',
  },
  'about.gaveUnread': '{role}, {region}\u00a0: illisible ici',
};
