import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLexicon } from './lexicon.js';

test('the lexicon table answers like a Map of its lines: later duplicates win, comments and bad lines skipped', () => {
  const lex = parseLexicon('#key\tvalue\njean\t9000000000\nsmith\t0009000000\nno-tab-line\njean\t8000000000\n\tempty-key\nnguyen\t0001\n');
  assert.equal(lex.size, 3);
  assert.equal(lex.packed('jean'), 8000000000);
  assert.equal(lex.entry('jean')?.fnFr, 8);
  assert.equal(lex.entry('smith')?.snEn, 9);
  assert.equal(lex.packed('nguyen'), 1);
  for (const absent of ['', 'jea', 'jeanne', 'Jean', '#key', 'no-tab-line', 'empty-key']) {
    assert.equal(lex.packed(absent), 0, absent);
    assert.equal(lex.entry(absent), undefined, absent);
  }
});
