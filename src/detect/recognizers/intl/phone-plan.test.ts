import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { rng } from '../lookalikes.test-helper.js';
import { validInternational, validNational } from './phone-plan.js';

test('phone plan: same verdict as libphonenumber-js parse + isValid on random numbers of many countries', () => {
  const r = rng(11);
  const codes = ['33', '44', '1', '32', '41', '49', '31', '34', '39', '7', '351', '352', '212', '262', '590', '61'];
  let checked = 0;
  for (let i = 0; i < 4000; i++) {
    const cc = codes[i % codes.length] as string;
    let nsn = String(1 + Math.floor(r() * 9));
    const len = 7 + Math.floor(r() * 4);
    while (nsn.length < len) nsn += String(Math.floor(r() * 10));
    const expected = parsePhoneNumberFromString(`+${cc}${nsn}`)?.isValid() ?? false;
    assert.equal(validInternational(cc + nsn) !== undefined, expected, `+${cc}${nsn}`);
    checked++;
  }
  assert.equal(checked, 4000);
});

test('phone plan: national numbers', () => {
  assert.ok(validNational('FR', '612345678'));
  assert.ok(!validNational('FR', '012345678'));
  assert.ok(validNational('GB', '2079460958'));
  assert.ok(!validNational('XX', '2079460958'));
});
