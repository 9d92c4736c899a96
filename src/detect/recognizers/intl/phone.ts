/**
 * PHONE: French and international numbers in their common writings (`06 12 34 56 78`, `06.12.34.56.78`,
 * `+33 6 12 34 56 78`, `+33 (0)6 …`, `0033…`, `(555) 123-4567`, `+44 20 7946 0958`).
 * One cheap regex finds grouped digit runs; those written like a dialable number (a `+`, a `(`, a national trunk
 * `0`, a North-American 3-3-4 shape) are checked against libphonenumber-js's full metadata (compiled per country in
 * phone-plan.ts): numbers valid for their country are
 * reported (0.85). The others are reported only next to a phone word (see `unconfirmed`).
 * Numbers reserved for fiction (Ofcom drama ranges, NANP 555-01xx) are accepted too: they are what synthetic and
 * test documents use, and they are as identifying in such documents as real ones.
 * Spec: ITU-T E.164; https://gitlab.com/catamphetamine/libphonenumber-js
 */
import { PhoneNumber, type CountryCode, type E164Number } from 'libphonenumber-js/max';
import { validInternational } from './phone-plan.js';
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

/** Digit offsets where a written number breaks into groups, as a bit mask (numbers have at most 15 digits). */
function boundaries(s: string): number {
  let mask = 0;
  let n = 0;
  let prevDigit = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = c >= 48 && c <= 57;
    if (d) { if (!prevDigit && n > 0) mask |= 1 << n; n++; }
    prevDigit = d;
  }
  return mask;
}

/**
 * A nationally written number must be grouped the way that country writes it (or finer/coarser along the same
 * breaks): `07700-90012` is a part number, not the French mobile 07 70 09 00 12.
 */
function groupingFits(raw: string, national: string): boolean {
  const a = boundaries(raw);
  if (a === 0) return true;
  const b = boundaries(national);
  return (a & ~b) === 0 || (b & ~a) === 0;
}

/** French national numbers are written `0X XX XX XX XX` (or `0 800 12 34 56` for 08 numbers): their group breaks. */
const FR_BREAKS = [(1 << 2) | (1 << 4) | (1 << 6) | (1 << 8), (1 << 1) | (1 << 4) | (1 << 6) | (1 << 8), (1 << 1) | (1 << 4) | (1 << 7)];

function groupingFitsCountry(raw: string, country: CountryCode, e164: string): boolean {
  if (country === 'GB') return true; // written too variously ("0207 946 0958", "020 7946 0958") to check
  if (country === 'FR') {
    const a = boundaries(raw);
    return a === 0 || FR_BREAKS.some((b) => (a & ~b) === 0 || (b & ~a) === 0);
  }
  return groupingFits(raw, new PhoneNumber(e164 as E164Number).formatNational());
}

/** Trunk-prefix countries: calling code and national significant number lengths (after the 0). */
const TRUNK: readonly { country: CountryCode; cc: string; lengths: readonly number[] }[] = [
  { country: 'FR', cc: '33', lengths: [9] },
  { country: 'GB', cc: '44', lengths: [9, 10] },
  { country: 'BE', cc: '32', lengths: [8, 9] },
  { country: 'CH', cc: '41', lengths: [9] },
];

function check(raw: string): ValidationResult | null {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return null;
  const intl = raw.startsWith('+') ? raw.replace(/\(0\)/, '').replace(/\D/g, '') : digits.startsWith('00') ? digits.slice(2) : '';
  if (intl) {
    const country = validInternational(intl);
    if (country) return { valid: true, score: 0.85, note: `valid ${country} number` };
    return fictional(digits) ? { valid: true, score: 0.75, note: 'fictional range' } : null;
  }
  if (digits.startsWith('0')) {
    const nsn = digits.slice(1);
    for (const t of TRUNK) {
      if (!TRUNK_COUNTRIES.includes(t.country) || !t.lengths.includes(nsn.length)) continue;
      // Through the calling code: a UK-written 07911 number may be Guernsey's (+44 is shared). French, Belgian and
      // Swiss numbers must also be written in their plan's groups.
      const country = validInternational(t.cc + nsn);
      if (country && groupingFitsCountry(raw, t.country, `+${t.cc}${nsn}`)) {
        return { valid: true, score: 0.85, note: `valid ${country} number` };
      }
    }
    return fictional(digits) ? { valid: true, score: 0.75, note: 'fictional range' } : null;
  }
  const nanp = digits.length === 10 ? '1' + digits : digits.length === 11 && digits.startsWith('1') ? digits : '';
  const country = nanp ? validInternational(nanp) : undefined;
  if (country) return { valid: true, score: 0.8, note: `valid ${country} number` };
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
    // Only a run longer than any national number can be "a number followed by another number" worth trimming.
    if (v.replace(/\D/g, '').length <= (v.startsWith('+') || v.startsWith('00') ? 13 : 10)) break;
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
  // Dotted quads are IP addresses (their own recognizer), not phone numbers.
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(value)) return { valid: false };
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
    en: ['phone', 'tel', 'telephone', 'mobile', 'mob', 'cell', 'fax', 'desk', 'call me on', 'call me at', 'reach me at', 'reach me on', 'text me', 'whatsapp', 'ring me', 'messages to', 'answering at'],
  },
  contextWindow: 25,
  // Signature and contact-sheet writings put the kind of line after the number: "655 437 108 office".
  contextAfterWindow: 12,
  contextAfter: {
    fr: ['tél', 'tel', 'portable', 'mobile', 'fixe', 'fax', 'bureau', 'domicile', 'perso', 'standard'],
    en: ['phone', 'tel', 'mobile', 'cell', 'fax', 'office', 'home', 'work', 'desk'],
  },
  contextBoost: 0.35,
  negativeContext: {
    fr: ['commande', 'facture', 'réf', 'référence', 'dossier', 'série', 'siret', 'siren', 'iban', 'client', 'adhérent', 'contrat', 'matricule', 'ticket'],
    en: ['order', 'invoice', 'ref', 'reference', 'part no', 'serial', 'tracking', 'iban', 'account no', 'customer no', 'policy no', 'employee', 'ticket', 'case'],
  },
  negativeWindow: 25,
  negativePenalty: 0.5,
});
