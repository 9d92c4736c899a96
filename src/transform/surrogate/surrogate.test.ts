import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { ibanValid, luhnValid, nirKey, siretValid, sirenValid, ibanCheckDigits, luhnCheckDigit } from '../../detect/checksums.js';
import { testKey } from '../testing.js';
import { parsePhone, phoneParts, surrogateEmail, surrogateIp, surrogateMac, surrogatePhone } from './contact.js';
import { parseDate, shiftDate } from './dates.js';
import { surrogateCard, surrogateIban, surrogateNir, surrogateSiren, surrogateSiret } from './ids.js';
import { firstNameInfo, surrogateFirst, surrogateLast } from './names.js';
import { surrogateAddress } from './places.js';

const key = testKey();
const digits = (s: string) => s.replace(/\D/g, '');

/** Random valid identifiers, generated the way real ones are checked. */
const arbIban = fc.tuple(fc.constantFrom('FR', 'DE', 'ES', 'GB'), fc.stringMatching(/^[0-9]{18,22}$/)).map(([c, b]) => c + ibanCheckDigits(c, b) + b);
const arbCard = fc.stringMatching(/^[3-6][0-9]{14}$/).map((p) => p + luhnCheckDigit(p));
const arbNir = fc.tuple(fc.constantFrom('1', '2'), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 95 }), fc.integer({ min: 1, max: 990 }), fc.integer({ min: 1, max: 999 }))
  .map(([s, y, m, d, c, o]) => { const n = `${s}${String(y).padStart(2, '0')}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(c).padStart(3, '0')}${String(o).padStart(3, '0')}`; return n + nirKey(n); });
const arbSiret = fc.stringMatching(/^[1-9][0-9]{12}$/).map((p) => p + luhnCheckDigit(p));

test('surrogate IBAN, card, NIR, SIREN, SIRET pass their checksums, differ from the original, keep the written form', () => {
  fc.assert(fc.property(arbIban, (iban) => {
    const s = surrogateIban(key, iban);
    assert.ok(ibanValid(s), s);
    assert.notEqual(s, iban);
    assert.equal(s.slice(0, 2), iban.slice(0, 2));
    if (iban.startsWith('FR')) assert.equal(s.slice(4, 14), '9999999999');
  }), { numRuns: 200 });
  fc.assert(fc.property(arbCard, (card) => {
    const s = surrogateCard(key, card);
    assert.ok(luhnValid(s), s);
    assert.equal(s.length, card.length);
    assert.notEqual(s, card);
  }), { numRuns: 200 });
  fc.assert(fc.property(arbNir, (nir) => {
    const s = surrogateNir(key, nir);
    assert.equal(s.length, 15);
    assert.equal(nirKey(s.slice(0, 13)), s.slice(13));
    assert.equal(s.slice(7, 10), '000');
    assert.equal(s[0], nir[0]);
  }), { numRuns: 200 });
  fc.assert(fc.property(arbSiret, (siret) => {
    const s = surrogateSiret(key, siret);
    assert.ok(siretValid(s) && sirenValid(s.slice(0, 9)), s);
    assert.equal(surrogateSiren(key, siret.slice(0, 9)), s.slice(0, 9), 'a SIRET and its SIREN stay linked');
  }), { numRuns: 200 });
  assert.equal(surrogateIban(key, 'FR76 3000 6000 0112 3456 7890 189').replace(/\S/g, 'x'), 'xxxx xxxx xxxx xxxx xxxx xxxx xxx');
  assert.match(surrogateCard(key, '4656-1065-1747-3710'), /^4242-42\d\d-\d{4}-\d{4}$/);
  assert.match(surrogateNir(key, '2 53 02 14 270 973 09'), /^2 \d\d \d\d \d\d 000 \d{3} \d\d$/);
});

test('surrogate names: never the original, same gender and language, case kept', () => {
  for (const n of ['Marie', 'Jean', 'Nadège', 'Emily', 'James', 'Léa', 'Thibault']) {
    const s = surrogateFirst(key, n, 'fr');
    assert.notEqual(s.toLowerCase(), n.toLowerCase());
    const a = firstNameInfo(n)!;
    const b = firstNameInfo(s)!;
    assert.ok(b, `${s} should be a known first name`);
    if (a.gender !== 'x') assert.equal(b.gender === 'x' ? a.gender : b.gender, a.gender, `${n} -> ${s}`);
  }
  assert.equal(surrogateLast(key, 'DUBOIS', 'fr'), surrogateLast(key, 'Dubois', 'fr').toUpperCase());
  assert.match(surrogateFirst(key, 'marie', 'fr'), /^\p{Ll}+$/u);
  fc.assert(fc.property(fc.stringMatching(/^[A-Z][a-z]{1,9}$/), (w) => {
    assert.notEqual(surrogateLast(key, w, 'en').toLowerCase(), w.toLowerCase());
  }), { numRuns: 300 });
});

