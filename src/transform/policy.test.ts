import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError } from '../core/errors.js';
import { createOperator } from './operators/registry.js';
import { OperatorOptionsError } from './operators/types.js';
import { Policy, policyFromYamlString } from './policy.js';

test('policy: short and long forms, default, unnamed types fall back to tag', () => {
  const p = new Policy({ PERSON: 'surrogate', EMAIL: { operator: 'mask', chars: 2 }, IBAN: 'redact' });
  assert.equal(p.operatorFor('PERSON').name, 'surrogate');
  assert.equal(p.operatorFor('EMAIL').name, 'mask');
  assert.equal(p.operatorFor('PHONE').name, 'tag');
  assert.equal(new Policy({ default: 'hash' }).operatorFor('PHONE').name, 'hash');
  assert.equal(p.needsKey, true);
  assert.equal(new Policy({ default: 'redact' }).needsKey, false);
});

test('policy: every problem reported at once, with the YAML line', () => {
  const src = 'pipeline: x\npseudonymise:\n  PERSON: surogate\n  EMAIL: { operator: mask, char: 2 }\n  NAME: tag\n  IBAN: generalise\n';
  assert.throws(() => policyFromYamlString(src, 'tamis.yaml'), (e: unknown) => {
    assert.ok(e instanceof ConfigError);
    assert.match(e.message, /tamis\.yaml:3:\d+ +PERSON: unknown operator "surogate"/);
    assert.match(e.message, /tamis\.yaml:4:\d+ +EMAIL: .*mask\.char must be exactly one character/);
    assert.match(e.message, /NAME: unknown entity type NAME/);
    assert.match(e.message, /IBAN: generalise does not apply to IBAN/);
    return true;
  });
});

test('operators: options are validated at construction with actionable messages', () => {
  assert.throws(() => createOperator('mask', { chars: -1 }), (e: unknown) => e instanceof OperatorOptionsError && /mask.chars must be 0 or more/.test(e.message));
  assert.throws(() => createOperator('mask', { keep: 2 }), /unknown option\(s\) keep; allowed: chars, char, from, keepSeparators/);
  assert.throws(() => createOperator('hash', { length: 4 }), /between 8 and 64/);
  assert.throws(() => createOperator('tag', { format: '[X]' }), /must contain \{n\}/);
  assert.throws(() => createOperator('shuffle'), /unknown operator; use one of keep, redact/);
  assert.equal(createOperator('generalise', { date: 'year' }).name, 'generalise');
});

test('policy: read from the pseudonymise step of a tamis.yaml pipeline, errors located there', () => {
  const src = 'project: { name: x }\npipeline:\n  - detect: { languages: [fr] }\n  - pseudonymise: { PERSON: surrogate, EMAIL: surrogate, IBAN: redact, default: tag }\n';
  const p = policyFromYamlString(src, 'tamis.yaml');
  assert.equal(p.operatorFor('IBAN').name, 'redact');
  assert.throws(() => policyFromYamlString('pipeline:\n  - dedup: {}\n  - pseudonymise:\n      PERSON: { operator: mask, chars: x }\n', 'tamis.yaml'),
    /tamis\.yaml:4:\d+ +PERSON: operator mask: chars: mask\.chars must be a whole number/);
  assert.throws(() => policyFromYamlString('pipeline:\n  - dedup: {}\n', 'tamis.yaml'), /no pseudonymise step/);
});
