/** Information of data subjects (Art. 13/14) and handling of their rights — the register side. */
import { CNIL } from '../cnil.js';
import { answered, rule } from '../rule.js';

export const informationRules = [
  rule({
    id: 'information.direct', sheet: 8, level: 'obligation',
    title: { fr: 'Information lors d’une collecte directe (art. 13)', en: 'Information on direct collection (Art. 13)' },
    message: {
      fr: 'Les personnes dont les données sont collectées directement doivent être informées au moment de la collecte ; les modalités ne sont pas décrites.',
      en: 'People whose data is collected directly must be informed at collection time; how is not described.',
    },
    fix: { fr: 'Décrivez-les dans `information.direct`.', en: 'Describe it in `information.direct`.' },
    sources: [CNIL.information, CNIL.informationFr],
    check: (c) => (c.sources.some((s) => s.collection === 'direct') ? answered(c.reg.information?.direct) : 'n/a'),
  }),
  rule({
    id: 'information.indirect', sheet: 8, level: 'obligation',
    title: { fr: 'Information lors d’une collecte indirecte (art. 14)', en: 'Information on indirect collection (Art. 14)' },
    message: {
      fr: 'Des données sont collectées indirectement (moissonnage, réutilisation) : le mode d’information des personnes n’est pas choisi.',
      en: 'Data is collected indirectly (scraping, reuse): how people are informed is not decided.',
    },
    fix: { fr: 'Renseignez `information.indirectMode` : individual, general-notice ou exempt.', en: 'Set `information.indirectMode`: individual, general-notice or exempt.' },
    sources: [CNIL.information, CNIL.informationFr],
    check: (c) => (c.sources.some((s) => s.collection === 'scraped' || s.collection === 'reused') ? answered(c.reg.information?.indirectMode) : 'n/a'),
  }),
  rule({
    id: 'information.disproportionate-effort', sheet: 8, level: 'obligation',
    title: { fr: 'Effort disproportionné : mise en balance', en: 'Disproportionate effort: balancing' },
    message: {
      fr: 'Se dispenser de l’information individuelle (art. 14(5)(b)) exige de mettre en balance l’effort (absence de coordonnées, ancienneté, nombre de personnes) et l’atteinte pour les personnes ; cette analyse manque.',
      en: 'Skipping individual information (Art. 14(5)(b)) requires weighing the effort (no contact details, age of the data, number of people) against the intrusion for people; this analysis is missing.',
    },
    fix: { fr: 'Documentez-la dans `information.disproportionateEffort`.', en: 'Document it in `information.disproportionateEffort`.' },
    sources: [CNIL.information],
    check: (c) => (c.reg.information?.indirectMode === 'general-notice' || c.reg.information?.indirectMode === 'exempt'
      ? answered(c.reg.information.disproportionateEffort) : 'n/a'),
  }),
  rule({
    id: 'information.public-notice', sheet: 8, level: 'obligation',
    title: { fr: 'Notice d’information publique', en: 'Public information notice' },
    message: {
      fr: 'Sans information individuelle, l’information doit être rendue publique (notice sur le site de l’organisme, facilement accessible).',
      en: 'Without individual information, the information must be made public (a notice on the organisation’s website, easy to find).',
    },
    fix: { fr: 'Publiez la notice (`tamis docs` la rédige) et indiquez `information.noticeUrl`.', en: 'Publish the notice (`tamis docs` drafts it) and set `information.noticeUrl`.' },
    sources: [CNIL.information],
    check: (c) => (c.reg.information?.indirectMode === 'general-notice' || c.reg.information?.indirectMode === 'exempt'
      ? answered(c.reg.information.noticeUrl) : 'n/a'),
  }),
  rule({
    id: 'information.sources-disclosed', sheet: 8, level: 'recommendation',
    title: { fr: 'Sources indiquées', en: 'Sources disclosed' },
    message: {
      fr: 'La notice doit indiquer la source des données (ou, si elles sont très nombreuses, les catégories de sources) ; ce choix n’est pas indiqué.',
      en: 'The notice must say where the data comes from (or, when very numerous, the categories of sources); this is not stated.',
    },
    fix: { fr: 'Renseignez `information.sourcesDisclosed` : sources ou categories.', en: 'Set `information.sourcesDisclosed`: sources or categories.' },
    sources: [CNIL.information],
    check: (c) => (c.sources.some((s) => s.collection === 'scraped' || s.collection === 'reused') ? answered(c.reg.information?.sourcesDisclosed) : 'n/a'),
  }),
  rule({
    id: 'information.delay', sheet: 8, level: 'good-practice',
    title: { fr: 'Délai avant entraînement', en: 'Delay before training' },
    message: {
      fr: 'Laisser un délai raisonnable entre l’information et l’entraînement permet aux personnes de s’opposer avant que leurs données ne soient apprises.',
      en: 'Leaving a reasonable delay between information and training lets people object before their data is learnt.',
    },
    fix: { fr: 'Renseignez `information.delayBeforeTraining` (ex. P30D).', en: 'Set `information.delayBeforeTraining` (e.g. P30D).' },
    sources: [CNIL.information],
    check: (c) => answered(c.reg.information?.delayBeforeTraining),
  }),
  rule({
    id: 'rights.contact', sheet: 8, level: 'obligation',
    title: { fr: 'Contact pour l’exercice des droits', en: 'Contact for rights requests' },
    message: {
      fr: 'Les personnes doivent savoir à qui s’adresser pour exercer leurs droits (accès, rectification, effacement, opposition…).',
      en: 'People must know whom to contact to exercise their rights (access, rectification, erasure, objection...).',
    },
    fix: { fr: 'Renseignez `rights.contact`.', en: 'Set `rights.contact`.' },
    sources: [CNIL.rights],
    check: (c) => answered(c.reg.rights?.contact),
  }),
  rule({
    id: 'rights.procedure', sheet: 8, level: 'obligation',
    title: { fr: 'Procédure interne de traitement des demandes', en: 'Internal procedure for requests' },
    message: {
      fr: 'Une procédure interne doit fixer les conditions de gestion et de suivi des demandes d’exercice des droits.',
      en: 'An internal procedure must set how rights requests are handled and followed up.',
    },
    fix: { fr: 'Décrivez-la dans `rights.procedure`.', en: 'Describe it in `rights.procedure`.' },
    sources: [CNIL.rights],
    check: (c) => answered(c.reg.rights?.procedure),
  }),
  rule({
    id: 'rights.identifiers', sheet: 8, level: 'recommendation',
    title: { fr: 'Informations aidant à retrouver une personne', en: 'Identifiers that help find a person' },
    message: {
      fr: 'Indiquez aux personnes quelles informations complémentaires (adresse e-mail, pseudonyme, numéro de ticket…) permettent de les retrouver dans le jeu de données.',
      en: 'Tell people which additional information (e-mail address, user name, ticket number...) lets you find them in the data set.',
    },
    fix: { fr: 'Listez-les dans `rights.identifiers`.', en: 'List them in `rights.identifiers`.' },
    sources: [CNIL.rights],
    check: (c) => answered(c.reg.rights?.identifiers),
  }),
  rule({
    id: 'rights.model-updates', sheet: 8, level: 'recommendation',
    title: { fr: 'Répercussion sur les versions du modèle', en: 'Follow-up in model versions' },
    message: {
      fr: 'Il faut préciser comment une demande est répercutée dans les versions ultérieures du modèle (réentraînement, filtres, information des réutilisateurs).',
      en: 'Say how a request is carried into later model versions (retraining, filters, notice to re-users).',
    },
    fix: { fr: 'Décrivez-le dans `rights.modelUpdates`.', en: 'Describe it in `rights.modelUpdates`.' },
    sources: [CNIL.rights],
    check: (c) => answered(c.reg.rights?.modelUpdates),
  }),
  rule({
    id: 'rights.search-tool', sheet: 8, level: 'good-practice', seed: '002 — CNIL call for contributions (2023); 004 — CNIL open-source analysis',
    title: { fr: 'Outil de recherche pour les personnes', en: 'Search tool for people' },
    message: {
      fr: 'Un moyen pour les personnes de vérifier si leurs données figurent dans le jeu (moteur de recherche, formulaire) facilite l’exercice du droit d’accès et pèse dans la mise en balance.',
      en: 'A way for people to check whether their data is in the data set (search engine, form) eases the right of access and weighs in the balancing test.',
    },
    fix: { fr: 'Décrivez-le dans `rights.searchTool`.', en: 'Describe it in `rights.searchTool`.' },
    sources: [CNIL.rights, CNIL.legitimateInterest],
    check: (c) => answered(c.reg.rights?.searchTool),
  }),
];
