/**
 * CNIL pages cited by the rules, init questions and documents. Only addresses confirmed on cnil.fr (or quoted in
 * the seed documents) are listed here; where a page could not be confirmed, rules cite the AI how-to sheets index
 * or the general AI page, and name the seed document.
 */
export const CNIL = {
  /** Index of the AI how-to sheets (links sheets 1-7 and the later ones). */
  sheets: 'https://cnil.fr/en/ai-how-sheets',
  scope: 'https://www.cnil.fr/en/what-scope-ai-how-sheets',
  ai: 'https://www.cnil.fr/fr/intelligence-artificielle-ia',
  purpose: 'https://www.cnil.fr/en/defining-purpose',
  roles: 'https://www.cnil.fr/en/determining-legal-qualification-ai-system-providers',
  lawfulness: 'https://cnil.fr/en/ensuring-lawfulness-data-processing',
  legitimateInterest: 'https://cnil.fr/fr/base-legale-interet-legitime-developpement-systeme',
  scraping: 'https://www.cnil.fr/fr/focus-interet-legitime-collecte-par-moissonnage',
  dpia: 'https://cnil.fr/en/node/164405',
  /** Sheet 6, design choices (English courtesy translation). */
  design: 'https://cnil.fr/fr/node/164408',
  dpiaFr: 'https://cnil.fr/fr/realiser-une-analyse-dimpact-si-necessaire',
  collection: 'https://www.cnil.fr/en/data-protection-in-data-collection-management',
  information: 'https://cnil.fr/en/informing-data-subjects',
  informationFr: 'https://cnil.fr/fr/ia-informer-les-personnes-concernees',
  rights: 'https://www.cnil.fr/fr/node/165882',
  dpo: 'https://www.cnil.fr/fr/passer-laction/le-delegue-la-protection-des-donnees-dpo',
} as const;
