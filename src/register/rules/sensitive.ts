/** Sheet 4 — sensitive data (GDPR Art. 9/10): an exception when sought, filters and deletion when incidental. */
import { CNIL } from '../cnil.js';
import type { RegisterContext } from '../context.js';
import { answered, rule } from '../rule.js';

const sd = (c: RegisterContext) => c.reg.lawfulness?.sensitiveData;

export const sensitiveRules = [
  rule({
    id: 'sensitive.assessed', sheet: 4, level: 'obligation',
    title: { fr: 'Présence de données sensibles évaluée', en: 'Presence of sensitive data assessed' },
    message: {
      fr: 'Il n’est pas indiqué si des données sensibles (art. 9 et 10 RGPD : santé, opinions, religion, orientation sexuelle, infractions…) peuvent figurer dans les sources.',
      en: 'It is not stated whether sensitive data (GDPR Art. 9 and 10: health, opinions, religion, sexual orientation, offences...) may be in the sources.',
    },
    fix: { fr: 'Renseignez `lawfulness.sensitiveData.present: true|false`.', en: 'Set `lawfulness.sensitiveData.present: true|false`.' },
    sources: [CNIL.lawfulness],
    check: (c) => typeof sd(c)?.present === 'boolean',
  }),
  rule({
    id: 'sensitive.exception', sheet: 4, level: 'obligation',
    title: { fr: 'Exception de l’article 9', en: 'Article 9 exception' },
    message: {
      fr: 'Des données sensibles sont recherchées : leur traitement n’est possible que sur le fondement d’une des exceptions limitativement énumérées à l’article 9(2).',
      en: 'Sensitive data is sought: processing it is only possible under one of the exceptions exhaustively listed in Art. 9(2).',
    },
    fix: { fr: 'Renseignez `lawfulness.sensitiveData.exception`.', en: 'Set `lawfulness.sensitiveData.exception`.' },
    sources: [CNIL.lawfulness],
    check: (c) => (sd(c)?.present === true && sd(c)?.sought === true ? answered(sd(c)?.exception) : 'n/a'),
  }),
  rule({
    id: 'sensitive.manifestly-public', sheet: 4, level: 'obligation',
    title: { fr: 'Données « manifestement rendues publiques »', en: 'Data "manifestly made public"' },
    message: {
      fr: 'L’exception « manifestement rendues publiques » suppose que la personne ait eu clairement l’intention de rendre ces données accessibles au public (CJUE, 4 juillet 2023, C-252/21) ; l’analyse manque.',
      en: 'The "manifestly made public" exception requires that the person clearly intended to make the data publicly accessible (CJEU, 4 July 2023, C-252/21); the analysis is missing.',
    },
    fix: { fr: 'Documentez-la dans `lawfulness.sensitiveData.manifestlyPublicAssessment`.', en: 'Document it in `lawfulness.sensitiveData.manifestlyPublicAssessment`.' },
    sources: [CNIL.lawfulness],
    check: (c) => (sd(c)?.exception === 'manifestly-made-public' ? answered(sd(c)?.manifestlyPublicAssessment) : 'n/a'),
  }),
  rule({
    id: 'sensitive.incidental', sheet: 4, level: 'obligation',
    title: { fr: 'Données sensibles incidentes : filtres et suppression', en: 'Incidental sensitive data: filters and deletion' },
    message: {
      fr: 'Toutes les mesures doivent être prises pour exclure automatiquement les données sensibles non pertinentes, et celles découvertes doivent être supprimées dès que possible, de façon automatisée.',
      en: 'All measures must be taken to automatically exclude irrelevant sensitive data, and any found must be deleted as soon as possible, automatically.',
    },
    fix: {
      fr: 'Ajoutez une étape `drop-sensitive` et indiquez `sensitiveData.filters: true` et `sensitiveData.deletionOnDiscovery: true`.',
      en: 'Add a `drop-sensitive` step and set `sensitiveData.filters: true` and `sensitiveData.deletionOnDiscovery: true`.',
    },
    sources: [CNIL.lawfulness, CNIL.scraping],
    check: (c) => (sd(c)?.present === true && sd(c)?.sought !== true
      ? sd(c)?.filters === true && sd(c)?.deletionOnDiscovery === true : 'n/a'),
  }),
  rule({
    id: 'sensitive.pipeline-step', sheet: 4, level: 'recommendation',
    title: { fr: 'Étape de filtrage des données sensibles', en: 'Sensitive-data filtering step' },
    message: {
      fr: 'Des données sensibles peuvent être présentes mais le pipeline ne contient pas d’étape `drop-sensitive`.',
      en: 'Sensitive data may be present but the pipeline has no `drop-sensitive` step.',
    },
    fix: { fr: 'Ajoutez `- drop-sensitive: {...}` à `pipeline`.', en: 'Add `- drop-sensitive: {...}` to `pipeline`.' },
    sources: [CNIL.lawfulness],
    check: (c) => (sd(c)?.present === true && sd(c)?.sought !== true && c.steps.length > 0 ? c.steps.includes('drop-sensitive') : 'n/a'),
  }),
];
