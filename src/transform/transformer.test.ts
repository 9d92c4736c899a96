import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Finding } from '../core/types.js';
import { ENTITY_TYPES } from '../core/types.js';
import { finding, findAll, testKey } from './testing.js';
import { createTransformer } from './transformer.js';
import type { PolicyInput } from './policy.js';

const POLICIES: PolicyInput[] = [
  { default: 'redact' }, { default: { operator: 'mask', chars: 1 } }, { default: 'tag' }, { default: 'hash' },
  { default: 'pseudonym' }, { default: 'surrogate' }, { default: 'generalise' }, { default: 'encrypt' },
];

/** Random text with random non-overlapping spans of random types. */
const arbCase = fc.string({ minLength: 0, maxLength: 300, unit: fc.constantFrom(...'abcdeé Z9.-@\n'.split('')) }).chain((text) =>
  fc.tuple(fc.constant(text), fc.uniqueArray(fc.nat({ max: Math.max(0, text.length) }), { maxLength: 12 }), fc.array(fc.constantFrom(...ENTITY_TYPES), { minLength: 6, maxLength: 6 }), fc.nat({ max: POLICIES.length - 1 })),
).map(([text, cuts, types, p]) => {
  const sorted = [...cuts].sort((a, b) => a - b);
  const findings: Finding[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2) if (sorted[i]! < sorted[i + 1]!) findings.push(finding(types[i % types.length]!, sorted[i]!, sorted[i + 1]!));
  return { text, findings, policy: POLICIES[p]! };
});

test('offsets: replacing spans of any length keeps the rest of the text intact, replacements map both texts', () => {
  const key = testKey();
  fc.assert(fc.property(arbCase, ({ text, findings, policy }) => {
    const r = createTransformer({ policy, key, propagate: false }).transform(text, findings, { docId: 'p', lang: 'fr' });
    assert.equal(r.replacements.length, findings.length);
    let prevIn = 0;
    let prevOut = 0;
    for (const x of r.replacements) {
      assert.equal(r.text.slice(prevOut, x.outStart), text.slice(prevIn, x.start));
      assert.ok(x.outEnd >= x.outStart);
      prevIn = x.end;
      prevOut = x.outEnd;
    }
    assert.equal(r.text.slice(prevOut), text.slice(prevIn));
  }), { numRuns: 300 });
});

test('same key and input give the same output; another key changes every pseudonym', () => {
  const text = 'Marie Dubois (marie.dubois@acme.fr, 06 12 34 56 78) a écrit à Paul Martin, IBAN FR7630006000011234567890189.';
  const values = { 'Marie Dubois': 'PERSON', 'marie.dubois@acme.fr': 'EMAIL', '06 12 34 56 78': 'PHONE', 'Paul Martin': 'PERSON', FR7630006000011234567890189: 'IBAN' } as const;
  for (const policy of POLICIES) {
    const a = createTransformer({ policy, key: testKey('k') }).transform(text, findAll(text, values), { docId: 'x' });
    const b = createTransformer({ policy, key: testKey('k') }).transform(text, findAll(text, values), { docId: 'x' });
    assert.equal(a.text, b.text);
  }
  for (const policy of [{ default: 'pseudonym' }, { default: 'hash' }, { default: 'surrogate' }, { default: 'encrypt' }] as PolicyInput[]) {
    const a = createTransformer({ policy, key: testKey('k') }).transform(text, findAll(text, values), { docId: 'x' });
    const b = createTransformer({ policy, key: testKey('other') }).transform(text, findAll(text, values), { docId: 'x' });
    for (const [i, x] of a.replacements.entries()) {
      const y = b.replacements[i]!;
      assert.notEqual(a.text.slice(x.outStart, x.outEnd), b.text.slice(y.outStart, y.outEnd), `${JSON.stringify(policy)} ${x.type}`);
    }
  }
});

test('surrogate policy: consistent person across variants, natural text out', () => {
  const text = 'Bonjour Marie Dubois. Mme Dubois, votre dossier. Marie, écrivez à marie.dubois@gmail.com.';
  const r = createTransformer({ policy: { default: 'surrogate' }, key: testKey() })
    .transform(text, findAll(text, { 'Marie Dubois': 'PERSON', Dubois: 'PERSON', Marie: 'PERSON', 'marie.dubois@gmail.com': 'EMAIL' }), { docId: 'd', lang: 'fr' });
  const m = /^Bonjour (\p{L}+) (\p{L}+)\. Mme (\p{L}+), votre dossier\. (\p{L}+), écrivez à ([a-z]+)\.([a-z]+)@gmail\.com\.$/u.exec(r.text);
  assert.ok(m, r.text);
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  assert.equal(m[3], m[2]);
  assert.equal(m[4], m[1]);
  assert.equal(m[5], fold(m[1]!));
  assert.equal(m[6], fold(m[2]!));
});

test('other exact occurrences of a replaced value are replaced too', () => {
  const text = 'Call Jonathan Pryce. Jonathan Pryce never answers.';
  const r = createTransformer({ policy: { default: 'tag' } }).transform(text, [finding('PERSON', 5, 19)], { docId: 'x' });
  assert.equal(r.text, 'Call [PERSON_1]. [PERSON_1] never answers.');
});
