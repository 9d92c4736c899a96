/**
 * NATIONAL_ID / IT_CF: Italian codice fiscale, 16 characters (surname 3, name 3, year 2, month letter, day 2,
 * municipality 4, check character), with "omocodia" letters L-V allowed in place of digits; the check character is
 * validated.
 * Spec: DM 12/03/1974 n. 2227; https://it.wikipedia.org/wiki/Codice_fiscale
 */
import { itCfValid } from '../../checksums.js';
import { PatternRecognizer } from '../../recognizer.js';

const D = '[0-9LMNPQRSTUV]';
const CF_RE = new RegExp(`[A-Z](?<![\\w][A-Z])[A-Z]{5}${D}{2}[ABCDEHLMPRST]${D}{2}[A-Z]${D}{3}[A-Z](?![\\w])`, 'g');

export const itCfRecognizer = new PatternRecognizer({
  name: 'it-codice-fiscale',
  type: 'NATIONAL_ID',
  subtype: 'IT_CF',
  prefilter: (t) => /[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z]/.test(t),
  patterns: [{ name: 'codice-fiscale', regex: CF_RE, score: 0.5 }],
  validate: (v) => (itCfValid(v) ? { valid: true, score: 0.95, note: 'check character valid' } : { valid: false }),
  context: { fr: ['codice fiscale', 'code fiscal'], en: ['codice fiscale', 'tax code', 'fiscal code'] },
  contextBoost: 0.05,
});
