/**
 * LICENSE_PLATE: French plates. SIV (since 2009) `AB-123-CD`: letters exclude I, O and U, the blocks SS and WW (WW is
 * the temporary series) are not issued as the first block, 000 is never issued. FNI (before 2009) `1234 AB 56`:
 * 1-4 digits, 1-3 letters, department (01-95, 2A/2B, 971-976).
 * The dashed SIV form is distinctive; spaced/unseparated SIV and every FNI need a context word.
 * Spec: arrêté du 9 février 2009 (SIV) ; https://fr.wikipedia.org/wiki/Plaque_d'immatriculation_en_France
 */
import { PatternRecognizer, type ValidationResult } from '../../recognizer.js';

const L = '[A-HJ-NP-TV-Z]';
const CONTEXT = {
  fr: ['immatriculation', 'immatriculé', 'immatriculée', 'plaque', 'véhicule', 'voiture', 'moto', 'camion', 'scooter', 'carte grise', 'stationné', 'garé'],
  en: ['licence plate', 'license plate', 'registration', 'number plate', 'vehicle'],
};

// Strong words only: "car" or "voiture" alone occur in too many documents to gate a scan.
const PLATE_WORD = /immatricul|[Pp]laque|carte grise|[Pp]late|[Rr]egistration/;
function hasPlateWord(t: string): boolean {
  return PLATE_WORD.test(t);
}

function sivValid(v: string): ValidationResult {
  const s = v.replace(/[ -]/g, '');
  if (s.slice(0, 2) === 'SS' || s.slice(0, 2) === 'WW' || s.slice(2, 5) === '000') return { valid: false };
  return { valid: true, subtype: 'FR_SIV', note: 'SIV series rules' };
}

function fniValid(v: string): ValidationResult {
  const m = /^(\d{1,4})[ -]([A-Z]{1,3})[ -](\d{2,3}|2[AB])$/.exec(v);
  if (!m) return { valid: false };
  const dept = m[3] as string;
  const n = Number(dept);
  if (dept.length === 3 ? !(n >= 971 && n <= 976) : !(/^2[AB]$/.test(dept) || (n >= 1 && n <= 95))) return { valid: false };
  if (/^0+$/.test(m[1] as string)) return { valid: false };
  return { valid: true, subtype: 'FR_FNI', note: 'FNI department valid' };
}

export const frLicensePlateRecognizer = new PatternRecognizer({
  name: 'fr-license-plate',
  type: 'LICENSE_PLATE',
  patterns: [
    { name: 'siv-dashed', regex: new RegExp(`${L}(?<![\\w-]${L})${L}-\\d{3}-${L}{2}(?![\\w]|-\\w)`, 'g'), score: 0.75 },
    // Spaced/unseparated SIV and FNI plates need a context word: one scan for both, skipped in documents without one.
    {
      name: 'plate-needs-context',
      prefilter: hasPlateWord,
      regex: new RegExp(`${L}(?<![\\w-]${L})${L} ?\\d{3} ?${L}{2}(?![\\w])|\\d(?<![\\w-]\\d)\\d{0,3}[ -][A-Z]{1,3}[ -](?:97[1-6]|\\d{2}|2[AB])(?![\\w])`, 'g'),
      score: 0.3,
    },
  ],
  validate: (v) => (/^\d/.test(v) ? fniValid(v) : sivValid(v)),
  context: CONTEXT,
  contextWindow: 50,
  contextBoost: 0.45,
});
