/**
 * PHONE: French and international numbers in their common writings (`06 12 34 56 78`, `06.12.34.56.78`,
 * `+33 6 12 34 56 78`, `+33 (0)6 …`, `0033…`, `(555) 123-4567`, `+44 20 7946 0958`).
 * One cheap regex finds grouped digit runs; those written like a dialable number (a `+`, a `(`, a national trunk
 * `0`, a North-American 3-3-4 shape) go to libphonenumber-js (full metadata): numbers valid for their country are
 * reported (0.85). The others are reported only next to a phone word (see `unconfirmed`).
 * Numbers reserved for fiction (Ofcom drama ranges, NANP 555-01xx) are accepted too: they are what synthetic and
 * test documents use, and they are as identifying in such documents as real ones.
 * Spec: ITU-T E.164; https://gitlab.com/catamphetamine/libphonenumber-js
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { PatternRecognizer, type ValidationResult } from '../../recognizer.js';

const SP = '[ .\\-\\u00a0\\u202f]';
// After the first group, groups are separated by a mandatory separator (space, dot, dash, parenthesis): unambiguous,
// so no backtracking blow-up; bounded group sizes keep the work per start position constant.
const REST = `(?:(?:${SP}{1,2}\\(?|[ \\u00a0]?\\(|\\)${SP}?)\\d{1,8}){0,8}\\)?`;
// The first character is consumed before any assertion so that V8 keeps its fast first-character scan; the left
// edge (not inside a longer number, a decimal, a path or an e-mail) is checked right after it.
const FIRST = '[+(0-9]';
const EDGE = `(?<!(?:[\\w+@/.]|\\d,|\\d${SP}|[A-Za-z]-)${FIRST})`;
const STARTS = [
  `(?<=\\+)(?=[\\d ().\\-\\u00a0\\u202f]{7})[ \\u00a0]?\\(?\\d{1,15}${REST}`, // international: +33 6 12 34 56 78, +1 (555) 013-9082
  `(?<=\\()(?=[\\d ().\\-\\u00a0\\u202f]{7})\\d{1,15}${REST}`, // (555) 123-4567
  `(?<=0)(?=[\\d ().\\-\\u00a0\\u202f]{6})\\d{0,14}${REST}`, // national trunk prefix 0 (FR, UK, BE, CH) and 00
  `(?<=[2-9])\\d\\d${SP}\\d{3}${SP}\\d{4}(?!\\d)`, // NANP without country code
  `(?<=1)${SP}\\(?[2-9]\\d\\d\\)?${SP}?\\d{3}${SP}\\d{4}(?!\\d)`, // NANP with a bare 1: 1-800-555-0199
  `(?<=5)55[ .\\-]01\\d\\d(?!\\d)`, // NANP fictional local number 555-01xx
].join('|');
// Optional extension (`x123`, `ext. 12`, `poste 45`), kept out of the number's validation.
const EXT = '(?:[ \\u00a0]?(?:x|ext\\.?|poste)[ \\u00a0]?\\d{1,5})?';
// Candidates: any grouped digit run that could be a number (one scan for both confirmed and unconfirmed numbers).
const CANDIDATE_RE = new RegExp(`${FIRST}${EDGE}(?=[\\d ().\\-\\u00a0\\u202f]{6})\\(?\\d{0,14}${REST}${EXT}(?![\\w@]|[.\\-]\\d)`, 'g');
// The starts libphonenumber is asked about: `+`, `(`, a trunk `0`, a North-American shape, 555-01xx.
const CONFIRMABLE = new RegExp(`^${FIRST}${EDGE}(?:${STARTS})`);
const EXT_TAIL = /[ \u00a0]?(?:x|ext\.?|poste)[ \u00a0]?\d{1,5}$/;

/** Countries tried, in order, for a number written with a national trunk prefix. */
// French and English documents: the francophone neighbours, not every 0-prefixed plan (a German 5-5 split would
// turn part numbers into phones).
const TRUNK_COUNTRIES: CountryCode[] = ['FR', 'GB', 'BE', 'CH'];

/** Ranges reserved for drama/fiction (Ofcom; NANPA 555-0100..0199), as national significant numbers. */
function fictional(digits: string): boolean {
  return (
    /^(?:44|0)7700900\d{3}$/.test(digits) || // UK mobile drama range
    /^(?:44|0)1632960\d{3}$/.test(digits) ||
    /^(?:44|0)(?:20794|113496|114496|115496|116496|117496|118496|121496|131496|141496|151496|161496|2890180|2920180)\d{3,4}$/.test(digits) ||
    /^1?(?:[2-9]\d\d)?55501\d\d$/.test(digits) || // NANP 555-01xx
    /^1?555\d{7}$/.test(digits) // NANP area code 555 (not assigned)
  );
}

/** Digit offsets where a written number breaks into groups. */
function boundaries(s: string): Set<number> {
  const out = new Set<number>();
  let n = 0;
  let prevDigit = false;
  for (const ch of s) {
    const d = ch >= '0' && ch <= '9';
    if (d) { if (!prevDigit && n > 0) out.add(n); n++; }
    prevDigit = d;
  }
  return out;
}

/**
 * A nationally written number must be grouped the way that country writes it (or finer/coarser along the same
 * breaks): `07700-90012` is a part number, not the French mobile 07 70 09 00 12.
 */
function groupingFits(raw: string, national: string): boolean {
  const a = boundaries(raw);
  if (a.size === 0) return true;
  const b = boundaries(national);
  const sub = (x: Set<number>, y: Set<number>) => [...x].every((v) => y.has(v));
  return sub(a, b) || sub(b, a);
}

