/**
 * Near-duplicate evaluation: a generated corpus of base documents (Zipf-distributed synthetic vocabulary, shared
 * boilerplate footer) and planted variants of known similarity made by word edits, sentence reordering and
 * added boilerplate. Similarity = exact Jaccard of the word 3-gram shingle sets (what MinHash estimates).
 * A pair (variant, base) is a true duplicate when that similarity is >= the threshold.
 */
import { DedupIndex } from '../../src/pipeline/dedup/index.js';
import { jaccard, normaliseForDedup, seeds, shingleHashes } from '../../src/pipeline/dedup/minhash.js';
import { signatureOf } from '../../src/pipeline/steps/dedup.js';
import type { DedupConfig } from '../../src/pipeline/schema.js';

function rng(seed: number) {
  let x = seed >>> 0;
  return () => { x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0; return x / 0x100000000; };
}

export interface Planted { base: number; variant: number; similarity: number; ops: string }

export function makeNearDupCorpus(nBases = 600, nVariants = 600, seed = 42): { texts: string[]; planted: Planted[] } {
  const r = rng(seed);
  const syll = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'de', 'pa', 'gu', 'ze', 'bri', 'tro', 'ple', 'on', 'an', 'el'];
  const vocab = Array.from({ length: 4000 }, (_, i) => { let w = ''; let k = i + 7; do { w += syll[k % syll.length]; k = Math.floor(k / syll.length); } while (k > 0); return w; });
  const word = () => vocab[Math.min(vocab.length - 1, Math.floor(Math.pow(r(), 2.2) * vocab.length))]!; // Zipf-like
  const sentence = () => { const n = 8 + Math.floor(r() * 12); return Array.from({ length: n }, word).join(' ') + '.'; };
  const footer = 'Ce message et ses pièces jointes sont confidentiels. Si vous n’êtes pas le destinataire, merci de le supprimer et de prévenir l’expéditeur.';
  const bases: string[][] = [];
  const texts: string[] = [];
  for (let i = 0; i < nBases; i++) {
    const s = Array.from({ length: 10 + Math.floor(r() * 20) }, sentence);
    bases.push(s);
    texts.push(`${s.join(' ')} ${footer}`);
  }
  const planted: Planted[] = [];
  for (let v = 0; v < nVariants; v++) {
    const b = Math.floor(r() * nBases);
    const sents = [...bases[b]!];
    const ops: string[] = [];
    const intensity = r();
    if (r() < 0.5) { // word edits
      const words = sents.join(' ').split(' ');
      const k = Math.floor(intensity * 0.12 * words.length);
      for (let i = 0; i < k; i++) words[Math.floor(r() * words.length)] = word();
      sents.splice(0, sents.length, words.join(' '));
      ops.push(`edit:${k}`);
    }
    if (r() < 0.4) { // reorder sentences
      const flat = sents.join(' ').split(/(?<=\.) /);
      for (let i = 0; i < Math.ceil(intensity * 4); i++) {
        const a = Math.floor(r() * flat.length), c = Math.floor(r() * flat.length);
        [flat[a], flat[c]] = [flat[c]!, flat[a]!];
      }
      sents.splice(0, sents.length, ...flat);
      ops.push('reorder');
    }
    if (r() < 0.4) { // boilerplate added
      sents.unshift(`Bonjour, suite à notre échange ${Math.floor(r() * 1000)}, voici les éléments demandés.`);
      if (intensity > 0.5) sents.push('Cordialement, le service client. Envoyé depuis mon téléphone.');
      ops.push('boilerplate');
    }
    if (ops.length === 0) { sents.splice(Math.floor(r() * sents.length), 1); ops.push('drop-sentence'); }
    const text = `${sents.join(' ')} ${footer}`;
    const sim = jaccard(shingleHashes(normaliseForDedup(text), 3), shingleHashes(normaliseForDedup(texts[b]!), 3));
    planted.push({ base: b, variant: texts.length, similarity: sim, ops: ops.join('+') });
    texts.push(text);
  }
  return { texts, planted };
}

export interface NearDupScore { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number; byBucket: [string, number, number][] }

/** Clusters the corpus with the given settings; scores (variant, base) pairs plus false merges of unrelated bases. */
export function scoreNearDup(texts: string[], planted: Planted[], nBases: number, cfg: DedupConfig, truthThreshold = 0.8): NearDupScore {
  if (cfg.near === false) throw new Error('near dedup disabled');
  const s = seeds(cfg.near.hashes);
  const idx = new DedupIndex(cfg.near.hashes);
  for (const t of texts) idx.add(signatureOf(t, s, cfg.near.shingle));
  const d = idx.decide({ ...cfg, exact: false });
  const root = (g: number): number => { let x = g; for (let k = d.dropped.get(x); k; k = d.dropped.get(x)) x = k.keep; return x; };
  let tp = 0, fp = 0, fn = 0;
  const buckets = new Map<string, [number, number]>();
  const derived = new Map<number, number>(planted.map((p) => [p.variant, p.base]));
  for (const p of planted) {
    const same = root(p.variant) === root(p.base);
    const truth = p.similarity >= truthThreshold;
    if (same && truth) tp++;
    else if (same) fp++;
    else if (truth) fn++;
    const b = `${(Math.floor(p.similarity * 20) / 20).toFixed(2)}`;
    const cur = buckets.get(b) ?? [0, 0];
    cur[0]++;
    if (same) cur[1]++;
    buckets.set(b, cur);
  }
  // Unrelated documents merged together: each distinct base wrongly joined to another cluster is a false positive.
  const baseOf = (g: number) => (g < nBases ? g : derived.get(g)!);
  const byRoot = new Map<number, Set<number>>();
  for (let g = 0; g < texts.length; g++) {
    const rt = root(g);
    const set = byRoot.get(rt) ?? new Set<number>();
    set.add(baseOf(g));
    byRoot.set(rt, set);
  }
  for (const set of byRoot.values()) fp += set.size - 1;
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, tp, fp, fn, byBucket: [...buckets.entries()].sort().map(([k, v]) => [k, v[0], v[1]]) };
}
