/** Sheet 1 — determining the applicable legal regime (GDPR, law-enforcement directive, national defence). */
import { CNIL } from '../cnil.js';
import { answered, rule } from '../rule.js';

export const regimeRules = [
  rule({
    id: 'regime.framework', sheet: 1, level: 'obligation',
    title: { fr: 'Régime juridique applicable', en: 'Applicable legal regime' },
    message: {
      fr: 'Le régime juridique du traitement (RGPD, directive « police-justice » ou défense nationale) n’est pas indiqué.',
      en: 'The legal regime of the processing (GDPR, law-enforcement directive or national defence) is not stated.',
    },
    fix: {
      fr: 'Renseignez `regime.framework` : gdpr, law-enforcement-directive ou national-defence.',
      en: 'Set `regime.framework`: gdpr, law-enforcement-directive or national-defence.',
    },
    sources: [CNIL.sheets, CNIL.scope],
    check: (c) => answered(c.reg.regime?.framework),
  }),
  rule({
    id: 'regime.general-purpose', sheet: 1, level: 'recommendation',
    title: { fr: 'Système d’IA à usage général ou non', en: 'General-purpose AI system or not' },
    message: {
      fr: 'Il n’est pas précisé si le système développé est un système (ou modèle) d’IA à usage général, ce qui détermine l’analyse du régime et de la finalité.',
      en: 'It is not stated whether the system developed is a general-purpose AI system (or model), which drives the regime and purpose analysis.',
    },
    fix: { fr: 'Renseignez `regime.generalPurpose: true|false`.', en: 'Set `regime.generalPurpose: true|false`.' },
    sources: [CNIL.sheets, CNIL.scope],
    check: (c) => typeof c.reg.regime?.generalPurpose === 'boolean',
  }),
  rule({
    id: 'regime.rationale', sheet: 1, level: 'recommendation',
    title: { fr: 'Justification du régime', en: 'Why this regime' },
    message: {
      fr: 'Le choix du régime n’est pas motivé ; lorsque l’usage en déploiement relève d’une autre réglementation (ex. directive police-justice), le développement peut relever d’un autre régime que le déploiement.',
      en: 'The choice of regime is not explained; when the deployment use falls under another law (e.g. the law-enforcement directive), development and deployment may fall under different regimes.',
    },
    fix: { fr: 'Expliquez le choix dans `regime.rationale`.', en: 'Explain the choice in `regime.rationale`.' },
    sources: [CNIL.sheets, CNIL.scope],
    check: (c) => answered(c.reg.regime?.rationale),
  }),
  rule({
    id: 'regime.gdpr-only', sheet: 1, level: 'obligation',
    title: { fr: 'Contrôles conçus pour le RGPD', en: 'Checks designed for the GDPR' },
    message: {
      fr: 'Le régime indiqué n’est pas le RGPD : les fiches de la CNIL et les contrôles de Tamis ne couvrent que les traitements soumis au RGPD ; les règles propres à ce régime doivent être analysées à part.',
      en: 'The stated regime is not the GDPR: the CNIL sheets and Tamis checks only cover processing subject to the GDPR; the rules of that regime must be analysed separately.',
    },
    fix: {
      fr: 'Faites analyser le régime spécifique, puis consignez-le dans `justifications: { regime.gdpr-only: "..." }`.',
      en: 'Have the specific regime analysed, then record it in `justifications: { regime.gdpr-only: "..." }`.',
    },
    sources: [CNIL.scope],
    check: (c) => (c.reg.regime?.framework === undefined ? 'n/a' : c.reg.regime.framework === 'gdpr'),
  }),
];
