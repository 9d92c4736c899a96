import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectCases } from '../contract.test-helper.js';
import { breakCheck, Gen } from '../lookalikes.test-helper.js';
import { validateNir, frNirRecognizer } from './nir.js';

const g = new Gen(3);
const a = g.nir();
const spaced = (n: string) => `${n[0]} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7, 10)} ${n.slice(10, 13)} ${n.slice(13)}`;
const b = g.nir();
expectCases(
  frNirRecognizer,
  [
    [`NIR ${a}`, a],
    [`n° de sécurité sociale : ${spaced(b)}`, spaced(b)],
    [`social security number ${b}`, b],
  ],
  [`NIR ${breakCheck(a)}`, `NIR ${spaced(breakCheck(b))}`, 'ref 123456789012345', 'n° 5 85 05 75 006 084 12', `code ${a}7`],
);

test('NIR: Corsica 2A/2B, overseas and temporary numbers validate; bad months and departments do not', () => {
  const withKey = (base: string) => {
    const digits = base.replace('2A', '19').replace('2B', '18');
    return base + String(97 - Number(BigInt(digits) % 97n)).padStart(2, '0');
  };
  assert.equal(validateNir(withKey('185052A006084')).valid, true);
  assert.equal(validateNir(withKey('285052B123045')).valid, true);
  assert.equal(validateNir(withKey('1850597411045')).valid, true); // overseas 974
  assert.equal(validateNir(withKey('3850575006084')).valid, true); // temporary
  assert.equal(validateNir(withKey('1851375006084')).valid, false); // month 13
  assert.equal(validateNir(withKey('1850500006084')).valid, false); // department 00
  assert.equal(validateNir(withKey('1850575000084')).valid, false); // commune 000
  assert.equal(validateNir(withKey('1850575006000')).valid, false); // order 000
});
