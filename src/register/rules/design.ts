/** Sheet 6 — data protection in the design choices: minimisation, less data-hungry methods, ethics. */
import { CNIL } from '../cnil.js';
import { answered, rule } from '../rule.js';

/** Pipeline steps that implement minimisation or privacy by design. */
const PROTECTIVE_STEPS = ['minimise', 'pseudonymise', 'drop-sensitive', 'dedup'];

export const designRules = [
  rule({
    id: 'design.minimisation', sheet: 6, level: 'obligation',
    title: { fr: 'Minimisation : chaque donnée justifiée', en: 'Minimisation: each field justified' },
    message: {
      fr: 'Les données doivent être adéquates, pertinentes et limitées à ce qui est nécessaire : chaque champ ou catégorie de données conservée doit être justifié.',
      en: 'Data must be adequate, relevant and limited to what is necessary: each field or category of data kept must be justified.',
    },
    fix: {
      fr: 'Listez-les dans `design.minimisation.fields` avec une `justification` chacun.',
      en: 'List them in `design.minimisation.fields` with a `justification` each.',
    },
    sources: [CNIL.design, CNIL.collection],
    check: (c) => {
      const f = c.reg.design?.minimisation?.fields ?? [];
      return f.length === 0 ? false : f.filter((x) => !answered(x.justification)).map((x) => x.name);
    },
  }),
  rule({
    id: 'design.alternatives', sheet: 6, level: 'recommendation',
    title: { fr: 'Méthodes moins consommatrices de données', en: 'Less data-hungry methods considered' },
    message: {
      fr: 'L’apprentissage profond doit être réservé aux cas où il n’existe pas d’alternative plus économe ; les alternatives envisagées ne sont pas décrites.',
      en: 'Deep learning should be kept for cases where no more data-efficient alternative exists; the alternatives considered are not described.',
    },
    fix: { fr: 'Renseignez `design.minimisation.alternativesConsidered`.', en: 'Set `design.minimisation.alternativesConsidered`.' },
    sources: [CNIL.design],
    check: (c) => answered(c.reg.design?.minimisation?.alternativesConsidered),
  }),
  rule({
    id: 'design.techniques', sheet: 6, level: 'recommendation',
    title: { fr: 'Protection dès la conception', en: 'Data protection by design' },
    message: {
      fr: 'Aucune mesure de protection dès la conception n’est prévue (pseudonymisation, filtrage, données synthétiques, apprentissage fédéré…).',
      en: 'No data-protection-by-design measure is planned (pseudonymisation, filtering, synthetic data, federated learning...).',
    },
    fix: {
      fr: 'Ajoutez des étapes `pseudonymise`/`drop-sensitive` au pipeline ou listez les techniques dans `design.minimisation.techniques`.',
      en: 'Add `pseudonymise`/`drop-sensitive` steps to the pipeline or list the techniques in `design.minimisation.techniques`.',
    },
    sources: [CNIL.design],
    check: (c) => answered(c.reg.design?.minimisation?.techniques) || c.steps.some((s) => PROTECTIVE_STEPS.includes(s)),
  }),
  rule({
    id: 'design.quality', sheet: 6, level: 'good-practice',
    title: { fr: 'Qualité et représentativité', en: 'Quality and representativeness' },
    message: {
      fr: 'Les contrôles de qualité des données et des annotations, et de représentativité, ne sont pas décrits.',
      en: 'Checks of data and annotation quality, and of representativeness, are not described.',
    },
    fix: { fr: 'Renseignez `design.qualityChecks`.', en: 'Set `design.qualityChecks`.' },
    sources: [CNIL.design],
    check: (c) => answered(c.reg.design?.qualityChecks),
  }),
  rule({
    id: 'design.ethics', sheet: 6, level: 'good-practice',
    title: { fr: 'Comité d’éthique ou référent IA', en: 'Ethics committee or AI referent' },
    message: {
      fr: 'Aucun comité d’éthique ni référent IA n’est désigné pour rendre un avis interne sur le projet.',
      en: 'No ethics committee nor AI referent is appointed to give an internal opinion on the project.',
    },
    fix: { fr: 'Renseignez `design.ethicsCommittee` ou `design.aiReferent`.', en: 'Set `design.ethicsCommittee` or `design.aiReferent`.' },
    sources: [CNIL.design],
    check: (c) => answered(c.reg.design?.ethicsCommittee) || answered(c.reg.design?.aiReferent),
  }),
];
