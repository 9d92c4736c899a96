/** Sheet 7 — collection and management: retention per stage, audit copies, documentation, monitoring, security. */
import { CNIL } from '../cnil.js';
import { answered, rule } from '../rule.js';

export const managementRules = [
  rule({
    id: 'retention.defined', sheet: 7, level: 'obligation',
    title: { fr: 'Durée de conservation par étape', en: 'Retention period per stage' },
    message: {
      fr: 'Une durée de conservation doit être définie pour chaque étape : données brutes collectées et jeu de données d’entraînement.',
      en: 'A retention period must be defined for each stage: raw collected data and the training data set.',
    },
    fix: { fr: 'Renseignez `retention.raw.period` et `retention.dataset.period` (durées ISO 8601, ex. P6M, P3Y).', en: 'Set `retention.raw.period` and `retention.dataset.period` (ISO 8601 durations, e.g. P6M, P3Y).' },
    sources: [CNIL.collection],
    check: (c) => (['raw', 'dataset'] as const).filter((k) => !answered(c.reg.retention?.[k]?.period)),
  }),
  rule({
    id: 'retention.justified', sheet: 7, level: 'recommendation',
    title: { fr: 'Durées justifiées', en: 'Periods justified' },
    message: {
      fr: 'Une durée longue est possible si elle est justifiée (investissement, usage comme référence) ; la justification manque. Un éventuel contentieux ne peut justifier à l’avance la conservation.',
      en: 'A long period is possible if justified (investment, use as a benchmark); the justification is missing. A possible dispute cannot justify retention in advance.',
    },
    fix: { fr: 'Renseignez `retention.<étape>.justification`.', en: 'Set `retention.<stage>.justification`.' },
    sources: [CNIL.collection],
    check: (c) => (['raw', 'dataset', 'audit'] as const)
      .filter((k) => answered(c.reg.retention?.[k]?.period) && !answered(c.reg.retention?.[k]?.justification)),
  }),
  rule({
    id: 'retention.no-litigation', sheet: 7, level: 'recommendation',
    title: { fr: 'Pas de conservation « au cas où » un litige surviendrait', en: 'No retention "in case of" a dispute' },
    message: {
      fr: 'Une justification invoque un éventuel contentieux : la conservation ne peut pas être justifiée à l’avance par un litige possible.',
      en: 'A justification invokes a possible dispute: retention cannot be justified in advance by a possible litigation.',
    },
    fix: { fr: 'Justifiez la durée par la finalité (entraînement, audit), ou supprimez cette étape.', en: 'Justify the period by the purpose (training, audit), or drop that stage.' },
    sources: [CNIL.collection],
    check: (c) => (['raw', 'dataset', 'audit'] as const)
      .filter((k) => /litig|dispute|lawsuit|legal claim|contentieux|procès|proces\b/i.test(c.reg.retention?.[k]?.justification ?? '')),
  }),
  rule({
    id: 'retention.audit-safeguards', sheet: 7, level: 'obligation',
    title: { fr: 'Copies d’audit protégées', en: 'Audit copies protected' },
    message: {
      fr: 'La conservation des données d’entraînement pour audit exige des garanties : accès restreint, chiffrement, pseudonymisation (ou anonymisation) dès que possible.',
      en: 'Keeping training data for audits requires safeguards: restricted access, encryption, pseudonymisation (or anonymisation) as soon as possible.',
    },
    fix: {
      fr: 'Indiquez `retention.audit.pseudonymised`, `.encrypted` et `.accessRestricted` à true une fois en place.',
      en: 'Set `retention.audit.pseudonymised`, `.encrypted` and `.accessRestricted` to true once in place.',
    },
    sources: [CNIL.collection],
    check: (c) => {
      const a = c.reg.retention?.audit;
      if (!a) return 'n/a';
      return (['pseudonymised', 'encrypted', 'accessRestricted'] as const).filter((k) => a[k] !== true);
    },
  }),
  rule({
    id: 'retention.audit-period', sheet: 7, level: 'recommendation',
    title: { fr: 'Durée des copies d’audit', en: 'Audit copies period' },
    message: {
      fr: 'Des copies d’audit sont prévues sans durée de conservation.',
      en: 'Audit copies are planned without a retention period.',
    },
    fix: { fr: 'Renseignez `retention.audit.period`.', en: 'Set `retention.audit.period`.' },
    sources: [CNIL.collection],
    check: (c) => (c.reg.retention?.audit ? answered(c.reg.retention.audit.period) : 'n/a'),
  }),
  rule({
    id: 'retention.security', sheet: 7, level: 'obligation',
    title: { fr: 'Sécurité des données', en: 'Data security' },
    message: {
      fr: 'Les mesures de sécurité des données d’entraînement (contrôle d’accès, chiffrement, journalisation, sauvegardes) ne sont pas décrites (art. 32 RGPD).',
      en: 'The security measures for the training data (access control, encryption, logging, backups) are not described (GDPR Art. 32).',
    },
    fix: { fr: 'Listez-les dans `retention.security`.', en: 'List them in `retention.security`.' },
    sources: [CNIL.collection],
    check: (c) => answered(c.reg.retention?.security),
  }),
  rule({
    id: 'retention.datasheet', sheet: 7, level: 'recommendation',
    title: { fr: 'Fiche de description du jeu de données', en: 'Data set description sheet' },
    message: {
      fr: 'Une documentation du jeu de données (fiche descriptive : sources, volumes, traitements, limites) est recommandée.',
      en: 'Documenting the data set (description sheet: sources, volumes, processing, limits) is recommended.',
    },
    fix: { fr: 'Générez-la avec `tamis docs` et indiquez `retention.datasheet: true` (ou son chemin).', en: 'Generate it with `tamis docs` and set `retention.datasheet: true` (or its path).' },
    sources: [CNIL.collection],
    check: (c) => c.reg.retention?.datasheet === true || (typeof c.reg.retention?.datasheet === 'string' && answered(c.reg.retention.datasheet)),
  }),
  rule({
    id: 'retention.monitoring', sheet: 7, level: 'recommendation',
    title: { fr: 'Suivi et mise à jour', en: 'Monitoring and updates' },
    message: {
      fr: 'Le suivi du jeu de données (revue périodique, mise à jour, suppression des données devenues inutiles) n’est pas prévu.',
      en: 'Monitoring of the data set (periodic review, updates, deletion of data no longer needed) is not planned.',
    },
    fix: { fr: 'Décrivez-le dans `retention.monitoring`.', en: 'Describe it in `retention.monitoring`.' },
    sources: [CNIL.collection],
    check: (c) => answered(c.reg.retention?.monitoring),
  }),
];
