/** Sheet 4 — additional checks by collection mode: web scraping measures and reuse of data sets. */
import { CNIL } from '../cnil.js';
import { answered, rule } from '../rule.js';
import { perSource } from './lawfulness.js';

export const collectionModeRules = [
  rule({
    id: 'scraping.criteria', sheet: 4, level: 'obligation',
    title: { fr: 'Moissonnage : critères de collecte', en: 'Scraping: collection criteria' },
    message: {
      fr: 'Des critères précis de collecte doivent être définis en amont du moissonnage (sites, types de contenus, périodes).',
      en: 'Precise collection criteria must be defined before scraping (sites, kinds of content, periods).',
    },
    fix: { fr: 'Renseignez `lawfulness.sources.<id>.scraping.criteria`.', en: 'Set `lawfulness.sources.<id>.scraping.criteria`.' },
    sources: [CNIL.scraping, CNIL.legitimateInterest],
    check: (c) => perSource(c, (s) => s.collection === 'scraped', (s) => !answered(s.basis?.scraping?.criteria)),
  }),
  rule({
    id: 'scraping.filters', sheet: 4, level: 'obligation',
    title: { fr: 'Moissonnage : filtres d’exclusion', en: 'Scraping: exclusion filters' },
    message: {
      fr: 'Les catégories de données non nécessaires (notamment sensibles) doivent être exclues de la collecte par des filtres, et les données non pertinentes supprimées dès la collecte.',
      en: 'Unneeded categories of data (sensitive data above all) must be excluded from collection by filters, and irrelevant data deleted as soon as collected.',
    },
    fix: {
      fr: 'Mettez en place des filtres (étapes `drop-sensitive`, `pseudonymise`) et indiquez `scraping.sensitiveFilters: true`.',
      en: 'Put filters in place (`drop-sensitive`, `pseudonymise` steps) and set `scraping.sensitiveFilters: true`.',
    },
    sources: [CNIL.scraping],
    check: (c) => perSource(c, (s) => s.collection === 'scraped', (s) => s.basis?.scraping?.sensitiveFilters !== true),
  }),
  rule({
    id: 'scraping.public-only', sheet: 4, level: 'recommendation',
    title: { fr: 'Moissonnage : données librement accessibles seulement', en: 'Scraping: freely accessible data only' },
    message: {
      fr: 'La collecte devrait se limiter aux données librement accessibles : rien derrière une authentification, aucun contournement de restriction d’accès.',
      en: 'Collection should be limited to freely accessible data: nothing behind a login, no bypassing of access restrictions.',
    },
    fix: { fr: 'Indiquez `scraping.publicOnly: true` une fois vérifié.', en: 'Set `scraping.publicOnly: true` once checked.' },
    sources: [CNIL.scraping],
    check: (c) => perSource(c, (s) => s.collection === 'scraped', (s) => s.basis?.scraping?.publicOnly !== true),
  }),
  rule({
    id: 'scraping.opt-outs', sheet: 4, level: 'recommendation',
    title: { fr: 'Moissonnage : respect des oppositions (robots.txt, TDM)', en: 'Scraping: respect opt-outs (robots.txt, TDM)' },
    message: {
      fr: 'Le respect des fichiers robots.txt et des réserves de fouille de textes et de données (TDM opt-out) n’est pas confirmé.',
      en: 'Respect of robots.txt files and of text-and-data-mining reservations (TDM opt-out) is not confirmed.',
    },
    fix: { fr: 'Indiquez `scraping.respectsRobotsTxt: true` et `scraping.respectsTdmOptOut: true`.', en: 'Set `scraping.respectsRobotsTxt: true` and `scraping.respectsTdmOptOut: true`.' },
    sources: [CNIL.scraping],
    check: (c) => perSource(c, (s) => s.collection === 'scraped',
      (s) => s.basis?.scraping?.respectsRobotsTxt !== true || s.basis?.scraping?.respectsTdmOptOut !== true),
  }),
  rule({
    id: 'scraping.excluded-sites', sheet: 4, level: 'recommendation',
    title: { fr: 'Moissonnage : sites exclus', en: 'Scraping: excluded sites' },
    message: {
      fr: 'Aucun site exclu n’est listé (sites aux contenus intrinsèquement sensibles, sites s’opposant au moissonnage, sites pour mineurs).',
      en: 'No excluded site is listed (sites with inherently sensitive content, sites objecting to scraping, sites for minors).',
    },
    fix: { fr: 'Listez-les dans `scraping.excludedSites`.', en: 'List them in `scraping.excludedSites`.' },
    sources: [CNIL.scraping],
    check: (c) => perSource(c, (s) => s.collection === 'scraped', (s) => !answered(s.basis?.scraping?.excludedSites)),
  }),
  rule({
    id: 'scraping.expectations', sheet: 4, level: 'recommendation',
    title: { fr: 'Moissonnage : attentes raisonnables', en: 'Scraping: reasonable expectations' },
    message: {
      fr: 'Les attentes raisonnables des personnes quant à la collecte sur ces sites (caractère public, nature du site, restrictions d’accès) ne sont pas analysées.',
      en: 'People’s reasonable expectations about collection on these sites (public nature, kind of site, access restrictions) are not analysed.',
    },
    fix: { fr: 'Renseignez `scraping.expectations`.', en: 'Set `scraping.expectations`.' },
    sources: [CNIL.scraping, CNIL.legitimateInterest],
    check: (c) => perSource(c, (s) => s.collection === 'scraped', (s) => !answered(s.basis?.scraping?.expectations)),
  }),
  rule({
    id: 'scraping.prior-opt-out', sheet: 4, level: 'good-practice',
    title: { fr: 'Moissonnage : opposition préalable', en: 'Scraping: prior opt-out' },
    message: {
      fr: 'Aucun mécanisme d’opposition préalable à la collecte (liste d’exclusion) n’est prévu.',
      en: 'No mechanism to object before collection (exclusion list) is provided.',
    },
    fix: { fr: 'Mettez-en un en place et indiquez `scraping.priorOptOut: true`.', en: 'Provide one and set `scraping.priorOptOut: true`.' },
    sources: [CNIL.scraping],
    check: (c) => perSource(c, (s) => s.collection === 'scraped', (s) => s.basis?.scraping?.priorOptOut !== true),
  }),
  rule({
    id: 'reuse.lawful-source', sheet: 4, level: 'obligation',
    title: { fr: 'Réutilisation : source non manifestement illicite', en: 'Reuse: source not manifestly unlawful' },
    message: {
      fr: 'Le réutilisateur doit vérifier que le jeu de données n’a pas été constitué de manière manifestement illicite (ex. fuite de données).',
      en: 'The re-user must check that the data set was not built in a manifestly unlawful way (e.g. a data leak).',
    },
    fix: { fr: 'Après vérification, indiquez `reuse.notManifestlyUnlawful: true`.', en: 'Once checked, set `reuse.notManifestlyUnlawful: true`.' },
    sources: [CNIL.lawfulness],
    check: (c) => perSource(c, (s) => s.collection === 'reused' && s.basis?.reuse?.ownData !== true,
      (s) => s.basis?.reuse?.notManifestlyUnlawful !== true),
  }),
  rule({
    id: 'reuse.court-decision', sheet: 4, level: 'recommendation',
    title: { fr: 'Réutilisation : absence de décision de justice', en: 'Reuse: no court decision' },
    message: {
      fr: 'Il n’est pas vérifié que le jeu de données n’a pas fait l’objet d’une décision (de justice ou d’une autorité) en interdisant l’usage.',
      en: 'It is not checked that no court or authority decision forbids the use of the data set.',
    },
    fix: { fr: 'Après vérification, indiquez `reuse.noCourtDecision: true`.', en: 'Once checked, set `reuse.noCourtDecision: true`.' },
    sources: [CNIL.lawfulness],
    check: (c) => perSource(c, (s) => s.collection === 'reused' && s.basis?.reuse?.ownData !== true,
      (s) => s.basis?.reuse?.noCourtDecision !== true),
  }),
  rule({
    id: 'reuse.documentation', sheet: 4, level: 'recommendation',
    title: { fr: 'Réutilisation : documentation et licence', en: 'Reuse: documentation and licence' },
    message: {
      fr: 'L’origine, la licence et la documentation du jeu réutilisé (sources, conditions de collecte) ne sont pas renseignées.',
      en: 'The origin, licence and documentation of the reused data set (sources, collection conditions) are not recorded.',
    },
    fix: { fr: 'Renseignez `reuse.origin`, `reuse.licence` et `reuse.documentation`.', en: 'Set `reuse.origin`, `reuse.licence` and `reuse.documentation`.' },
    sources: [CNIL.lawfulness],
    check: (c) => perSource(c, (s) => s.collection === 'reused' && s.basis?.reuse?.ownData !== true,
      (s) => !answered(s.basis?.reuse?.origin) || !answered(s.basis?.reuse?.licence) || !answered(s.basis?.reuse?.documentation)),
  }),
  rule({
    id: 'reuse.compatibility', sheet: 4, level: 'obligation',
    title: { fr: 'Réutilisation de ses propres données : test de compatibilité', en: 'Reuse of one’s own data: compatibility test' },
    message: {
      fr: 'La réutilisation de données collectées pour une autre finalité exige un test de compatibilité (lien entre finalités, contexte, nature des données, conséquences, garanties), sauf consentement.',
      en: 'Reusing data collected for another purpose requires a compatibility test (link between purposes, context, nature of the data, consequences, safeguards), unless based on consent.',
    },
    fix: {
      fr: 'Renseignez `reuse.compatibility.link`, `.context`, `.nature`, `.consequences` et `.safeguards`.',
      en: 'Set `reuse.compatibility.link`, `.context`, `.nature`, `.consequences` and `.safeguards`.',
    },
    sources: [CNIL.lawfulness],
    check: (c) => perSource(c, (s) => s.collection === 'reused' && s.basis?.reuse?.ownData === true && s.basis.basis !== 'consent',
      (s) => {
        const t = s.basis?.reuse?.compatibility;
        return !(answered(t?.link) && answered(t?.context) && answered(t?.nature) && answered(t?.consequences) && answered(t?.safeguards));
      }),
  }),
];
