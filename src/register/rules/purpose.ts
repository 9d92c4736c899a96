/** Sheet 2 — defining a purpose: specified, explicit, legitimate; general-purpose systems; scientific research. */
import { CNIL } from '../cnil.js';
import { answered, rule } from '../rule.js';

/**
 * Words that say nothing about what a system is for. A purpose made only of these ("developing a generative
 * model", "entraîner un LLM") is rejected: the CNIL asks for the type of system and its capabilities.
 */
const GENERIC = new Set(`a an the of to for and with our its by in on
develop developing development train training build building create creating design designing improve improving
fine tune tuning fine-tune fine-tuning pretrain pretraining
generative ai artificial intelligence model models llm llms large language foundation system systems general
purpose general-purpose machine learning deep neural network networks dataset datasets data corpus genai new
un une le la les l de d du des pour et avec notre nos en sur au aux à
développer développement entraîner entraînement concevoir conception créer création construire améliorer
modèle modèles ia intelligence artificielle générative génératif génératifs génératives système systèmes
fondation langage langue grand grands usage général générale apprentissage automatique profond réseau réseaux
neurones jeu jeux données base bases corpus nouveau nouvelle`.split(/\s+/));

/** True when a purpose only states that a (generative) model is developed, without saying what for. */
export function isGenericPurpose(description: string): boolean {
  const words = description.toLowerCase().normalize('NFC').split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  const content = words.filter((w) => !GENERIC.has(w) && !GENERIC.has(w.replace(/^[ld]'/, '')));
  return content.length === 0;
}

const gp = { fr: 'système d’IA à usage général', en: 'general-purpose AI system' };

export const purposeRules = [
  rule({
    id: 'purpose.explicit', sheet: 2, level: 'obligation',
    title: { fr: 'Finalité déterminée et explicite', en: 'Specified and explicit purpose' },
    message: {
      fr: 'Aucune finalité n’est définie : tout traitement de données personnelles doit poursuivre une finalité déterminée, explicite et légitime.',
      en: 'No purpose is defined: every processing of personal data must pursue a specified, explicit and legitimate purpose.',
    },
    fix: { fr: 'Décrivez la finalité dans `purpose.description`.', en: 'Describe the purpose in `purpose.description`.' },
    sources: [CNIL.purpose],
    check: (c) => answered(c.reg.purpose?.description),
  }),
  rule({
    id: 'purpose.not-generic', sheet: 2, level: 'obligation',
    title: { fr: 'Finalité trop générique', en: 'Purpose too generic' },
    message: {
      fr: '« Développer un modèle d’IA générative » n’est pas à lui seul une finalité : il faut dire quel type de système et pour quelles fonctionnalités.',
      en: '"Developing a generative AI model" alone is not a purpose: say which type of system and for which capabilities.',
    },
    fix: {
      fr: 'Précisez dans `purpose.description` l’usage ou le type de système et ses fonctionnalités (ex. « assistant de réponse au support client en français »).',
      en: 'Say in `purpose.description` the use or the type of system and its capabilities (e.g. "assistant drafting answers to customer-support tickets").',
    },
    sources: [CNIL.purpose],
    check: (c) => (answered(c.reg.purpose?.description) ? !isGenericPurpose(c.reg.purpose!.description!) : 'n/a'),
  }),
  rule({
    id: 'purpose.kind', sheet: 2, level: 'obligation',
    title: { fr: 'Cas de figure de la finalité', en: 'Which purpose case applies' },
    message: {
      fr: 'Le cas de figure n’est pas indiqué : usage opérationnel identifié dès le développement, système à usage général, ou recherche scientifique.',
      en: 'The case is not stated: operational use known from development, general-purpose system, or scientific research.',
    },
    fix: { fr: 'Renseignez `purpose.kind` : operational, general-purpose ou research.', en: 'Set `purpose.kind`: operational, general-purpose or research.' },
    sources: [CNIL.purpose],
    check: (c) => answered(c.reg.purpose?.kind),
  }),
  rule({
    id: 'purpose.operational-use', sheet: 2, level: 'obligation',
    title: { fr: 'Usage opérationnel', en: 'Operational use' },
    message: {
      fr: 'L’usage opérationnel en déploiement, connu dès le développement, n’est pas décrit ; la finalité du développement en découle.',
      en: 'The operational use in deployment, known from development, is not described; the development purpose follows from it.',
    },
    fix: { fr: 'Décrivez-le dans `purpose.operationalUse`.', en: 'Describe it in `purpose.operationalUse`.' },
    sources: [CNIL.purpose],
    check: (c) => (c.reg.purpose?.kind === 'operational' ? answered(c.reg.purpose.operationalUse) : 'n/a'),
  }),
  rule({
    id: 'purpose.gp-system-type', sheet: 2, level: 'obligation',
    title: { fr: `Type de ${gp.fr}`, en: `Type of ${gp.en}` },
    message: {
      fr: 'Pour un système à usage général, la finalité doit préciser le type de système développé (ex. grand modèle de langage, système de vision par ordinateur).',
      en: 'For a general-purpose system, the purpose must state the type of system developed (e.g. large language model, computer-vision system).',
    },
    fix: { fr: 'Renseignez `purpose.systemType`.', en: 'Set `purpose.systemType`.' },
    sources: [CNIL.purpose],
    check: (c) => (c.generalPurpose ? answered(c.reg.purpose?.systemType) : 'n/a'),
  }),
  rule({
    id: 'purpose.gp-capabilities', sheet: 2, level: 'obligation',
    title: { fr: 'Fonctionnalités prévisibles', en: 'Foreseeable capabilities' },
    message: {
      fr: 'Pour un système à usage général, les principales fonctionnalités techniquement envisageables doivent être définies.',
      en: 'For a general-purpose system, the main technically foreseeable capabilities must be defined.',
    },
    fix: { fr: 'Listez-les dans `purpose.capabilities`.', en: 'List them in `purpose.capabilities`.' },
    sources: [CNIL.purpose],
    check: (c) => (c.generalPurpose ? answered(c.reg.purpose?.capabilities) : 'n/a'),
  }),
  rule({
    id: 'purpose.gp-excluded-uses', sheet: 2, level: 'good-practice',
    title: { fr: 'Usages exclus par conception', en: 'Uses excluded by design' },
    message: {
      fr: 'Les usages exclus par conception (et les fonctionnalités à risque) ne sont pas listés.',
      en: 'Uses excluded by design (and high-risk capabilities) are not listed.',
    },
    fix: { fr: 'Listez-les dans `purpose.excludedUses`.', en: 'List them in `purpose.excludedUses`.' },
    sources: [CNIL.purpose],
    check: (c) => (c.generalPurpose ? answered(c.reg.purpose?.excludedUses) : 'n/a'),
  }),
  rule({
    id: 'purpose.gp-release', sheet: 2, level: 'good-practice',
    title: { fr: 'Conditions de diffusion', en: 'Release conditions' },
    message: {
      fr: 'Les conditions d’utilisation et de diffusion du système (source ouverte, SaaS, API…) ne sont pas précisées.',
      en: 'The conditions of use and release of the system (open source, SaaS, API...) are not stated.',
    },
    fix: { fr: 'Renseignez `purpose.release.modes` (et `licence`, `conditions`).', en: 'Set `purpose.release.modes` (and `licence`, `conditions`).' },
    sources: [CNIL.purpose],
    check: (c) => (c.generalPurpose ? answered(c.reg.purpose?.release?.modes) : 'n/a'),
  }),
  rule({
    id: 'purpose.research-justified', sheet: 2, level: 'obligation',
    title: { fr: 'Finalité de recherche scientifique', en: 'Scientific research purpose' },
    message: {
      fr: 'La finalité est déclarée de recherche scientifique sans justifier ce caractère (méthode, contribution à la connaissance, publication).',
      en: 'The purpose is declared as scientific research without showing why (method, contribution to knowledge, publication).',
    },
    fix: { fr: 'Justifiez-le dans `purpose.research.justification`.', en: 'Explain it in `purpose.research.justification`.' },
    sources: [CNIL.purpose],
    check: (c) => (c.reg.purpose?.kind === 'research' ? answered(c.reg.purpose.research?.justification) : 'n/a'),
  }),
  rule({
    id: 'purpose.research-reuse', sheet: 2, level: 'recommendation',
    title: { fr: 'Réutilisation hors recherche', en: 'Reuse outside research' },
    message: {
      fr: 'Pour une finalité de recherche, précisez si un usage commercial est envisagé : la réutilisation à d’autres fins n’est licite que pour des finalités compatibles.',
      en: 'For a research purpose, say whether a commercial use is planned: reuse for other purposes is lawful only for compatible purposes.',
    },
    fix: { fr: 'Renseignez `purpose.research.commercialUse`.', en: 'Set `purpose.research.commercialUse`.' },
    sources: [CNIL.purpose, CNIL.lawfulness],
    check: (c) => (c.reg.purpose?.kind === 'research' ? answered(c.reg.purpose.research?.commercialUse) : 'n/a'),
  }),
];
