/**
 * NATIONAL_ID / UK_NINO: UK National Insurance numbers, 2 prefix letters + 6 digits + suffix A-D (`QQ 12 34 56 C`).
 * Prefix rules: first letter not D, F, I, Q, U, V; second not D, F, I, O, Q, U, V; BG, GB, KN, NK, NT, TN, ZZ never
 * issued. No check digit.
 * Spec: https://www.gov.uk/hmrc-internal-manuals/national-insurance-manual/nim39110
 */
import { PatternRecognizer } from '../../recognizer.js';

const NINO_RE = /[A-CEGHJ-PR-TW-Z](?<![\w-][A-Z])[A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w])/g;
const NEVER = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

export const ukNinoRecognizer = new PatternRecognizer({
  name: 'uk-nino',
  type: 'NATIONAL_ID',
  subtype: 'UK_NINO',
  patterns: [{ name: 'nino', regex: NINO_RE, score: 0.6 }],
  validate: (v) => (NEVER.has(v.slice(0, 2)) ? { valid: false } : { valid: true, note: 'prefix rules valid' }),
  context: { fr: ['national insurance', 'nino'], en: ['national insurance', 'ni number', 'nino', 'ni no'] },
  contextBoost: 0.3,
});