test('surrogate phones: same country and written form, drawn from the fiction ranges', () => {
  const fr = surrogatePhone(key, '06.71.29.84.05', 'fr');
  assert.match(fr, /^06\.39\.98\.\d\d\.\d\d$/);
  assert.match(surrogatePhone(key, '04 72 18 63 40', 'fr'), /^04 65 71 \d\d \d\d$/);
  assert.match(surrogatePhone(key, '+33 1 42 68 53 00', 'fr'), /^\+33 1 99 00 \d\d \d\d$/);
  assert.match(surrogatePhone(key, '07700 123456', 'en'), /^07700 900\d{3}$/);
  assert.match(surrogatePhone(key, '020 7123 4567', 'en'), /^020 7946 0\d{3}$/);
  assert.match(surrogatePhone(key, '(212) 736-4021', 'en'), /^\(212\) 555-01\d\d$/);
  const p = parsePhoneNumberFromString(surrogatePhone(key, '+33 6 84 15 72 09', 'fr'));
  assert.equal(p?.country, 'FR');
});

test('surrogate e-mails are built from the surrogate name; public webmail domains kept, others example.*', () => {
  const e = surrogateEmail(key, 'marie.dubois@acme-corp.fr', 'fr', { first: ['marie'], last: ['dubois'] });
  const first = surrogateFirst(key, 'marie', 'fr').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  const last = surrogateLast(key, 'dubois', 'fr').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  assert.equal(e, `${first}.${last}@${e.split('@')[1]}`);
  assert.match(e, /@example\.(com|org|net)$/);
  assert.match(surrogateEmail(key, 'contact.jdupont75@gmail.com', 'fr'), /^contact\.[a-z]+\d\d@gmail\.com$/);
});

test('surrogate network identifiers come from documentation ranges', () => {
  assert.match(surrogateIp(key, '90.12.177.54'), /^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$/);
  assert.match(surrogateIp(key, '2a01:e0a:3b1:a7d0::1'), /^2001:db8:/);
  assert.match(surrogateMac(key, 'a4:5e:60:d2:11:0f'), /^00:00:5e:00:53:[0-9a-f]{2}$/);
});

test('dates: parsed in French and English forms, shifted, written back in the same form', () => {
  const cases: [string, number, string][] = [
    ['14/03/1985', 10, '24/03/1985'], ['1958-07-21', -21, '1958-06-30'], ['9 février 1979', 30, '11 mars 1979'],
    ['March 3, 1990', 1, 'March 4, 1990'], ['1er mars 1990', -1, '28 février 1990'], ['3 Nov. 1985', 30, '3 Dec. 1985'],
  ];
  for (const [v, d, want] of cases) assert.equal(shiftDate(parseDate(v)!, d), want, v);
  assert.equal(parseDate('not a date'), undefined);
});

test('addresses keep postcode and city, change number and street', () => {
  const s = surrogateAddress(key, '12 rue des Lilas, 69003 Lyon', 'fr');
  assert.match(s, /^\d+ .+, 69003 Lyon$/);
  assert.doesNotMatch(s, /Lilas/);
  const uk = surrogateAddress(key, '221B Baker Street, London NW1 6XE', 'en');
  assert.match(uk, /, London NW1 \d[A-Z]{2}$/);
  assert.doesNotMatch(uk, /Baker/);
  assert.ok(digits(s).length > 0);
});

test('French national numbers in English text: the direct reading equals libphonenumber\'s', () => {
  let x = 99;
  const rnd = (n: number) => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return x % n; };
  let direct = 0;
  for (const lead of ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']) {
    for (const sep of ['', ' ', '.', '-', ' .']) {
      for (let k = 0; k < 300; k++) {
        const d = `0${lead}${String(rnd(100_000_000)).padStart(8, '0')}`;
        const value = sep === ' .' ? `${d.slice(0, 2)} ${d.slice(2, 4)}.${d.slice(4)}` : d.replace(/(\d\d)(?=\d)/g, `$1${sep}`);
        const p = parsePhone(value, 'en');
        const slow = p ? { country: p.country, nsn: String(p.nationalNumber) } : undefined;
        assert.deepEqual(phoneParts(value, 'en'), slow, value);
        if (/^0[2-79]/.test(d) && sep !== ' .') direct++;
      }
    }
  }
  assert.equal(direct, 7 * 4 * 300);
});
