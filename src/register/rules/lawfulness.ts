/** Sheet 4 — lawfulness: a legal basis per source and collection mode; limits of some bases; legitimate interest. */
import { CNIL } from '../cnil.js';
import type { RegisterContext, SourceView } from '../context.js';
import { answered, rule, type Outcome } from '../rule.js';

/** Applies `bad` to the sources matching `when`; n/a when none match. */
export function perSource(c: RegisterContext, when: (s: SourceView) => boolean, bad: (s: SourceView) => boolean): Outcome {
  const xs = c.sources.filter(when);
  return xs.length === 0 ? 'n/a' : xs.filter(bad).map((s) => s.id);
}

const li = (c: RegisterContext) => c.reg.lawfulness?.legitimateInterest;

export const lawfulnessRules = [
  rule({
    id: 'lawfulness.basis', sheet: 4, level: 'obligation',
    title: { fr: 'Base légale par source', en: 'Legal basis per source' },
    message: {
      fr: 'Aucune base légale n’est définie (ou pas pour chaque source) : le responsable doit dans tous les cas définir une base légale.',
      en: 'No legal basis is defined (or not for every source): the controller must in every case define a legal basis.',
    },
    fix: {
      fr: 'Pour chaque source, renseignez `lawfulness.sources.<id>.basis` (consent, contract, legal-obligation, public-interest, legitimate-interest, vital-interest).',
      en: 'For each source, set `lawfulness.sources.<id>.basis` (consent, contract, legal-obligation, public-interest, legitimate-interest, vital-interest).',
    },
    sources: [CNIL.lawfulness],
    check: (c) => (c.sources.length === 0 ? false : c.sources.filter((s) => !s.basis?.basis).map((s) => s.id)),
  }),
  rule({
    id: 'lawfulness.collection-mode', sheet: 4, level: 'obligation',
    title: { fr: 'Mode de collecte par source', en: 'Collection mode per source' },
    message: {
      fr: 'Le mode de collecte (directe, moissonnage, réutilisation) n’est pas indiqué ; les vérifications à faire en dépendent.',
      en: 'The collection mode (direct, web scraping, reuse) is not stated; the checks to carry out depend on it.',
    },
    fix: { fr: 'Renseignez `collection` sur la source ou dans `lawfulness.sources.<id>.collection`.', en: 'Set `collection` on the source or in `lawfulness.sources.<id>.collection`.' },
    sources: [CNIL.lawfulness],
    check: (c) => perSource(c, () => true, (s) => s.collection === undefined),
  }),
  rule({
    id: 'lawfulness.collection-mismatch', sheet: 4, level: 'recommendation',
    title: { fr: 'Mode de collecte incohérent', en: 'Inconsistent collection mode' },
    message: {
      fr: 'Le mode de collecte du registre diffère de celui de la source dans `sources` ; les contrôles suivent le registre, le build et ses documents suivent la source.',
      en: 'The register’s collection mode differs from the source’s in `sources`; the checks follow the register, the build and its documents follow the source.',
    },
    fix: { fr: 'Gardez un seul mode : retirez `lawfulness.sources.<id>.collection` ou alignez-le.', en: 'Keep one mode: remove `lawfulness.sources.<id>.collection` or align it.' },
    sources: [CNIL.lawfulness],
    check: (c) => perSource(c, (s) => s.declaredCollection !== undefined && s.basis?.collection !== undefined,
      (s) => s.declaredCollection !== s.basis?.collection),
  }),
  rule({
    id: 'lawfulness.undeclared-source', sheet: 4, level: 'recommendation',
    title: { fr: 'Base légale d’une source inconnue', en: 'Legal basis for an unknown source' },
    message: {
      fr: 'Une base légale est définie pour une source absente de `sources` (faute de frappe dans l’identifiant ?).',
      en: 'A legal basis is defined for a source missing from `sources` (a typo in the id?).',
    },
    fix: { fr: 'Alignez les identifiants de `lawfulness.sources` sur ceux de `sources`.', en: 'Align the ids in `lawfulness.sources` with those in `sources`.' },
    sources: [CNIL.lawfulness],
    check: (c) => (Array.isArray(c.reg.sources) ? c.sources.filter((s) => !s.declared).map((s) => s.id) : 'n/a'),
  }),
  rule({
    id: 'lawfulness.consent', sheet: 4, level: 'obligation',
    title: { fr: 'Recueil du consentement', en: 'How consent is collected' },
    message: {
      fr: 'Le consentement doit être libre, spécifique, éclairé, univoque et retirable : le mécanisme de recueil et de retrait n’est pas décrit.',
      en: 'Consent must be free, specific, informed, unambiguous and withdrawable: the collection and withdrawal mechanism is not described.',
    },
    fix: { fr: 'Décrivez-le dans `lawfulness.sources.<id>.consentMechanism`.', en: 'Describe it in `lawfulness.sources.<id>.consentMechanism`.' },
    sources: [CNIL.lawfulness],
    check: (c) => perSource(c, (s) => s.basis?.basis === 'consent', (s) => !answered(s.basis?.consentMechanism)),
  }),
  rule({
    id: 'lawfulness.legal-obligation', sheet: 4, level: 'obligation',
    title: { fr: 'Limites de l’obligation légale', en: 'Limits of the legal-obligation basis' },
    message: {
      fr: 'L’obligation légale ne fonde le développement d’un système d’IA que si un texte l’impose précisément ; ce texte n’est pas cité.',
      en: 'A legal obligation grounds the development of an AI system only if a text precisely requires it; that text is not cited.',
    },
    fix: { fr: 'Citez le texte dans `lawfulness.sources.<id>.legalText`, ou choisissez une autre base.', en: 'Cite the text in `lawfulness.sources.<id>.legalText`, or choose another basis.' },
    sources: [CNIL.lawfulness],
    check: (c) => perSource(c, (s) => s.basis?.basis === 'legal-obligation', (s) => !answered(s.basis?.legalText)),
  }),
  rule({
    id: 'lawfulness.public-interest', sheet: 4, level: 'obligation',
    title: { fr: 'Mission d’intérêt public', en: 'Public-interest task' },
    message: {
      fr: 'La mission d’intérêt public doit être prévue par un texte ; il n’est pas cité.',
      en: 'The public-interest task must be laid down by law; the text is not cited.',
    },
    fix: { fr: 'Citez-le dans `lawfulness.sources.<id>.legalText`.', en: 'Cite it in `lawfulness.sources.<id>.legalText`.' },
    sources: [CNIL.lawfulness],
    check: (c) => perSource(c, (s) => s.basis?.basis === 'public-interest', (s) => !answered(s.basis?.legalText)),
  }),
  rule({
    id: 'lawfulness.rationale', sheet: 4, level: 'recommendation',
    title: { fr: 'Choix de la base légale motivé', en: 'Choice of legal basis explained' },
    message: {
      fr: 'Le choix de la base légale de ces sources n’est pas motivé (ex. le contrat ne vaut que si le traitement est nécessaire à son exécution).',
      en: 'The choice of legal basis for these sources is not explained (e.g. contract only works if the processing is necessary to perform it).',
    },
    fix: { fr: 'Renseignez `lawfulness.sources.<id>.rationale`.', en: 'Set `lawfulness.sources.<id>.rationale`.' },
    sources: [CNIL.lawfulness],
    check: (c) => perSource(c, (s) => answered(s.basis?.basis), (s) => !answered(s.basis?.rationale)),
  }),
  rule({
    id: 'legitimate-interest.legitimacy', sheet: 4, level: 'obligation',
    title: { fr: 'Intérêt légitime : légitimité de l’intérêt', en: 'Legitimate interest: a legitimate interest' },
    message: {
      fr: 'Étape 1 du test : l’intérêt poursuivi doit être manifestement licite, déterminé de façon claire et précise, réel et présent ; il n’est pas décrit.',
      en: 'Step 1 of the test: the interest must be clearly lawful, precisely stated, real and present; it is not described.',
    },
    fix: {
      fr: 'Renseignez `lawfulness.legitimateInterest.interest` et `.legitimacy`.',
      en: 'Set `lawfulness.legitimateInterest.interest` and `.legitimacy`.',
    },
    sources: [CNIL.legitimateInterest],
    check: (c) => (c.usesLegitimateInterest ? answered(li(c)?.interest) && answered(li(c)?.legitimacy) : 'n/a'),
  }),
  rule({
    id: 'legitimate-interest.necessity', sheet: 4, level: 'obligation',
    title: { fr: 'Intérêt légitime : nécessité', en: 'Legitimate interest: necessity' },
    message: {
      fr: 'Étape 2 du test : le traitement doit être nécessaire à l’intérêt poursuivi, sans moyen moins intrusif ; ce n’est pas démontré.',
      en: 'Step 2 of the test: the processing must be necessary for the interest, with no less intrusive means; this is not shown.',
    },
    fix: { fr: 'Renseignez `lawfulness.legitimateInterest.necessity`.', en: 'Set `lawfulness.legitimateInterest.necessity`.' },
    sources: [CNIL.legitimateInterest],
    check: (c) => (c.usesLegitimateInterest ? answered(li(c)?.necessity) : 'n/a'),
  }),
  rule({
    id: 'legitimate-interest.balancing', sheet: 4, level: 'obligation',
    title: { fr: 'Intérêt légitime : mise en balance', en: 'Legitimate interest: balancing test' },
    message: {
      fr: 'Étape 3 du test : la mise en balance (attentes raisonnables des personnes, impacts sur leurs droits) n’est pas documentée.',
      en: 'Step 3 of the test: the balancing (people’s reasonable expectations, impacts on their rights) is not documented.',
    },
    fix: {
      fr: 'Renseignez `lawfulness.legitimateInterest.balancing.reasonableExpectations` et `.impacts`.',
      en: 'Set `lawfulness.legitimateInterest.balancing.reasonableExpectations` and `.impacts`.',
    },
    sources: [CNIL.legitimateInterest],
    check: (c) => (c.usesLegitimateInterest
      ? answered(li(c)?.balancing?.reasonableExpectations) && answered(li(c)?.balancing?.impacts) : 'n/a'),
  }),
  rule({
    id: 'legitimate-interest.safeguards', sheet: 4, level: 'recommendation',
    title: { fr: 'Intérêt légitime : garanties additionnelles', en: 'Legitimate interest: additional safeguards' },
    message: {
      fr: 'Aucune garantie additionnelle n’est listée (droit d’opposition préalable, pseudonymisation, exclusion de sites sensibles, respect des opt-out robots.txt/TDM…), alors qu’elles pèsent dans la balance.',
      en: 'No additional safeguard is listed (prior opt-out, pseudonymisation, exclusion of sensitive sites, robots.txt/TDM opt-outs...), though they weigh in the balance.',
    },
    fix: { fr: 'Listez-les dans `lawfulness.legitimateInterest.balancing.safeguards`.', en: 'List them in `lawfulness.legitimateInterest.balancing.safeguards`.' },
    sources: [CNIL.legitimateInterest],
    check: (c) => (c.usesLegitimateInterest ? answered(li(c)?.balancing?.safeguards) : 'n/a'),
  }),
  rule({
    id: 'legitimate-interest.benefits', sheet: 4, level: 'good-practice',
    title: { fr: 'Intérêt légitime : bénéfices attendus', en: 'Legitimate interest: expected benefits' },
    message: {
      fr: 'Les bénéfices attendus du traitement (pour l’organisme, les utilisateurs, la société) ne sont pas décrits ; ils éclairent la balance.',
      en: 'The expected benefits (for the organisation, users, society) are not described; they inform the balance.',
    },
    fix: { fr: 'Renseignez `lawfulness.legitimateInterest.balancing.benefits`.', en: 'Set `lawfulness.legitimateInterest.balancing.benefits`.' },
    sources: [CNIL.legitimateInterest],
    check: (c) => (c.usesLegitimateInterest ? answered(li(c)?.balancing?.benefits) : 'n/a'),
  }),
];
