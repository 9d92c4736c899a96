import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTransformer } from '../transformer.js';
import { findAll, testKey } from '../testing.js';
import { decryptTokens } from './encrypt.js';

const key = testKey();
const run = (policy: Parameters<typeof createTransformer>[0]['policy'], text: string, values: Parameters<typeof findAll>[1], docId = 'd1') =>
  createTransformer({ policy, key }).transform(text, findAll(text, values), { docId, lang: 'fr' }).text;

test('redact, mask (start/end, separators kept, never more than half shown)', () => {
  assert.equal(run({ default: 'redact' }, 'Tel: 06 12 34 56 78.', { '06 12 34 56 78': 'PHONE' }), 'Tel: .');
  assert.equal(run({ default: { operator: 'redact', with: '<X>' } }, 'a 06 12 34 56 78', { '06 12 34 56 78': 'PHONE' }), 'a <X>');
  assert.equal(run({ default: { operator: 'mask', chars: 2 } }, 'Marie Dubois', { 'Marie Dubois': 'PERSON' }), 'Ma*** ******');
  assert.equal(run({ default: { operator: 'mask', chars: 2, from: 'end', char: '#' } }, '06 12 34 56 78', { '06 12 34 56 78': 'PHONE' }), '## ## ## ## 78');
  assert.equal(run({ default: { operator: 'mask', chars: 10 } }, 'Léa', { Léa: 'PERSON' }), 'L**');
});

test('tag: numbered per document, linked variants share a number', () => {
  const text = 'Marie Dubois écrit à Paul Martin. M. Dubois répond ; Marie relance marie.dubois@acme.fr.';
  const out = run({ default: 'tag' }, text, { 'Marie Dubois': 'PERSON', 'Paul Martin': 'PERSON', 'M. Dubois': 'PERSON', Marie: 'PERSON', 'marie.dubois@acme.fr': 'EMAIL' });
  assert.equal(out, '[PERSON_1] écrit à [PERSON_2]. [PERSON_1] répond ; [PERSON_1] relance [EMAIL_1].');
});

test('hash: keyed, truncated, type-prefixed; same value same hash; other key other hash', () => {
  const a = run({ default: { operator: 'hash', length: 12 } }, 'x jean@a.fr y', { 'jean@a.fr': 'EMAIL' });
  assert.match(a, /^x EMAIL_[0-9a-f]{12} y$/);
  const b = createTransformer({ policy: { default: 'hash' }, key: testKey('b') }).transform('jean@a.fr', findAll('jean@a.fr', { 'jean@a.fr': 'EMAIL' }), { docId: 'x' }).text;
  assert.notEqual(a.slice(2, 24), b.slice(0, 22));
});

test('pseudonym: variants of one person share a code, within a document and across documents', () => {
  const d1 = run({ default: 'pseudonym' }, 'Marie Dubois, puis Dubois, puis marie.dubois@acme.fr', { 'Marie Dubois': 'PERSON', Dubois: 'PERSON', 'marie.dubois@acme.fr': 'EMAIL' });
  const codes = [...d1.matchAll(/_(\w{8})/g)].map((m) => m[1]);
  assert.equal(new Set(codes).size, 1, d1);
  const d2 = run({ default: 'pseudonym' }, 'Rapport de MARIE DUBOIS.', { 'MARIE DUBOIS': 'PERSON' }, 'other-doc');
  assert.ok(d2.includes(codes[0]!), d2);
  const other = run({ default: 'pseudonym' }, 'Paul Dubois', { 'Paul Dubois': 'PERSON' });
  assert.ok(!other.includes(codes[0]!));
});

test('encrypt / decrypt round trip; deterministic; another key cannot decrypt', () => {
  const text = 'IBAN FR7630006000011234567890189 et marie@acme.fr';
  const values = { FR7630006000011234567890189: 'IBAN', 'marie@acme.fr': 'EMAIL' } as const;
  const enc = run({ default: 'encrypt' }, text, values);
  assert.equal(enc, run({ default: 'encrypt' }, text, values));
  assert.doesNotMatch(enc, /FR763000|marie@/);
  assert.equal(decryptTokens(enc, key).text, text);
  assert.throws(() => decryptTokens(enc, testKey('z')), /cannot be decrypted/);
});

test('generalise: dates to month or year, addresses to city and department, GPS to a grid, IPs to a network', () => {
  assert.equal(run({ default: 'generalise' }, 'né le 14/03/1985', { '14/03/1985': 'DATE_OF_BIRTH' }), 'né le 03/1985');
  assert.equal(run({ default: { operator: 'generalise', date: 'year' } }, 'born March 3, 1990', { 'March 3, 1990': 'DATE_OF_BIRTH' }), 'born 1990');
  assert.equal(run({ default: 'generalise' }, 'le 9 février 1979', { '9 février 1979': 'DATE_OF_BIRTH' }), 'le février 1979');
  assert.equal(run({ default: 'generalise' }, 'au 12 rue des Lilas, 69003 Lyon.', { '12 rue des Lilas, 69003 Lyon': 'POSTAL_ADDRESS' }), 'au Lyon (69).');
  assert.equal(run({ default: 'generalise' }, 'at 48.85837, 2.294481', { '48.85837, 2.294481': 'GPS_COORDINATES' }), 'at 48.8, 2.2');
  assert.equal(run({ default: 'generalise' }, 'ip 90.12.177.54', { '90.12.177.54': 'IP_ADDRESS' }), 'ip 90.12.0.0/16');
});

test('a policy with keyed operators and no key is refused with a hint', () => {
  assert.throws(() => createTransformer({ policy: { default: 'surrogate' } }), /no project key was given/);
  assert.ok(createTransformer({ policy: { default: 'tag' } }));
});

test('surrogate e-mail of a person with a compound surname follows the surrogate name', () => {
  const text = 'Lucas Ferhat-Morel (lucas.ferhatmorel@proton.me)';
  const out = run({ default: 'surrogate' }, text, { 'Lucas Ferhat-Morel': 'PERSON', 'lucas.ferhatmorel@proton.me': 'EMAIL' });
  const m = /^(\p{L}+) (\p{L}+)-(\p{L}+) \(([a-z]+)\.([a-z]+)@proton\.me\)$/u.exec(out);
  assert.ok(m, out);
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  assert.equal(m[4], fold(m[1]!));
  assert.equal(m[5], fold(m[2]! + m[3]!));
});
