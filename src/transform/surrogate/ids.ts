/**
 * Identifier surrogates with valid check digits (src/detect/checksums.ts), drawn where possible from ranges that
 * cannot belong to a real person or account (docs/pseudonymise.md, "Fictitious ranges"):
 *  - cards: the issuers' published test BINs (424242 Visa, 555555 Mastercard, 378282 Amex, 601111 Discover);
 *  - French IBAN/RIB: bank code 99999 and branch 99999, outside the codes the Banque de France allocates;
 *  - NIR: commune code 000, which the INSEE commune codes (001-999) never use, so no birth registration has it;
 *  - SIREN/SIRET: the 000 prefix block (no documented reserved range exists; see the docs).
 * The written form (spaces, dashes, case) of the original is kept.
 */
import { ibanCheckDigits, luhnCheckDigit, nirKey, ribKey } from '../../detect/checksums.js';
import type { ProjectKey } from '../keys.js';
import { alnumOnly, fillDigits, fillTemplate } from '../text-case.js';
import { differentFrom, reshape, rngFor } from './rng.js';

function keepForm(original: string, chars: string): string {
  const filled = fillTemplate(original, original === original.toLowerCase() ? chars.toLowerCase() : chars);
  return filled ?? chars;
}

export function surrogateIban(key: ProjectKey, value: string): string {
  const raw = alnumOnly(value).toUpperCase();
  const country = raw.slice(0, 2);
  const bban = raw.slice(4);
  return differentFrom(value, (a) => {
    const rng = rngFor(key, `iban${a}`, raw);
    let newBban: string;
    if (country === 'FR' || country === 'MC') {
      const account = rng.digits(11);
      newBban = '99999' + '99999' + account + ribKey('99999', '99999', account);
    } else {
      newBban = [...bban].map((c) => (/\d/.test(c) ? rng.digit() : rng.pick([...'ABCDEFGHIJKLMNOPQRSTUVWXYZ']))).join('');
    }
    const iban = country + ibanCheckDigits(country, newBban) + newBban;
    return keepForm(value, iban);
  });
}

const TEST_BINS: Record<string, string> = { '4': '424242', '5': '555555', '2': '555555', '3': '378282', '6': '601111' };

export function surrogateCard(key: ProjectKey, value: string): string {
  const raw = value.replace(/\D/g, '');
  const bin = TEST_BINS[raw[0] ?? '4'] ?? '424242';
  return differentFrom(value, (a) => {
    const rng = rngFor(key, `card${a}`, raw);
    const len = Math.max(raw.length, 13);
    const body = bin + rng.digits(len - bin.length - 1);
    return keepDigitsForm(value, body + luhnCheckDigit(body));
  });
}

function keepDigitsForm(template: string, digits: string): string {
  return fillDigits(template, digits) ?? digits;
}

/** NIR: sex kept (it is in the text's grammar anyway), birth year/month/department drawn, commune 000, order drawn. */
export function surrogateNir(key: ProjectKey, value: string): string {
  const raw = alnumOnly(value).toUpperCase();
  return differentFrom(value, (a) => {
    const rng = rngFor(key, `nir${a}`, raw);
    const sex = raw[0] === '2' ? '2' : '1';
    const yy = rng.digits(2);
    const mm = String(1 + rng.int(12)).padStart(2, '0');
    let dep = String(1 + rng.int(95)).padStart(2, '0');
    if (dep === '20') dep = '21';
    const nir13 = sex + yy + mm + dep + '000' + String(1 + rng.int(999)).padStart(3, '0');
    return keepForm(value, nir13 + nirKey(nir13));
  });
}

/** SIREN from the 000 block; keyed on the SIREN so a SIRET and its SIREN stay linked. */
export function surrogateSirenDigits(key: ProjectKey, siren: string): string {
  return differentFrom(siren, (a) => {
    const body = '000' + rngFor(key, `siren${a}`, siren).digits(5);
    return body + luhnCheckDigit(body);
  });
}

export function surrogateSiren(key: ProjectKey, value: string): string {
  return keepDigitsForm(value, surrogateSirenDigits(key, value.replace(/\D/g, '')));
}

export function surrogateSiret(key: ProjectKey, value: string): string {
  const raw = value.replace(/\D/g, '');
  const siren = surrogateSirenDigits(key, raw.slice(0, 9));
  const body = siren + rngFor(key, 'nic', raw).digits(4);
  return keepDigitsForm(value, body + luhnCheckDigit(body));
}

/** Other identifiers (national ids, plates, credentials): same shape, other characters. */
export function surrogateShape(key: ProjectKey, kind: string, value: string): string {
  return differentFrom(value, (a) => reshape(value, rngFor(key, `${kind}${a}`, value)));
}
