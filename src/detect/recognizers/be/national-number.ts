/**
 * NATIONAL_ID / BE_NRN: Belgian national register number YY.MM.DD-SSS.CC (11 digits): birth date (month may be
 * +20/+40 for BIS numbers, 00 when unknown), sequence (odd for men), check = 97 - (first 9 digits mod 97), or with a
 * leading 2 for people born from 2000.
 * Spec: https://fr.wikipedia.org/wiki/Numéro_de_registre_national ; Arrêté royal du 25/11/1997.
 */
import { beNrnCentury } from '../../checksums.js';
import { hasDigitRun } from '../../digit-runs.js';
import { PatternRecognizer, type ValidationResult } from '../../recognizer.js';

export function validateBeNrn(value: string): ValidationResult {
  const d = value.replace(/\D/g, '');
  if (d.length !== 11) return { valid: false };
  const month = Number(d.slice(2, 4)) % 20;
  const day = Number(d.slice(4, 6));
  if (month > 12 || day > 31) return { valid: false };
  const seq = Number(d.slice(6, 9));
  if (seq === 0 || seq === 999) return { valid: false };
  const century = beNrnCentury(d);
  if (!century) return { valid: false };
  return { valid: true, note: `mod-97 valid (born ${century}xx)` };
}

export const beNrnRecognizer = new PatternRecognizer({
  name: 'be-national-number',
  type: 'NATIONAL_ID',
  subtype: 'BE_NRN',
  prefilter: (t) => /\d\d\.\d\d\.\d\d|\d{11}/.test(t),
  patterns: [
    { name: 'nrn-formatted', regex: /\d(?<![\w.,/-]\d)\d\.\d{2}\.\d{2}[ -]\d{3}[ .]\d{2}(?![\w]|[.-]\d)/g, score: 0.85, digitRun: { min: 2, max: 2 } },
    // 11 plain digits need a context word: skip the scan when the document has none (or no run of 11 digits, which
    // the shared digit-run index answers for free before the word scan).
    { name: 'nrn', prefilter: (t) => hasDigitRun(t, 11) && /national|NISS|niss|rijksregister|registre/i.test(t), regex: /\d(?<!(?:[\w.,/+-]|\d[ .-])\d)\d{10}(?![\w]|[ .-]\d)/g, score: 0.4, digitRun: { min: 11, max: 11 } },
  ],
  validate: (v) => validateBeNrn(v),
  context: {
    fr: ['registre national', 'numéro national', 'n° national', 'nn', 'niss', 'rijksregister'],
    en: ['national number', 'national register', 'niss', 'belgian id'],
  },
  contextBoost: 0.45,
});
