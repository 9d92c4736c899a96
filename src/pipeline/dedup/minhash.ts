/**
 * Signatures for deduplication: an exact hash of the normalised text, and a MinHash signature over word n-gram
 * shingles (Broder 1997). Hash functions are fixed seeds, so signatures are identical across runs and machines.
 */
import { createHash } from 'node:crypto';

/** Lower case, NFKC, punctuation and spacing removed: what "the same text" means for exact dedup. */
export function normaliseForDedup(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** First 64 bits of sha256 of the normalised text, as two uint32. */
export function exactHash(normalised: string): [number, number] {
  const d = createHash('sha256').update(normalised).digest();
  return [d.readUInt32BE(0), d.readUInt32BE(4)];
}

/** Murmur3's finaliser: a good 32-bit mixer. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/**
 * Seeds of the hash family: pairs (a odd, b). Hash k of a shingle hash x is (a_k·x + b_k) mod 2^32, a permutation
 * of the 32-bit values; x is already well mixed, so the minima behave like independent min-wise hashes (checked
 * against exact Jaccard in the tests and the bench) at two integer operations per hash.
 */
export function seeds(n: number): Uint32Array {
  const s = new Uint32Array(2 * n);
  let x = 0x9e3779b9;
  for (let i = 0; i < 2 * n; i++) {
    x = mix(x + 0x6d2b79f5 + i);
    s[i] = i % 2 === 0 ? (x | 1) >>> 0 : x;
  }
  return s;
}

/** Number of hash functions a seed list holds. */
export const hashCount = (seedList: Uint32Array) => seedList.length / 2;

/**
 * Hashes of the word n-grams of the normalised text (single spaces between words, as normaliseForDedup makes it).
 * Repeated n-grams may appear more than once: harmless for a minimum.
 */
export function shingleHashes(normalised: string, n: number): Uint32Array {
  const words: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < normalised.length; i++) {
    const c = normalised.charCodeAt(i);
    if (c === 32) {
      if (inWord) { words.push(h >>> 0); h = 0x811c9dc5; inWord = false; }
      continue;
    }
    h = Math.imul(h ^ c, 0x01000193);
    inWord = true;
  }
  if (inWord) words.push(h >>> 0);
  if (words.length === 0) return new Uint32Array(0);
  const count = Math.max(1, words.length - n + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let x = 0x27d4eb2f;
    for (let j = i; j < Math.min(words.length, i + n); j++) x = Math.imul(x ^ words[j]!, 0x9e3779b1) + 0x7f4a7c15;
    out[i] = mix(x >>> 0);
  }
  return out;
}

/**
 * MinHash signature by one-permutation hashing with densification (Li, Owen & Zhang 2012; Shrivastava & Li 2014):
 * each shingle is hashed once by the first function of the family and falls into one of k bins by its top bits;
 * a bin keeps the minimum of the lower bits. Empty bins (short texts) borrow from the next non-empty bin, salted
 * by the distance. Same estimator as k independent hashes (fraction of equal positions ≈ Jaccard) at one hash
 * per shingle instead of k: the k-fold cost was the slowest part of the dedup step.
 */
export function minhash(shingles: Uint32Array, seedList: Uint32Array, out: Uint32Array = new Uint32Array(hashCount(seedList))): Uint32Array {
  const k = out.length;
  out.fill(0xffffffff);
  if (shingles.length === 0 || k === 0) return out;
  const a = seedList[0]!, b = seedList[1]!;
  const filled = new Uint8Array(k);
  for (let i = 0; i < shingles.length; i++) {
    const v = (Math.imul(a, shingles[i]!) + b) >>> 0;
    // Bin from the high bits (multiplicative hashing mixes them best), value from the whole hash.
    const bin = Math.floor((v / 0x100000000) * k);
    const val = mix(v);
    if (val < out[bin]! || !filled[bin]) { out[bin] = val; filled[bin] = 1; }
  }
  for (let j = 0; j < k; j++) {
    if (filled[j]) continue;
    for (let d = 1; d < k; d++) {
      const src = (j + d) % k;
      if (filled[src]) { out[j] = mix((out[src]! + Math.imul(d, 0x9e3779b1)) >>> 0); break; }
    }
  }
  return out;
}

/** Fraction of equal positions: an unbiased estimate of the Jaccard similarity of the shingle sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array, offA = 0, offB = 0, len = a.length - offA): number {
  let eq = 0;
  for (let i = 0; i < len; i++) if (a[offA + i] === b[offB + i]) eq++;
  return len === 0 ? 0 : eq / len;
}

/** Exact Jaccard of two shingle sets (for evaluation). */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  const sa = new Set(a);
  let inter = 0;
  for (const x of new Set(b)) if (sa.has(x)) inter++;
  const union = sa.size + new Set(b).size - inter;
  return union === 0 ? 1 : inter / union;
}
