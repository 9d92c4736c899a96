/**
 * FR_NIR: French social security number (numéro d'inscription au répertoire, "numéro de sécurité sociale"):
 * sex (1/2; 3/4/7/8 for temporary numbers), year, month (01-12, 20-42 and 50-99 for unknown/fictitious months),
 * department (01-95 incl. 2A/2B, 96, overseas 97x/98x with a 2-digit commune, 99 for born abroad), commune, order
 * number, key = 97 - (13-digit number mod 97) with 2A/2B counted as 19/18. Written unspaced or as `1 85 05 78 006 084 36`.
 * Spec: https://www.ameli.fr/ ; INSEE https://www.insee.fr/fr/metadonnees/definition/c1409 ;
 * https://fr.wikipedia.org/wiki/Numéro_de_sécurité_sociale_en_France
 */
import { nirKey } from '../../checksums.js';
import { hasDigitRun } from '../../digit-runs.js';
import { PatternRecognizer, type ValidationResult } from '../../recognizer.js';

const S = '[ .\\-\\u00a0]?';
// sex, year, month, department (2 chars, 2A/2B), commune+order (6 digits, may be split 3-3), key.
const NIR_RE = new RegExp(
  `[1-478](?<!(?:[\\w.,/-]|\\d[ .-])[1-478])${S}\\d{2}${S}\\d{2}${S}(?:\\d{2}|2[ABab])${S}\\d{3}${S}\\d{3}${S}\\d{2}(?![\\w]|[ .-]\\d)`,
  'g',
);

export function validateNir(value: string): ValidationResult {
  const s = value.replace(/[ .\-\u00a0]/g, '').toUpperCase();
  if (s.length !== 15) return { valid: false };
  // Separators, when present, must follow the official grouping 1-2-2-2-3-3-2.
  const groups = value.split(/[ .\-\u00a0]/);
  if (groups.length > 1 && groups.map((g) => g.length).join('-') !== '1-2-2-2-3-3-2') return { valid: false };
  const month = Number(s.slice(3, 5));
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50)) return { valid: false };
  const dept = s.slice(5, 7);
  if (dept === '00') return { valid: false };
  const commune = dept === '97' || dept === '98' ? s.slice(8, 10) : s.slice(7, 10);
  if (Number(commune) === 0) return { valid: false };
  if (Number(s.slice(10, 13)) === 0) return { valid: false }; // order number 001-999
  if (nirKey(s.slice(0, 13)) !== s.slice(13)) return { valid: false };
  const temporary = /^[3478]/.test(s);
  return { valid: true, score: 0.95, note: `NIR key valid${temporary ? ' (temporary number)' : ''}` };
}

export const frNirRecognizer = new PatternRecognizer({
  name: 'fr-nir',
  type: 'FR_NIR',
  // Every NIR holds a group of 3 digits: answered from the shared digit-run index.
  prefilter: (t) => hasDigitRun(t, 3),
  patterns: [{ name: 'nir', regex: NIR_RE, score: 0.5 }],
  validate: (value) => validateNir(value),
  context: {
    fr: ['nir', 'sécurité sociale', 'securite sociale', 'sécu', 'insee', 'carte vitale', 'assuré', 'immatriculation'],
    en: ['social security', 'nir', 'insee', 'carte vitale'],
  },
  contextBoost: 0.05,
});
