/**
 * FR_SIREN (9 digits) and FR_SIRET (SIREN + 5-digit establishment number): Luhn, with INSEE's La Poste exception
 * (SIREN 356 000 000: digit sum multiple of 5). One random 9-digit number in ten passes Luhn, so a bare number is
 * reported only next to a context word (SIREN, SIRET, RCS, "immatriculée"...) or, for a SIRET, in its typical
 * spaced writing `123 456 789 00012`.
 * Spec: https://www.insee.fr/fr/metadonnees/definition/c2047 (SIREN), c1841 (SIRET).
 */
import { siretValid, sirenValid } from '../../checksums.js';
import { PatternRecognizer } from '../../recognizer.js';

const SP = '[ \\u00a0.]';
// The left edge is checked after the first digit (a leading lookbehind would run at every position). Every match
// begins at the first digit of a run of a fixed length: the patterns run only there (`digitRun`).
const EDGE_L = '\\d(?<!(?:[\\w.,/+-]|\\d[ \\u00a0.-])\\d)';
const EDGE_R = '(?![\\w]|[ \\u00a0.,-]\\d)';

const CONTEXT = {
  fr: ['siren', 'siret', 'rcs', 'immatriculée', 'immatriculé', 'immatriculation', 'insee', 'entreprise', 'société', 'n° tva', 'établissement'],
  en: ['siren', 'siret', 'company number', 'company no', 'registration', 'registered', 'business id'],
};

export const frSiretRecognizer = new PatternRecognizer({
  name: 'fr-siret',
  type: 'FR_SIRET',
  patterns: [
    // `123 456 789 00012`: the grouping itself is the signal.
    { name: 'siret-spaced', regex: new RegExp(`${EDGE_L}\\d{2}${SP}\\d{3}${SP}\\d{3}${SP}\\d{5}${EDGE_R}`, 'g'), score: 0.7, digitRun: { min: 3, max: 3 } },
    { name: 'siret', regex: new RegExp(`${EDGE_L}\\d{13}${EDGE_R}`, 'g'), score: 0.4, digitRun: { min: 14, max: 14 } },
  ],
  validate: (v) => (siretValid(v.replace(/\D/g, '')) ? { valid: true, note: 'Luhn valid' } : { valid: false }),
  context: CONTEXT,
  contextBoost: 0.45,
});

export const frSirenRecognizer = new PatternRecognizer({
  name: 'fr-siren',
  type: 'FR_SIREN',
  patterns: [
    { name: 'siren-spaced', regex: new RegExp(`${EDGE_L}\\d{2}${SP}\\d{3}${SP}\\d{3}${EDGE_R}`, 'g'), score: 0.4, digitRun: { min: 3, max: 3 } },
    { name: 'siren', regex: new RegExp(`${EDGE_L}\\d{8}${EDGE_R}`, 'g'), score: 0.4, digitRun: { min: 9, max: 9 } },
  ],
  validate: (v) => (sirenValid(v.replace(/\D/g, '')) ? { valid: true, note: 'Luhn valid' } : { valid: false }),
  context: CONTEXT,
  contextBoost: 0.45,
  negativeContext: { fr: ['iris', 'commande', 'facture', 'dossier'], en: ['order', 'invoice', 'ref'] },
});
