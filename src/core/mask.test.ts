import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maskValue } from './mask.js';

test('masks an email keeping only first letters and the TLD', () => {
  assert.equal(maskValue('jean.dupont@gmail.com'), 'j***@g***.com');
});

test('masks a phone number keeping separators and the ends', () => {
  assert.equal(maskValue('06 12 34 56 78'), '06 ** ** ** 78');
});

test('short values are fully masked', () => {
  assert.equal(maskValue('Jean'), '****');
});
