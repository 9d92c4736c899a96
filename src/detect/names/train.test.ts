import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLexicon } from './lexicon.js';
import { goldTags, rng, trainPerceptron, type TrainExample } from './train.js';
import { tokenize } from './tokenize.js';
import { B_PER, I_PER, O } from './features.js';

// A tiny lexicon and corpus: enough to check determinism and that learning happens, in milliseconds.
const lex = parseLexicon('#header\njean\t9000000000\ndupont\t0010000000\nmarie\t9000000900\nrue\t0000900000\n');
const examples: TrainExample[] = [
  { text: 'Bonjour Jean Dupont, merci.', spans: [{ start: 8, end: 19, type: 'PER' }], lang: 'fr' },
  { text: 'Rendez-vous rue Dupont à Lyon.', spans: [{ start: 25, end: 29, type: 'LOC' }], lang: 'fr' },
  { text: 'Signé : Marie Curie', spans: [{ start: 8, end: 19, type: 'PER' }], lang: 'fr' },
  { text: 'Dear Mrs Marie Smith, thanks.', spans: [{ start: 5, end: 20, type: 'PER' }], lang: 'en' },
];

test('gold BIO tags leave titles out of PER spans', () => {
  const toks = tokenize(examples[3]!.text);
  const tags = goldTags(toks, examples[3]!.spans);
  assert.deepEqual([...tags].slice(0, 4), [O, O, B_PER, I_PER]);
});

test('training is deterministic for a fixed seed', () => {
  const a = trainPerceptron(examples, lex, { bits: 12, epochs: 3, seed: 7 });
  const b = trainPerceptron(examples, lex, { bits: 12, epochs: 3, seed: 7 });
  assert.deepEqual(Buffer.from(a.weights.buffer), Buffer.from(b.weights.buffer));
  assert.ok(a.updates > 0);
  const c = trainPerceptron(examples, lex, { bits: 12, epochs: 3, seed: 8 });
  assert.ok(c.weights.some((w, i) => w !== a.weights[i]), 'a different seed shuffles differently');
});

test('seeded generator is reproducible', () => {
  const r1 = rng(42), r2 = rng(42);
  for (let i = 0; i < 5; i++) assert.equal(r1(), r2());
});
