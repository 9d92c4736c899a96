/**
 * Signatures for deduplication: an exact hash of the normalised text, and a MinHash signature over word n-gram
 * shingles (Broder 1997). Hash functions are fixed seeds, so signatures are identical across runs and machines.
 */
import { createHash } from 'node:crypto';

/**
 * Lower case, NFKC, punctuation, symbols and spacing removed: what "the same text" means for exact dedup. The words
 * (maximal runs of other characters) joined by single spaces — the same as
 * `text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim()`, in one pass.
 */
export function normaliseForDedup(text: string): string {
  return dedupWords(text).normalised;
}

/** The normalised text and the FNV-1a hash of each of its words (UTF-16 code units), from one pass. */
export function dedupWords(text: string): { normalised: string; words: number[] } {
  const s = text.normalize('NFKC').toLowerCase();
  const n = s.length;
  const words: number[] = [];
  let h = FNV_OFFSET;
  let inWord = false;
  // The output is cut from s: a segment runs on across single-space separators and is cut at any other run.
  let out = '';
  let seg = -1;
  let runStart = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const high = c >= 0xd800 && c <= 0xdbff;
    if (high ? isAstralSeparator(s, i) : (bmpClass[c] || classify(c)) === 1) {
      if (inWord) { words.push(h >>> 0); h = FNV_OFFSET; inWord = false; runStart = i; }
      if (high) i++;
      continue;
    }
    if (!inWord) {
      if (seg < 0) seg = i;
      else if (i - runStart !== 1 || s.charCodeAt(runStart) !== 32) {
        out = out ? `${out} ${s.slice(seg, runStart)}` : s.slice(seg, runStart);
        seg = i;
      }
      inWord = true;
    }
    h = Math.imul(h ^ c, 0x01000193);
  }
  if (inWord) { words.push(h >>> 0); runStart = n; }
  if (seg >= 0) out = out ? `${out} ${s.slice(seg, runStart)}` : s.slice(seg, runStart);
  return { normalised: out, words };
}

const FNV_OFFSET = 0x811c9dc5;
const SEPARATOR = /^[\p{P}\p{S}\s]$/u;
/** Per BMP code unit: 0 not yet classified, 1 separator (punctuation, symbol, white space), 2 word character. */
const bmpClass = new Uint8Array(0x10000);
const astralSeparator = new Map<number, boolean>();

/** Classifies a BMP code unit once. Lone surrogates are word characters, as for the regular expressions above. */
function classify(c: number): number {
  const k = c >= 0xd800 && c <= 0xdfff ? 2 : SEPARATOR.test(String.fromCharCode(c)) ? 1 : 2;
  bmpClass[c] = k;
  return k;
}

/** Whether the surrogate pair starting at i is a separator (false for a lone high surrogate). */
function isAstralSeparator(s: string, i: number): boolean {
  const d = s.charCodeAt(i + 1);
  if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
  const cp = ((s.charCodeAt(i) - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  let sep = astralSeparator.get(cp);
  if (sep === undefined) {
    sep = SEPARATOR.test(String.fromCodePoint(cp));
    if (astralSeparator.size >= 10_000) astralSeparator.clear();
    astralSeparator.set(cp, sep);
  }
  return sep;
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
  return shinglesOfWords(words, n);
}

/** Hashes of the n-grams of a list of word hashes (those of dedupWords or shingleHashes). */
export function shinglesOfWords(words: readonly number[], n: number): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  const count = Math.max(1, words.length - n + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let x = 0x27d4eb2f;
    const end = Math.min(words.length, i + n);
    for (let j = i; j < end; j++) x = Math.imul(x ^ words[j]!, 0x9e3779b1) + 0x7f4a7c15;
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
