/**
 * IBAN: every registered country's length (SWIFT IBAN registry, plus the French overseas codes and the partner
 * countries of the "experimental" list), ISO 13616 mod-97, and for France/Monaco the RIB key of the BBAN.
 * Written unspaced (`FR7630006000011234567890189`) or in groups (`FR76 3000 6000 0112 3456 7890 189`).
 * Spec: https://www.swift.com/standards/data-standards/iban (registry); ISO 13616-1.
 */
import { ibanValid, ribKey } from '../../checksums.js';
import { PatternRecognizer, type ValidationResult } from '../../recognizer.js';

/** IBAN length per country code. */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22,
  GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30,
  KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20,
  MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22,
  RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
  // French overseas departments and territories use French-format IBANs under their own code.
  GF: 27, GP: 27, MQ: 27, RE: 27, PF: 27, TF: 27, YT: 27, NC: 27, PM: 27, WF: 27, BL: 27, MF: 27,
  // Countries outside the SWIFT registry whose banks issue IBANs (commonly accepted lengths).
  DZ: 26, AO: 25, BJ: 28, BF: 28, CM: 27, CV: 25, CF: 27, TD: 27, KM: 27, CG: 27, CI: 28, GA: 27, GQ: 27, GW: 25,
  IR: 26, MG: 27, ML: 28, MA: 28, MZ: 25, NE: 28, SN: 28, TG: 28,
};

/** Countries whose BBAN is a French RIB (bank 5, branch 5, account 11, key 2). */
const RIB_COUNTRIES = new Set(['FR', 'MC', 'GF', 'GP', 'MQ', 'RE', 'PF', 'TF', 'YT', 'NC', 'PM', 'WF', 'BL', 'MF']);

// Country code, check digits, then 10-30 alphanumerics optionally separated by single spaces or dashes.
// The validate hook cuts the candidate at the country's length (a spaced IBAN may be followed by a word).
// Upper case as printed, or all lower case as typed in chats ("my iban is gb42nawi…"); never mixed.
const IBAN_RE = /[A-Za-z](?<![A-Za-z0-9][A-Za-z])[A-Za-z]\d{2}(?:[ \-\u00a0]?[A-Za-z0-9]){10,32}/g;

export function validateIban(written: string): ValidationResult {
  const lower = /^[a-z]{2}\d\d/.test(written);
  const value = written.toUpperCase();
  const len = IBAN_LENGTHS[value.slice(0, 2)];
  if (!len) return { valid: false };
  let compact = '';
  let end = 0;
  for (let i = 0; i < value.length && compact.length < len; i++) {
    const ch = value[i] as string;
    if (ch === ' ' || ch === '-' || ch === '\u00a0') continue;
    compact += ch;
    end = i + 1;
  }
  if (compact.length !== len) return { valid: false };
  const kept = written.slice(0, end);
  if (lower ? /[A-Z]/.test(kept) : /[a-z]/.test(kept)) return { valid: false };
  // The value must stop here: the next character is a separator followed by a non-continuation, or nothing.
  const rest = value.slice(end);
  if (rest && !/^[ \-\u00a0]/.test(rest)) return { valid: false };
  if (!ibanValid(compact)) return { valid: false };
  let note = 'mod-97 valid';
  if (RIB_COUNTRIES.has(compact.slice(0, 2))) {
    const bban = compact.slice(4);
    if (ribKey(bban.slice(0, 5), bban.slice(5, 10), bban.slice(10, 21)) !== bban.slice(21, 23)) return { valid: false };
    note += ', RIB key valid';
  }
  return { valid: true, score: 0.95, note, ...(end < value.length ? { trim: { start: 0, end } } : {}) };
}

export const ibanRecognizer = new PatternRecognizer({
  name: 'iban',
  type: 'IBAN',
  prefilter: (t) => /[A-Za-z]{2}\d\d/.test(t),
  patterns: [{ name: 'iban', regex: IBAN_RE, score: 0.5 }],
  validate: (value) => validateIban(value),
  context: { fr: ['iban', 'rib', 'compte', 'virement', 'bancaire'], en: ['iban', 'account', 'bank', 'transfer', 'payee'] },
  contextBoost: 0.05,
});
