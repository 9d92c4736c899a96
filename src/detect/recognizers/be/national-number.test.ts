import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectCases } from '../contract.test-helper.js';
import { Gen } from '../lookalikes.test-helper.js';
import { beNrnRecognizer, validateBeNrn } from './national-number.js';

const g = new Gen(8);
const n = g.beNrn();
const fmt = (x: string) => `${x.slice(0, 2)}.${x.slice(2, 4)}.${x.slice(4, 6)}-${x.slice(6, 9)}.${x.slice(9)}`;
expectCases(
  beNrnRecognizer,
  [
    [`numéro national ${fmt(n)}`, fmt(n)],
    [`registre national ${n}`, n],
  ],
  [`${n} sans contexte`, 'numéro national 85.07.30-033.27'],
);

test('BE national number: the born-from-2000 rule (prefix 2) validates', () => {
  const after = g.beNrn(true);
  assert.equal(validateBeNrn(after).valid, true);
  assert.match(validateBeNrn(after).note ?? '', /20xx/);
  assert.equal(validateBeNrn('85073003328').valid, true);
});
