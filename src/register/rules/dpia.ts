/** Sheet 5 — DPIA: nine criteria (two or more usually mean a DPIA), CNIL list, AI Act high risk, AI-specific risks. */
import { CNIL } from '../cnil.js';
import { AI_RISKS } from '../schema.js';
import { answered, rule } from '../rule.js';

export const dpiaRules = [
  rule({
    id: 'dpia.criteria', sheet: 5, level: 'obligation',
    title: { fr: 'Critères de l’AIPD évalués', en: 'DPIA criteria assessed' },
    message: {
      fr: 'Les neuf critères (évaluation, décision automatisée, surveillance, données sensibles, grande échelle, croisement, personnes vulnérables, usage innovant, obstacle à un droit) n’ont pas été passés en revue.',
      en: 'The nine criteria (evaluation, automated decision, monitoring, sensitive data, large scale, matching, vulnerable people, innovative use, preventing a right) have not been reviewed.',
    },
    fix: { fr: 'Listez ceux qui s’appliquent dans `dpia.criteria` (liste vide si aucun).', en: 'List those that apply in `dpia.criteria` (empty list if none).' },
    sources: [CNIL.dpia, CNIL.dpiaFr],
    check: (c) => Array.isArray(c.reg.dpia?.criteria),
  }),
  rule({
    id: 'dpia.sensitive-criterion', sheet: 5, level: 'recommendation',
    title: { fr: 'Critère « données sensibles » cohérent', en: '"Sensitive data" criterion consistent' },
    message: {
      fr: 'Des données sensibles sont recherchées, mais le critère « données sensibles ou hautement personnelles » n’est pas retenu.',
      en: 'Sensitive data is sought, but the "sensitive or highly personal data" criterion is not selected.',
    },
    fix: { fr: 'Ajoutez `sensitive-data` à `dpia.criteria`.', en: 'Add `sensitive-data` to `dpia.criteria`.' },
    sources: [CNIL.dpia, CNIL.dpiaFr],
    check: (c) => (c.reg.lawfulness?.sensitiveData?.sought === true ? (c.reg.dpia?.criteria ?? []).includes('sensitive-data') : 'n/a'),
  }),
  rule({
    id: 'dpia.lists-answered', sheet: 5, level: 'recommendation',
    title: { fr: 'Liste CNIL et haut risque au sens du règlement IA', en: 'CNIL list and AI Act high risk' },
    message: {
      fr: 'Il n’est pas indiqué si le traitement figure sur la liste CNIL des traitements soumis à AIPD, ni si le système est à haut risque au sens du règlement IA (AIPD alors obligatoire).',
      en: 'It is not stated whether the processing is on the CNIL list of operations requiring a DPIA, nor whether the system is high-risk under the AI Act (a DPIA is then mandatory).',
    },
    fix: { fr: 'Renseignez `dpia.cnilList` et `dpia.aiActHighRisk` (true/false).', en: 'Set `dpia.cnilList` and `dpia.aiActHighRisk` (true/false).' },
    sources: [CNIL.dpia],
    check: (c) => typeof c.reg.dpia?.cnilList === 'boolean' && typeof c.reg.dpia?.aiActHighRisk === 'boolean',
  }),
  rule({
    id: 'dpia.required', sheet: 5, level: 'obligation',
    title: { fr: 'AIPD réalisée avant le traitement', en: 'DPIA carried out before processing' },
    message: {
      fr: 'Une AIPD est requise (deux critères ou plus, liste CNIL ou système à haut risque) et doit être réalisée avant la mise en œuvre du traitement.',
      en: 'A DPIA is required (two or more criteria, CNIL list or high-risk system) and must be carried out before the processing starts.',
    },
    fix: { fr: 'Réalisez l’AIPD (`tamis docs` en produit la trame) puis indiquez `dpia.status: done`.', en: 'Carry out the DPIA (`tamis docs` drafts it) then set `dpia.status: done`.' },
    sources: [CNIL.dpia, CNIL.dpiaFr],
    check: (c) => (c.dpiaRequired.required ? c.reg.dpia?.status === 'done' : 'n/a'),
  }),
  rule({
    id: 'dpia.not-required-reason', sheet: 5, level: 'recommendation',
    title: { fr: 'Absence d’AIPD motivée', en: 'Why no DPIA' },
    message: {
      fr: 'Aucune AIPD n’est prévue : la raison devrait être documentée (un seul critère, traitement hors liste…).',
      en: 'No DPIA is planned: the reason should be documented (a single criterion, not on the list...).',
    },
    fix: { fr: 'Renseignez `dpia.notRequiredReason`.', en: 'Set `dpia.notRequiredReason`.' },
    sources: [CNIL.dpia],
    check: (c) => (c.reg.dpia?.status === 'not-required' && !c.dpiaRequired.required ? answered(c.reg.dpia.notRequiredReason) : 'n/a'),
  }),
  rule({
    id: 'dpia.ai-risks', sheet: 5, level: 'recommendation',
    title: { fr: 'Risques propres à l’IA', en: 'AI-specific risks' },
    message: {
      fr: 'L’AIPD ne traite pas tous les risques propres à l’IA (mémorisation/régurgitation, inférence d’appartenance, biais, contenus faux sur des personnes réelles, perte de maîtrise des données publiées, attaques par empoisonnement, biais d’automatisation, atteinte à la confidentialité).',
      en: 'The DPIA does not cover every AI-specific risk (memorisation/regurgitation, membership inference, bias, false content about real people, loss of control over published data, poisoning attacks, automation bias, confidentiality breach).',
    },
    fix: { fr: 'Ajoutez les risques manquants dans `dpia.risks`.', en: 'Add the missing risks to `dpia.risks`.' },
    sources: [CNIL.dpia],
    check: (c) => {
      if (!c.dpiaRequired.required && c.reg.dpia?.status !== 'done') return 'n/a';
      const have = new Set((c.reg.dpia?.risks ?? []).map((r) => r.risk));
      return AI_RISKS.filter((r) => !have.has(r));
    },
  }),
  rule({
    id: 'dpia.risk-assessed', sheet: 5, level: 'obligation',
    title: { fr: 'Gravité, vraisemblance et mesures par risque', en: 'Severity, likelihood and measures per risk' },
    message: {
      fr: 'Chaque risque doit être évalué en gravité et vraisemblance, avec les mesures prévues pour le réduire.',
      en: 'Each risk must be assessed for severity and likelihood, with the measures planned to reduce it.',
    },
    fix: { fr: 'Renseignez `severity`, `likelihood` et `measures` pour chaque entrée de `dpia.risks`.', en: 'Set `severity`, `likelihood` and `measures` on each entry of `dpia.risks`.' },
    sources: [CNIL.dpia],
    check: (c) => {
      const risks = c.reg.dpia?.risks ?? [];
      return risks.length === 0 ? 'n/a' : risks.filter((r) => !r.severity || !r.likelihood || !answered(r.measures)).map((r) => r.risk);
    },
  }),
  rule({
    id: 'dpia.dpo-opinion', sheet: 5, level: 'obligation',
    title: { fr: 'Avis du DPO', en: 'DPO opinion' },
    message: {
      fr: 'Le responsable doit recueillir l’avis du délégué à la protection des données lors de l’AIPD (art. 35(2) RGPD).',
      en: 'The controller must seek the data protection officer’s advice when carrying out the DPIA (GDPR Art. 35(2)).',
    },
    fix: { fr: 'Consignez l’avis dans `dpia.dpoOpinion`.', en: 'Record it in `dpia.dpoOpinion`.' },
    sources: [CNIL.dpia],
    check: (c) => (c.reg.dpia?.status === 'done' && answered(c.reg.project?.controller?.dpo?.email) ? answered(c.reg.dpia.dpoOpinion) : 'n/a'),
  }),
  rule({
    id: 'dpia.shared', sheet: 5, level: 'good-practice',
    title: { fr: 'AIPD partagée avec les réutilisateurs', en: 'DPIA shared with re-users' },
    message: {
      fr: 'Publier l’AIPD, ou la transmettre aux réutilisateurs du modèle, leur permet de réaliser la leur.',
      en: 'Publishing the DPIA, or sharing it with re-users of the model, lets them carry out their own.',
    },
    fix: { fr: 'Indiquez `dpia.shared: true` une fois publiée ou transmise.', en: 'Set `dpia.shared: true` once published or shared.' },
    sources: [CNIL.dpia],
    check: (c) => {
      // Only meaningful when someone else receives the model: open weights, API or SaaS re-users.
      const modes = c.reg.purpose?.release?.modes ?? [];
      const reused = modes.some((m) => m !== 'internal');
      return c.reg.dpia?.status === 'done' && reused ? c.reg.dpia.shared === true : 'n/a';
    },
  }),
];
