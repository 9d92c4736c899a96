/**
 * Generators of synthetic identifiers with valid check digits, and of look-alikes that differ by one check digit
 * (for tests and the identifier bench). Seeded, so every run produces the same values.
 */
import { esDniLetter, ibanCheckDigits, itCfCheckChar, luhnCheckDigit, mod97, nirKey, ribKey } from '../checksums.js';
import { IBAN_LENGTHS } from './intl/iban.js';
import { seededRandom as rng } from '../../core/random.js';

export { rng };

export class Gen {
  private readonly r: () => number;
  constructor(seed = 42) { this.r = rng(seed); }
  int(lo: number, hi: number): number { return lo + Math.floor(this.r() * (hi - lo + 1)); }
  digits(n: number): string { let s = ''; for (let i = 0; i < n; i++) s += String(this.int(0, 9)); return s; }
  pad(n: number, w: number): string { return String(n).padStart(w, '0'); }
  pick<T>(xs: readonly T[]): T { return xs[this.int(0, xs.length - 1)] as T; }
  letters(n: number): string { let s = ''; for (let i = 0; i < n; i++) s += String.fromCharCode(65 + this.int(0, 25)); return s; }

  /** French IBAN with a valid RIB key and valid IBAN check digits. */
  ibanFr(country = 'FR'): string {
    const bank = this.digits(5), branch = this.digits(5), account = this.digits(11);
    const bban = bank + branch + account + ribKey(bank, branch, account);
    return country + ibanCheckDigits(country, bban) + bban;
  }
  /** IBAN for another country: random digits of the right length, valid check digits. */
  iban(country: string): string {
    if (country === 'FR' || country === 'MC') return this.ibanFr(country);
    const len = IBAN_LENGTHS[country];
    if (!len) throw new Error(`no IBAN length for ${country}`);
    const bban = this.digits(len - 4);
    return country + ibanCheckDigits(country, bban) + bban;
  }
  card(kind: 'visa' | 'mastercard' | 'mastercard2' | 'amex' | 'discover' | 'jcb' | 'diners'): string {
    const spec: Record<typeof kind, [string, number]> = {
      visa: ['4' + this.digits(5), 16], mastercard: [String(this.int(51, 55)) + this.digits(4), 16],
      mastercard2: [String(this.int(2221, 2720)) + this.digits(2), 16], amex: [this.pick(['34', '37']) + this.digits(4), 15],
      discover: ['6011' + this.digits(2), 16], jcb: [String(this.int(3528, 3589)) + this.digits(2), 16], diners: ['36' + this.digits(4), 14],
    };
    const [prefix, len] = spec[kind];
    const body = prefix + this.digits(len - 1 - prefix.length);
    return body + luhnCheckDigit(body);
  }
  nir(): string {
    const dept = this.pick(['75', '69', '13', '2A', '2B', '33', '59', '97']);
    const commune = dept === '97' ? String(this.int(1, 4)) + this.pad(this.int(1, 99), 2) : this.pad(this.int(1, 999), 3);
    const base = String(this.int(1, 2)) + this.pad(this.int(0, 99), 2) + this.pad(this.int(1, 12), 2) + dept + commune + this.pad(this.int(1, 999), 3);
    return base + nirKey(base);
  }
  siren(): string { const b = this.int(1, 9) + this.digits(7); return b + luhnCheckDigit(b); }
  siret(): string { const b = this.siren() + this.digits(4); return b + luhnCheckDigit(b); }
  dni(): string { const n = this.pad(this.int(10_000_000, 99_999_999), 8); return n + esDniLetter(n); }
  nie(): string { const p = this.int(0, 2); const n = this.pad(this.int(0, 9_999_999), 7); return 'XYZ'[p] + n + esDniLetter(String(p) + n); }
  codiceFiscale(): string {
    const months = 'ABCDEHLMPRST';
    const base = this.letters(6) + this.pad(this.int(0, 99), 2) + months[this.int(0, 11)] + this.pad(this.int(1, 71), 2) + this.letters(1) + this.pad(this.int(1, 999), 3);
    return base + itCfCheckChar(base);
  }
  beNrn(after2000 = false): string {
    const body = this.pad(this.int(0, 99), 2) + this.pad(this.int(1, 12), 2) + this.pad(this.int(1, 28), 2) + this.pad(this.int(1, 997), 3);
    const cc = 97 - mod97((after2000 ? '2' : '') + body);
    return body + this.pad(cc, 2);
  }
}

/** The same value with its last check character changed (digit +1 mod 10, or the next letter). */
export function breakCheck(v: string): string {
  const last = v[v.length - 1] as string;
  const repl = /\d/.test(last) ? String((Number(last) + 1) % 10) : String.fromCharCode(((last.charCodeAt(0) - 65 + 1) % 26) + 65);
  return v.slice(0, -1) + repl;
}

/** A French IBAN whose IBAN check digits are valid but whose RIB key is wrong (caught only by the RIB check). */
export function badRibIban(g: Gen): string {
  const bank = g.digits(5), branch = g.digits(5), account = g.digits(11);
  const key = ribKey(bank, branch, account);
  const wrong = String((Number(key) % 97) + 1).padStart(2, '0');
  const bban = bank + branch + account + wrong;
  return 'FR' + ibanCheckDigits('FR', bban) + bban;
}

/** Groups of 4 with spaces (IBAN and card writing). */
export function group4(v: string): string {
  return v.replace(/(.{4})(?=.)/g, '$1 ');
}
