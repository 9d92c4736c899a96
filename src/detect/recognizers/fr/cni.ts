/**
 * NATIONAL_ID / FR_CNI: French national identity card numbers. The old card (1988-2021) has a 12-digit number
 * (year, month, issuing department/office, sequence), the new card (since 2021) a 9-character alphanumeric one.
 * Neither carries a check digit of its own (the MRZ does), so both are reported only next to a context word.
 * Spec: https://www.service-public.fr/particuliers/vosdroits/F1341 ; ANTS.
 */
import { PatternRecognizer } from '../../recognizer.js';

const CONTEXT = {
  fr: ["carte d'identité", 'carte nationale', 'cni', "pièce d'identité", 'n° de carte', "numéro de carte d'identité"],
  en: ['identity card', 'id card', 'national id', 'cni'],
};

export const frCniRecognizer = new PatternRecognizer({
  name: 'fr-cni',
  type: 'NATIONAL_ID',
  subtype: 'FR_CNI',
  // Context is required, so a document without any identity-card word cannot hold one.
  prefilter: (t) => /CNI|[Ii]dentit|I[Dd] card/.test(t),
  patterns: [
    // Old card: YYMM + 3-char office (dept digits, 2A/2B) + 5 digits (sequence + check-free order).
    // Begins at a run of 12 digits, or of 5 when the office is 2A/2B (`digitRun`).
    { name: 'cni-old', regex: /(?<![\w.,/-])\d{4}(?:\d{2}|2[AB])\d{6}(?![\w])/g, score: 0.3, digitRun: { min: 5, max: 12 } },
    // New card: 9 uppercase alphanumerics with at least one letter and one digit (lookaheads keep it cheap).
    { name: 'cni-new', regex: /[A-Z0-9](?<![\w.,/-][A-Z0-9])[A-Z0-9]{8}(?![\w])/g, score: 0.25 },
  ],
  validate: (v) => {
    if (v.length === 12) return /^\d{2}(?:0[1-9]|1[0-2])/.test(v) ? null : { valid: false };
    // New card: a mix of letters and digits (a 9-letter word or a 9-digit number is something else).
    return /\d/.test(v) && /[A-Z]/.test(v) ? null : { valid: false };
  },
  context: CONTEXT,
  contextWindow: 50,
  contextBoost: 0.45,
});
