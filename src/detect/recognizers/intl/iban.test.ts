import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectCases, reported } from '../contract.test-helper.js';
import { badRibIban, breakCheck, Gen, group4 } from '../lookalikes.test-helper.js';
import { IBAN_LENGTHS, ibanRecognizer, validateIban } from './iban.js';

const g = new Gen(1);
const fr = g.ibanFr();
const de = g.iban('DE');
expectCases(
  ibanRecognizer,
  [
    [`IBAN : ${fr}`, fr],
    [`Virement sur ${group4(fr)} – BIC AGRIFRPP`, group4(fr)],
    [`please pay ${group4(de)} BIC DEUTDEFF`, group4(de)],
    ['published example GB82 WEST 1234 5698 7654 32.', 'GB82 WEST 1234 5698 7654 32'],
    ['my iban is gb82west12345698765432 thanks', 'gb82west12345698765432'],
  ],
  [`IBAN ${breakCheck(fr)}`, `IBAN ${badRibIban(g)}`, 'code FR12 ABCD', 'ref FR7612345', 'GB82 WEST 1234 5698 7654 33', 'mixed Gb82West12345698765432'],
);

test('IBAN: every country has a length and the length is enforced', () => {
  assert.ok(Object.keys(IBAN_LENGTHS).length >= 90);
  assert.equal(validateIban(fr + '1').valid, false);
  assert.equal(validateIban(fr.slice(0, -1)).valid, false);
  for (const c of ['ES', 'IT', 'BE', 'CH', 'PT', 'LU', 'MC', 'NO', 'MT']) {
    const v = g.iban(c);
    assert.deepEqual(reported(ibanRecognizer, `IBAN ${v}`), [v], c);
  }
});

test('IBAN: the RIB key catches an error the IBAN check digits miss', () => {
  assert.equal(validateIban(badRibIban(g)).valid, false);
});
