/**
 * Open release of a model or data set: good practices from the CNIL's in-depth analysis of open-source practices
 * in AI (seed 004): documentation (model card, datasheet), a licence fitted to the risks, regurgitation tests,
 * red teaming, and a channel that carries rights requests and updates to re-users.
 */
import { CNIL } from '../cnil.js';
import type { RegisterContext } from '../context.js';
import { answered, rule } from '../rule.js';

const SEED = '004 — CNIL, In-depth analysis: Open source practices in artificial intelligence';
const open = (c: RegisterContext) => (c.reg.purpose?.release?.modes ?? []).some((m) => m === 'open-weights' || m === 'open-source');
const rel = (c: RegisterContext) => c.reg.purpose?.release;

export const openReleaseRules = [
  rule({
    id: 'release.documentation', sheet: 9, level: 'good-practice', seed: SEED,
    title: { fr: 'Documentation publiée avec le modèle', en: 'Documentation published with the model' },
    message: {
      fr: 'Un modèle diffusé ouvertement devrait être accompagné d’une fiche de modèle (model card) et d’une fiche descriptive des données (sources, volumes, types).',
      en: 'An openly released model should come with a model card and a data description sheet (sources, volumes, types).',
    },
    fix: { fr: 'Publiez-les (`tamis docs` produit la fiche des données) et indiquez `purpose.release.modelCard: true` et `retention.datasheet: true`.', en: 'Publish them (`tamis docs` writes the data sheet) and set `purpose.release.modelCard: true` and `retention.datasheet: true`.' },
    sources: [CNIL.ai, CNIL.collection],
    check: (c) => (open(c) ? rel(c)?.modelCard === true && c.reg.retention?.datasheet !== undefined && c.reg.retention.datasheet !== false : 'n/a'),
  }),
  rule({
    id: 'release.licence', sheet: 9, level: 'good-practice', seed: SEED,
    title: { fr: 'Licence adaptée aux risques', en: 'Licence fitted to the risks' },
    message: {
      fr: 'Aucune licence n’est indiquée ; une licence restreignant les usages à risque limite les réutilisations malveillantes.',
      en: 'No licence is given; a licence restricting risky uses limits harmful reuse.',
    },
    fix: { fr: 'Renseignez `purpose.release.licence`.', en: 'Set `purpose.release.licence`.' },
    sources: [CNIL.ai],
    check: (c) => (open(c) ? answered(rel(c)?.licence) : 'n/a'),
  }),
  rule({
    id: 'release.regurgitation-tests', sheet: 9, level: 'good-practice', seed: SEED,
    title: { fr: 'Tests de régurgitation', en: 'Regurgitation tests' },
    message: {
      fr: 'Avant diffusion, tester la capacité du modèle à restituer des données personnelles (requêtes ciblant des personnes présentes dans les données).',
      en: 'Before release, test whether the model can output personal data (queries targeting people present in the data).',
    },
    fix: { fr: 'Indiquez `purpose.release.regurgitationTests: true` une fois en place.', en: 'Set `purpose.release.regurgitationTests: true` once in place.' },
    sources: [CNIL.ai, CNIL.dpia],
    check: (c) => (open(c) ? rel(c)?.regurgitationTests === true : 'n/a'),
  }),
  rule({
    id: 'release.red-teaming', sheet: 9, level: 'good-practice', seed: SEED,
    title: { fr: 'Tests d’attaque (red teaming)', en: 'Attack testing (red teaming)' },
    message: {
      fr: 'Des tests d’attaque (inférence d’appartenance, inversion de modèle, portes dérobées), par exemple via un bug bounty, sont recommandés.',
      en: 'Attack tests (membership inference, model inversion, backdoors), e.g. through a bug bounty, are advised.',
    },
    fix: { fr: 'Indiquez `purpose.release.redTeaming: true` une fois réalisés.', en: 'Set `purpose.release.redTeaming: true` once done.' },
    sources: [CNIL.ai],
    check: (c) => (open(c) ? rel(c)?.redTeaming === true : 'n/a'),
  }),
  rule({
    id: 'release.update-channel', sheet: 9, level: 'good-practice', seed: SEED,
    title: { fr: 'Canal d’information des réutilisateurs', en: 'Channel informing re-users' },
    message: {
      fr: 'Les réutilisateurs doivent apprendre les mises à jour du modèle (notamment après une demande d’exercice de droits) : prévoyez un canal d’information ou une clause de licence.',
      en: 'Re-users must learn of model updates (notably after a rights request): provide an information channel or a licence clause.',
    },
    fix: { fr: 'Décrivez-le dans `purpose.release.updateChannel`.', en: 'Describe it in `purpose.release.updateChannel`.' },
    sources: [CNIL.rights, CNIL.ai],
    check: (c) => (open(c) ? answered(rel(c)?.updateChannel) : 'n/a'),
  }),
];
