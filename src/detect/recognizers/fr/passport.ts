/**
 * NATIONAL_ID / FR_PASSPORT: French passport numbers, 2 digits + 2 letters + 5 digits (`12AB34567`). No check
 * digit: the shape is distinctive but short, so a context word is required.
 * Spec: https://www.service-public.fr/particuliers/vosdroits/N360 ; ICAO Doc 9303 (MRZ).
 */
import { PatternRecognizer } from '../../recognizer.js';

export const frPassportRecognizer = new PatternRecognizer({
  name: 'fr-passport',
  type: 'NATIONAL_ID',
  subtype: 'FR_PASSPORT',
  prefilter: (t) => /\d\d[A-Z]{2}\d/.test(t) && /passe?port/i.test(t),
  patterns: [{ name: 'passport', regex: /(?<![\w-])\d{2}[A-Z]{2}\d{5}(?![\w])/g, score: 0.35 }],
  context: { fr: ['passeport', 'n° de passeport'], en: ['passport', 'passport no', 'passport number'] },
  contextWindow: 50,
  contextBoost: 0.5,
});
