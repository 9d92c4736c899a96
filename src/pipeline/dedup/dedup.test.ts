import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DedupIndex } from './index.js';
import { dedupWords, estimateJaccard, jaccard, minhash, normaliseForDedup, seeds, shingleHashes, shinglesOfWords } from './minhash.js';
import { signatureOf } from '../steps/dedup.js';
import type { DedupConfig } from '../schema.js';

const words = (n: number, seed: number) => {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return `w${x % 5000}`;
  });
};

test('normalisation ignores case, punctuation and spacing', () => {
  assert.equal(normaliseForDedup('Hello,   WORLD!\n'), normaliseForDedup('hello world'));
});

test('the one-pass normalisation equals its regular-expression definition, words included', () => {
  const reference = (t: string) => t.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();
  const pieces = ['Marie', 'DUBOIS', 'é', 'e\u0301', 'ﬁ', 'Ⅻ', '２０２４', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\u3000', ',', '!', '...', '«', '»', '€', '+', '©',
    '😀', '👍🏽', '𝐀', '𝔸', '\ud800', '\udc00', 'İ', 'Σ', 'ΟΔΟΣ', 'ß', '中文', '-', '’', 'l’été', '_', '#', '@', 'x@y.fr', '\u200b', '\ufeff'];
  let x = 7;
  for (let k = 0; k < 3000; k++) {
    let t = '';
    const len = k % 40;
    for (let i = 0; i < len; i++) { x = (Math.imul(x, 1103515245) + 12345) >>> 0; t += pieces[x % pieces.length]; }
    const r = reference(t);
    const d = dedupWords(t);
    assert.equal(d.normalised, r, JSON.stringify(t));
    assert.deepEqual(shinglesOfWords(d.words, 3), shingleHashes(r, 3), JSON.stringify(t));
  }
});

test('MinHash estimates the Jaccard similarity of the shingle sets', () => {
  const s = seeds(256);
  const a = words(400, 1);
  const b = [...a];
  for (let i = 0; i < 400; i += 10) b[i] = `edit${i}`;
  const sa = shingleHashes(a.join(' '), 3);
  const sb = shingleHashes(b.join(' '), 3);
  const truth = jaccard(sa, sb);
  const est = estimateJaccard(minhash(sa, s), minhash(sb, s));
  assert.ok(Math.abs(truth - est) < 0.08, `truth ${truth} est ${est}`);
});

test('signatures are deterministic', () => {
  const s = seeds(64);
  assert.deepEqual(signatureOf('Un texte quelconque ici', s, 3), signatureOf('Un texte quelconque ici', s, 3));
});

const cfg: DedupConfig = { exact: true, near: { threshold: 0.8, shingle: 3, hashes: 128, bands: 20, rows: 6 }, keep: 'first' };

test('exact and near duplicates are found, the first in input order is kept', () => {
  const s = seeds(128);
  const base = words(300, 7);
  const near = [...base];
  for (let i = 0; i < 300; i += 60) near[i] = 'changed';
  const texts = [words(300, 3).join(' '), base.join(' '), base.join(' ').toUpperCase(), near.join(' '), words(300, 9).join(' ')];
  const idx = new DedupIndex(128);
  for (const t of texts) idx.add(signatureOf(t, s, 3));
  const d = idx.decide(cfg);
  assert.deepEqual([...d.dropped.entries()].sort((a, b) => a[0] - b[0]), [
    [2, { kind: 'exact-duplicate', keep: 1 }],
    [3, { kind: 'near-duplicate', keep: 1 }],
  ]);
  assert.equal(d.clusters, 1);
  const noNear = idx.decide({ ...cfg, near: false });
  assert.deepEqual([...noNear.dropped.keys()], [2]);
});