function check(raw: string): ValidationResult | null {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return null;
  if (raw.startsWith('+')) {
    const p = parsePhoneNumberFromString(raw.replace(/\(0\)/, ''));
    if (p?.isValid()) return { valid: true, score: 0.85, note: `valid ${p.country ?? 'intl'} number` };
    return fictional(digits) ? { valid: true, score: 0.75, note: 'fictional range' } : null;
  }
  if (digits.startsWith('0')) {
    for (const c of TRUNK_COUNTRIES) {
      const p = parsePhoneNumberFromString(raw, c);
      if (p?.isValid() && groupingFits(raw, p.formatNational())) return { valid: true, score: 0.85, note: `valid ${p.country ?? c} number` };
    }
    return fictional(digits) ? { valid: true, score: 0.75, note: 'fictional range' } : null;
  }
  const p = parsePhoneNumberFromString(raw, 'US');
  if (p?.isValid()) return { valid: true, score: 0.8, note: `valid ${p.country ?? 'US'} number` };
  return fictional(digits) ? { valid: true, score: 0.75, note: 'fictional range' } : null;
}

/**
 * libphonenumber costs tens of microseconds per call; the same numbers recur (signatures, switchboards, exports), so
 * results are memoised per value (a pure function of the string; bounded, per worker thread).
 */
const memo = new Map<string, ValidationResult>();
const MEMO_MAX = 20_000;

/** Validates the whole candidate, else its longest valid prefix of groups (a number followed by another number). */
export function validatePhone(value: string): ValidationResult {
  const hit = memo.get(value);
  if (hit) return hit;
  const r = validatePhoneUncached(value);
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(value, r);
  return r;
}

function validatePhoneUncached(value: string): ValidationResult {
  const ext = EXT_TAIL.exec(value);
  if (ext) {
    const r = validatePhoneUncached(value.slice(0, ext.index));
    return r.valid && !r.trim ? { ...r, note: `${r.note ?? ''} with extension` } : r;
  }
  let v = value;
  for (let tries = 0; tries < 4; tries++) {
    const r = check(v);
    if (r) return v === value ? r : { ...r, trim: { start: 0, end: v.length } };
    const cut = v.search(/[ .\-\u00a0\u202f(][^ .\-\u00a0\u202f(]*$/);
    if (cut <= 0) break;
    v = v.slice(0, cut).replace(/[ .\-\u00a0\u202f(]+$/, '');
    if (v.replace(/\D/g, '').length < 7) break;
  }
  return { valid: false };
}

/** Dates, year ranges, times and decimals that a loose digit pattern would otherwise take for a number. */
function looksLikeOtherNumber(value: string): boolean {
  if (/^(?:19|20)\d\d[ .-](?:19|20)\d\d$/.test(value)) return true; // 2019-2021
  if (/^\d{1,2}[.-]\d{1,2}[.-](?:\d{2}|\d{4})$/.test(value)) return true; // 12.05.2024
  if (/^(?:19|20)\d\d[.-]\d{1,2}[.-]\d{1,2}$/.test(value)) return true; // 2024-05-12
  return false;
}

/**
 * Numbers libphonenumber cannot confirm (unassigned ranges, local numbers without area code, foreign plans written
 * without their country code) are still phone numbers when a phone word sits right by them ("Mobile: 737 219 628",
 * "call me on 450 0840", "655 437 108 office"): score 0.3, which only a context word lifts over the threshold.
 */
function unconfirmed(value: string): ValidationResult {
  const core = value.replace(EXT_TAIL, '');
  const digits = core.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return { valid: false };
  if (/^(\d)\1+$/.test(digits) || looksLikeOtherNumber(core)) return { valid: false };
  // A run without any separator must be phone-length on its own (not a 7-digit order or customer number).
  if (/^\d+$/.test(core) && digits.length < 9) return { valid: false };
  return { valid: true, score: 0.3, checked: false, note: 'phone-shaped digits, not confirmed by libphonenumber' };
}

export const phoneRecognizer = new PatternRecognizer({
  name: 'phone',
  type: 'PHONE',
  prefilter: (t) => /\d/.test(t),
  patterns: [{ name: 'phone-candidate', regex: CANDIDATE_RE, score: 0.3 }],
  validate: (value) => {
    if (CONFIRMABLE.test(value)) {
      const r = validatePhone(value);
      if (r.valid) return r;
    }
    return unconfirmed(value);
  },
  context: {
    fr: ['tél', 'tel', 'téléphone', 'telephone', 'portable', 'mobile', 'fixe', 'fax', 'appeler', 'appelez', 'appelle', 'appelez-moi', 'joindre', 'sms', 'whatsapp', 'standard'],
    en: ['phone', 'tel', 'telephone', 'mobile', 'mob', 'cell', 'fax', 'desk', 'call me on', 'call me at', 'reach me at', 'reach me on', 'text me', 'whatsapp', 'ring me', 'office', 'messages to', 'answering at'],
  },
  contextWindow: 25,
  contextAfterWindow: 12,
  contextBoost: 0.35,
  negativeContext: {
    fr: ['commande', 'facture', 'réf', 'référence', 'dossier', 'série', 'siret', 'siren', 'iban', 'client', 'adhérent', 'contrat', 'matricule', 'ticket'],
    en: ['order', 'invoice', 'ref', 'reference', 'part no', 'serial', 'tracking', 'iban', 'account no', 'customer no', 'policy no', 'employee', 'ticket', 'case'],
  },
  negativeWindow: 25,
  negativePenalty: 0.5,
});
