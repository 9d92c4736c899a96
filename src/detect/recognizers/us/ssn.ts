/**
 * NATIONAL_ID / US_SSN: US Social Security numbers `AAA-GG-SSSS`. No check digit; SSA never issues area 000, 666 or
 * 900-999, group 00 or serial 0000. The dashed form is distinctive; the unseparated 9 digits need a context word.
 * Spec: https://www.ssa.gov/employer/randomization.html ; https://secure.ssa.gov/poms.nsf/lnx/0110201035
 */
import { PatternRecognizer, type ValidationResult } from '../../recognizer.js';

export function validateSsn(value: string): ValidationResult {
  const d = value.replace(/\D/g, '');
  const area = d.slice(0, 3);
  if (area === '000' || area === '666' || area[0] === '9') return { valid: false };
  if (d.slice(3, 5) === '00' || d.slice(5) === '0000') return { valid: false };
  // Widely published examples/advertising numbers, never issued to anyone.
  if (d === '123456789' || d === '078051120' || d === '219099999') return { valid: false };
  return { valid: true, note: 'area/group/serial valid' };
}

export const usSsnRecognizer = new PatternRecognizer({
  name: 'us-ssn',
  type: 'NATIONAL_ID',
  subtype: 'US_SSN',
  // Each match begins at the first digit of a run of 3 (grouped) or 9 digits: run only there (`digitRun`).
  patterns: [
    { name: 'ssn-dashed', regex: /\d(?<!(?:[\w.,/+-]|\d[ -])\d)\d{2}-\d{2}-\d{4}(?![\w]|[-.]\d)/g, score: 0.6, digitRun: { min: 3, max: 3 } },
    { name: 'ssn-spaced', regex: /\d(?<!(?:[\w.,/+-]|\d[ -])\d)\d{2} \d{2} \d{4}(?![\w]|[ .-]\d)/g, score: 0.35, digitRun: { min: 3, max: 3 } },
    { name: 'ssn', regex: /\d(?<!(?:[\w.,/+-]|\d[ -])\d)\d{8}(?![\w]|[ .-]\d)/g, score: 0.15, digitRun: { min: 9, max: 9 } },
  ],
  validate: (v) => validateSsn(v),
  context: { fr: ['sécurité sociale américain', 'ssn'], en: ['ssn', 'social security', 'social security number', 'ss#', 'taxpayer'] },
  contextBoost: 0.4,
  negativeContext: { fr: ['tél', 'téléphone', 'commande'], en: ['phone', 'tel', 'order', 'invoice', 'ref', 'routing'] },
  negativeWindow: 25,
});
