import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ibanCheckDigits, ibanValid, luhnCheckDigit, luhnValid, nirKey, ribKey, siretValid, sirenValid } from './checksums.js';

test('Luhn accepts a known test card number and rejects a one-digit change', () => {
  assert.ok(luhnValid('4111111111111111'));
  assert.ok(!luhnValid('4111111111111112'));
  assert.equal(luhnCheckDigit('411111111111111'), '1');
});

test('IBAN: published example validates, a changed digit fails, check digits recomputed', () => {
  assert.ok(ibanValid('GB82WEST12345698765432'));
  assert.ok(!ibanValid('GB82WEST12345698765433'));
  assert.equal(ibanCheckDigits('GB', 'WEST12345698765432'), '82');
  assert.ok(ibanValid('FR1420041010050500013M02606'));
});

test('RIB key of the French IBAN example', () => {
  // FR14 2004 1010 0505 0001 3M02 606: bank 20041, branch 01005, account 0500013M026, key 06
  assert.equal(ribKey('20041', '01005', '0500013M026'), '06');
});

test('NIR key, including Corsica', () => {
  const base = '1850578006084';
  const key = nirKey(base);
  assert.equal(key, String(97 - (Number(base) % 97)).padStart(2, '0'));
  assert.equal(nirKey('18505' + '2A' + '006084').length, 2);
  assert.equal(nirKey('185052A006084'), String(97 - (Number('1850519006084') % 97)).padStart(2, '0'));
});

test('SIREN/SIRET with the La Poste exception', () => {
  assert.ok(sirenValid('732829320'));
  assert.ok(!sirenValid('732829321'));
  assert.ok(siretValid('73282932000074'));
  assert.ok(siretValid('35600000000048'));
  assert.ok(siretValid('35600000049837')); // digit sum 50
  assert.ok(!siretValid('35600000049838'));
});
