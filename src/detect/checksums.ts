/**
 * Check-digit algorithms for the identifiers Tamis recognises (and that transforms must generate valid).
 * Written here because no maintained npm package covers the French ones (NIR, RIB, SIREN/SIRET with the La Poste
 * exception) together with the generic ones; each function links its specification.
 */

/** Luhn (ISO/IEC 7812-1) over a string of digits. https://en.wikipedia.org/wiki/Luhn_algorithm */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  return luhnSum(digits) % 10 === 0;
}

function luhnSum(digits: string): number {
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
    dbl = !dbl;
  }
  return sum;
}

/** The digit to append to `partial` so that the whole passes Luhn. */
export function luhnCheckDigit(partial: string): string {
  const s = luhnSum(partial + '0');
  return String((10 - (s % 10)) % 10);
}

/** n mod 97 for an arbitrarily long decimal string (chunked; no BigInt needed). */
export function mod97(digits: string): number {
  let r = 0;
  for (let i = 0; i < digits.length; i += 7) r = Number(String(r) + digits.slice(i, i + 7)) % 97;
  return r;
}

/** IBAN letters to digits (A=10 ... Z=35), per ISO 13616. */
function ibanToDigits(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out += c >= 65 && c <= 90 ? String(c - 55) : ch;
  }
  return out;
}

/** ISO 13616 IBAN check: move the first 4 chars to the end, letters to numbers, mod 97 == 1. Input without spaces. */
export function ibanValid(iban: string): boolean {
  const s = iban.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(s)) return false;
  return mod97(ibanToDigits(s.slice(4) + s.slice(0, 4))) === 1;
}

/** The two IBAN check digits for a country code and BBAN. */
export function ibanCheckDigits(country: string, bban: string): string {
  const r = mod97(ibanToDigits(bban.toUpperCase() + country.toUpperCase() + '00'));
  return String(98 - r).padStart(2, '0');
}

/**
 * French RIB key: 97 - ((89*bank + 15*branch + 3*account) mod 97), letters of the account mapped by the Banque de
 * France table (A,J=1 B,K,S=2 ... I,R,Z=9).
 */
export function ribKey(bank: string, branch: string, account: string): string {
  const conv = (s: string) => s.toUpperCase().replace(/[A-Z]/g, (ch) => String(RIB_LETTERS[ch] ?? 0));
  const b = Number(conv(bank)) % 97;
  const g = Number(conv(branch)) % 97;
  const a = mod97(conv(account));
  const key = 97 - ((89 * b + 15 * g + 3 * a) % 97);
  return String(key).padStart(2, '0');
}
const RIB_LETTERS: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, I: 9, J: 1, K: 2, L: 3, M: 4, N: 5, O: 6, P: 7, Q: 8, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};

/**
 * French NIR (numéro de sécurité sociale) key: 97 - (number mod 97), where Corsica's 2A/2B department codes count
 * as 19 and 18 after subtracting 1,000,000 / 2,000,000 (i.e. 2A -> 19, 2B -> 18 in the 13-digit number).
 * https://fr.wikipedia.org/wiki/Numéro_de_sécurité_sociale_en_France
 */
export function nirKey(nir13: string): string {
  const s = nir13.toUpperCase();
  let digits = s;
  if (s.slice(5, 7) === '2A') digits = s.slice(0, 5) + '19' + s.slice(7);
  else if (s.slice(5, 7) === '2B') digits = s.slice(0, 5) + '18' + s.slice(7);
  if (!/^\d{13}$/.test(digits)) return '';
  return String(97 - mod97(digits)).padStart(2, '0');
}

/** SIREN (9 digits) validity: Luhn. */
export function sirenValid(siren: string): boolean {
  return /^\d{9}$/.test(siren) && luhnValid(siren);
}

/**
 * SIRET (14 digits) validity: Luhn, except La Poste (SIREN 356000000) whose establishments use
 * "sum of digits is a multiple of 5" instead (INSEE rule).
 */
export function siretValid(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith('356000000')) {
    if (siret === '35600000000048') return true; // La Poste head office, which does pass Luhn
    let sum = 0;
    for (const ch of siret) sum += ch.charCodeAt(0) - 48;
    return sum % 5 === 0;
  }
  return luhnValid(siret);
}

/**
 * Spanish DNI / NIE check letter: number mod 23 indexes "TRWAGMYFPDXBNJZSQVHLCKE"; an NIE's leading X/Y/Z counts
 * as 0/1/2. https://www.interior.gob.es/opencms/es/servicios-al-ciudadano/tramites-y-gestiones/dni/calculo-del-digito-de-control-del-nif-nie/
 */
export function esDniLetter(number8: string): string {
  if (!/^\d{8}$/.test(number8)) return '';
  return DNI_LETTERS[Number(number8) % 23] ?? '';
}
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Validates a DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter), without separators. */
export function esDniValid(id: string): boolean {
  const s = id.toUpperCase();
  let m = /^(\d{8})([A-Z])$/.exec(s);
  if (m) return esDniLetter(m[1] as string) === m[2];
  m = /^([XYZ])(\d{7})([A-Z])$/.exec(s);
  if (m) return esDniLetter(String('XYZ'.indexOf(m[1] as string)) + m[2]) === m[3];
  return false;
}

/**
 * Italian codice fiscale check character (16th): odd positions (1st, 3rd...) through a fixed table, even positions
 * by value, sum mod 26 as a letter. https://it.wikipedia.org/wiki/Codice_fiscale#Carattere_di_controllo
 */
export function itCfCheckChar(first15: string): string {
  const s = first15.toUpperCase();
  if (!/^[A-Z0-9]{15}$/.test(s)) return '';
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = s[i] as string;
    const v = /\d/.test(ch) ? ch.charCodeAt(0) - 48 : ch.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? (CF_ODD[v] as number) : v;
  }
  return String.fromCharCode(65 + (sum % 26));
}
// Values for odd positions, indexed by 0-9 (digits) or A-Z (letters): they share the table.
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

export function itCfValid(cf: string): boolean {
  const s = cf.toUpperCase();
  return s.length === 16 && itCfCheckChar(s.slice(0, 15)) === s[15];
}

/**
 * Belgian national register number (11 digits YYMMDD SSS CC): CC = 97 - (first 9 digits mod 97), or, for people
 * born from 2000, 97 - ((2 followed by the 9 digits) mod 97). https://fr.wikipedia.org/wiki/Numéro_de_registre_national
 * Returns the birth century that validates ('19' | '20') or null.
 */
export function beNrnCentury(nrn11: string): '19' | '20' | null {
  if (!/^\d{11}$/.test(nrn11)) return null;
  const body = nrn11.slice(0, 9);
  const cc = Number(nrn11.slice(9));
  if (97 - mod97(body) === cc) return '19';
  if (97 - mod97('2' + body) === cc) return '20';
  return null;
}

/** Full NIR (15 chars incl. key, Corsica 2A/2B allowed) validity of the key alone. */
export function nirValid(nir15: string): boolean {
  const s = nir15.toUpperCase();
  if (s.length !== 15) return false;
  const key = nirKey(s.slice(0, 13));
  return key !== '' && key === s.slice(13);
}
