/**
 * CREDIT_CARD: payment card numbers (PAN) — Luhn plus issuer ranges and lengths (Visa, Mastercard 51-55 and
 * 2221-2720, Amex 34/37, Discover, JCB, Diners, UnionPay, Maestro, Mir). French CB cards are co-branded Visa or
 * Mastercard and use those ranges. Written unspaced or in the issuers' groupings (4-4-4-4, 4-6-5, 4-6-4, 4-4-4-4-3)
 * with spaces or dashes.
 * Spec: ISO/IEC 7812; https://en.wikipedia.org/wiki/Payment_card_number#Issuer_identification_number_(IIN)
 */
import { luhnValid } from '../../checksums.js';
import { PatternRecognizer, type ValidationResult } from '../../recognizer.js';

interface Issuer { name: string; test: (d: string) => boolean; lengths: readonly number[] }

const p = (d: string, n: number) => Number(d.slice(0, n));
const ISSUERS: readonly Issuer[] = [
  { name: 'amex', test: (d) => /^3[47]/.test(d), lengths: [15] },
  { name: 'diners', test: (d) => /^3(?:0[0-5]|095|[689])/.test(d), lengths: [14, 15, 16, 17, 18, 19] },
  { name: 'jcb', test: (d) => p(d, 4) >= 3528 && p(d, 4) <= 3589, lengths: [16, 17, 18, 19] },
  { name: 'jcb-legacy', test: (d) => /^(?:2131|1800)/.test(d), lengths: [15] },
  { name: 'visa', test: (d) => d.startsWith('4'), lengths: [13, 16, 19] },
  { name: 'mastercard', test: (d) => (p(d, 2) >= 51 && p(d, 2) <= 55) || (p(d, 4) >= 2221 && p(d, 4) <= 2720), lengths: [16] },
  { name: 'mir', test: (d) => p(d, 4) >= 2200 && p(d, 4) <= 2204, lengths: [16, 17, 18, 19] },
  { name: 'discover', test: (d) => /^(?:6011|64[4-9]|65)/.test(d) || (p(d, 6) >= 622126 && p(d, 6) <= 622925), lengths: [16, 17, 18, 19] },
  { name: 'unionpay', test: (d) => /^62/.test(d), lengths: [16, 17, 18, 19] },
  { name: 'maestro', test: (d) => /^(?:5[06-8]|6\d)/.test(d), lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
];

/** Accepted group layouts of a separated number (group lengths). */
const LAYOUTS = new Set(['4-4-4-4', '4-6-5', '4-6-4', '4-4-4-4-3', '4-4-4-1', '4-4-4-3', '4-4-4-2', '4-4-4-4-2', '4-4-4-4-1', '4-4-5', '4-4-4']);

// 12-19 digits, optionally separated by single spaces or dashes; never inside a longer run of digits/letters.
const CARD_RE = /\d(?<!(?:[\w.,/+-]|\d[ -])\d)\d{3}(?:[ \-\u00a0]?\d){8,15}(?![\w]|[ \-,.]\d)/g;

export function validateCard(value: string): ValidationResult {
  const groups = value.split(/[ \-\u00a0]/);
  const digits = groups.join('');
  if (groups.length > 1) {
    const layout = groups.map((g) => g.length).join('-');
    if (!LAYOUTS.has(layout)) return { valid: false };
    const seps = value.match(/[ \-\u00a0]/g) ?? [];
    if (new Set(seps).size > 1) return { valid: false };
  }
  if (!luhnValid(digits)) return { valid: false };
  const issuer = ISSUERS.find((i) => i.test(digits) && i.lengths.includes(digits.length));
  if (issuer) return { valid: true, score: 0.9, note: `Luhn valid, ${issuer.name}` };
  // Luhn-valid but outside the known issuer ranges (private-label, test generators, new BINs): one random number in
  // ten passes Luhn, so it takes a card word right before it (score 0.4 + context boost).
  return { valid: true, score: 0.4, note: 'Luhn valid, unknown issuer range' };
}

export const creditCardRecognizer = new PatternRecognizer({
  name: 'credit-card',
  type: 'CREDIT_CARD',
  // Every match begins at the first digit of a run of 4 or more digits (`digitRun`).
  patterns: [{ name: 'pan', regex: CARD_RE, score: 0.5, digitRun: { min: 4 } }],
  validate: (value) => validateCard(value),
  context: {
    fr: ['carte', 'cb', 'visa', 'mastercard', 'paiement', 'bancaire', 'pan', 'débit', 'crédit'],
    en: ['card', 'credit', 'debit', 'visa', 'mastercard', 'amex', 'payment', 'pan', 'cc'],
  },
  contextBoost: 0.25,
  contextWindow: 30,
  negativeContext: {
    fr: ['commande', 'facture', 'série', 'réf', 'référence', 'suivi', 'colis', 'siret', 'ean', 'dossier', 'contrat'],
    en: ['order', 'invoice', 'serial', 'part no', 'ref', 'reference', 'tracking', 'parcel', 'ean', 'isbn', 'imei', 'account no'],
  },
  negativeWindow: 40,
  negativePenalty: 0.5,
});
