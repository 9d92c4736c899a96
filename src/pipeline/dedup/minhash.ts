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

/** 32-bit FNV-1a over UTF-16 code units: cheap string hash for shingles. */
function fnv1a(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3's finaliser: a good 32-bit mixer; seeded per hash function. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

export function seeds(n: number): Uint32Array {
  const s = new Uint32Array(n);
  let x = 0x9e3779b9;
  for (let i = 0; i < n; i++) {
    x = mix(x + 0x6d2b79f5 + i);
    s[i] = x;
  }
  return s;
}

/** Hashes of the distinct word n-grams of the normalised text. */
export function shingleHashes(normalised: string, n: number): Uint32Array {
  const starts: number[] = [];
  const ends: number[] = [];
  const re = /\S+/g;
  for (let m = re.exec(normalised); m; m = re.exec(normalised)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  if (starts.length === 0) return new Uint32Array(0);
  const count = Math.max(1, starts.length - n + 1);
  const set = new Set<number>();
  for (let i = 0; i < count; i++) {
    const to = ends[Math.min(ends.length - 1, i + n - 1)]!;
    set.add(fnv1a(normalised, starts[i]!, to));
  }
  return Uint32Array.from(set);
}

/** MinHash signature: for each seeded hash function, the minimum over the shingles. */
export function minhash(shingles: Uint32Array, seedList: Uint32Array, out: Uint32Array = new Uint32Array(seedList.length)): Uint32Array {
  out.fill(0xffffffff);
  if (shingles.length === 0) return out;
  for (let k = 0; k < seedList.length; k++) {
    const seed = seedList[k]!;
    let min = 0xffffffff;
    for (let i = 0; i < shingles.length; i++) {
      const v = mix(shingles[i]! ^ seed);
      if (v < min) min = v;
    }
    out[k] = min;
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
