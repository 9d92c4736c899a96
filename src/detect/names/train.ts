/**
 * Training of the name tagger (used by scripts/train-names.ts; kept beside the model so that tests can check it):
 * averaged perceptron, greedy left-to-right with the gold previous tags, seeded shuffling, and "lexicon dropout"
 * (name-list entries hidden for a share of the gold name tokens) so that names of every origin, including ones
 * missing from INSEE/SSA/Census, are learnt from shape and context.
 */
import type { Lang } from '../../core/types.js';
import { B_LOC, B_PER, DocFeatures, I_LOC, I_PER, NT, O } from './features.js';
import type { Lexicon } from './lexicon.js';
import { tokenize, type Token } from './tokenize.js';
import { TITLES } from './words.js';
import { seededRandom as rng } from '../../core/random.js';

export interface TrainSpan { start: number; end: number; type: 'PER' | 'LOC' }
export interface TrainExample { text: string; spans: readonly TrainSpan[]; lang: Lang }

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  /** Share of gold name tokens whose lexicon entry is hidden (default 0.3). */
  lexDropout?: number;
  log?: (msg: string) => void;
}

export { rng };

/** BIO tags of the tokens from character spans; titles at the start of a PER span are not part of the name. */
export function goldTags(tokens: readonly Token[], spans: readonly TrainSpan[]): Uint8Array {
  const tags = new Uint8Array(tokens.length);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let ti = 0;
  for (const s of sorted) {
    while (ti < tokens.length && (tokens[ti] as Token).end <= s.start) ti++;
    let first = true;
    for (let j = ti; j < tokens.length && (tokens[j] as Token).start < s.end; j++) {
      const t = tokens[j] as Token;
      if (first && s.type === 'PER') {
        const k = t.text.toLowerCase().replace(/\.$/, '');
        if (TITLES.has(k) || t.text === '.') continue;
      }
      if (!/[\p{L}\p{N}]/u.test(t.text) && first) continue;
      tags[j] = s.type === 'PER' ? (first ? B_PER : I_PER) : first ? B_LOC : I_LOC;
      first = false;
    }
  }
  // Trailing punctuation inside a gold span is not part of the name.
  for (let j = tokens.length - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (tags[j] !== O && !/[\p{L}\p{N}]/u.test(t.text) && (j + 1 >= tokens.length || tags[j + 1] === O || tags[j + 1] === B_PER || tags[j + 1] === B_LOC)) tags[j] = O;
  }
  return tags;
}

function allowedTrain(tag: number, prev: number, cand: number): boolean {
  if (tag === I_PER) return prev === B_PER || prev === I_PER;
  if (tag === I_LOC) return prev === B_LOC || prev === I_LOC;
  return cand !== 2 || tag === O;
}

export interface TrainResult { weights: Float32Array; updates: number; tokens: number }

export function trainPerceptron(examples: readonly TrainExample[], lex: Lexicon, opts: TrainOptions): TrainResult {
  const size = (1 << opts.bits) * NT;
  const mask = (1 << opts.bits) - 1;
  const w = new Float32Array(size);
  const u = new Float64Array(size); // sum of (step * delta), for averaging
  let step = 1;
  let updates = 0;
  let tokensSeen = 0;
  const rand = rng(opts.seed);
  const pDrop = opts.lexDropout ?? Number(process.env.TAMIS_LEXDROP ?? 0.3);
  const prepared = examples.map((ex) => { const tokens = tokenize(ex.text); return { ex, tokens, gold: goldTags(tokens, ex.spans) }; });
  const order = prepared.map((_, i) => i);
  const feats: number[] = [];
  const scores = new Float64Array(NT);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j] as number, order[i] as number]; }
    let errors = 0, seen = 0;
    for (const idx of order) {
      const { ex, tokens, gold } = prepared[idx] as (typeof prepared)[number];
      const drop = new Uint8Array(tokens.length);
      for (let t = 0; t < tokens.length; t++) if (gold[t] !== O && rand() < pDrop) drop[t] = 1;
      const df = new DocFeatures(tokens, ex.lang, lex, { dropLexicon: (t) => drop[t] === 1 });
      let prev = O, prev2 = O;
      for (let t = 0; t < tokens.length; t++) {
        const g = gold[t] as number;
        const c = df.cand[t] as number;
        if (c === 0 || (c === 2 && prev === O)) { prev2 = prev; prev = g; continue; }
        feats.length = 0;
        df.staticFeatures(t, feats);
        df.dynamicFeatures(t, prev, prev2, feats);
        scores.fill(0);
        for (const f of feats) { const b = (f & mask) * NT; for (let k = 0; k < NT; k++) scores[k]! += w[b + k] as number; }
        let best = 0, bestS = -Infinity;
        for (let k = 0; k < NT; k++) if (allowedTrain(k, prev, c) && (scores[k] as number) > bestS) { bestS = scores[k] as number; best = k; }
        seen++;
        if (best !== g) {
          errors++;
          updates++;
          for (const f of feats) {
            const b = (f & mask) * NT;
            w[b + g]! += 1; u[b + g]! += step;
            w[b + best]! -= 1; u[b + best]! -= step;
          }
        }
        step++;
        // Gold previous tags (teacher forcing): tried predicted tags, which diverged on this data.
        prev2 = prev; prev = g;
      }
    }
    tokensSeen += seen;
    opts.log?.(`epoch ${epoch + 1}/${opts.epochs}: ${seen} candidate tokens, error rate ${(errors / Math.max(1, seen)).toFixed(4)}`);
  }
  const avg = new Float32Array(size);
  for (let i = 0; i < size; i++) avg[i] = (w[i] as number) - (u[i] as number) / step;
  return { weights: avg, updates, tokens: tokensSeen };
}
