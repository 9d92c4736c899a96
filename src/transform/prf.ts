/**
 * Keyed deterministic randomness: every draw is seeded by HMAC-SHA-256(purpose key, label), so the same value under
 * the same key always gives the same replacement, across documents and runs, and another key gives an unrelated
 * one. The 256-bit HMAC output seeds a small fast generator (sfc32) that expands it: the secret is in the seed, the
 * expansion only spreads it, and one HMAC per value keeps the transform cheap. Nothing here uses Math.random.
 */
import { createHmac } from 'node:crypto';
import { HmacSha256 } from './hmac-sha256.js';

export function hmac(key: Buffer, msg: string): Buffer {
  return createHmac('sha256', key).update(msg, 'utf8').digest();
}

/** Seeds of recent labels: corpora repeat names, domains and numbers, and an HMAC costs more than a map lookup. */
const seedCache = new WeakMap<Buffer, { mac: HmacSha256; seeds: Map<string, Uint32Array> }>();
const SEED_CACHE_MAX = 100_000;

/** Bytes 0-15 of HMAC(key, label) as four little-endian uint32. */
function seedFor(key: Buffer, label: string): Uint32Array {
  const c = cacheOf(key);
  let s = c.seeds.get(label);
  if (!s) {
    s = c.mac.seed128(label);
    if (c.seeds.size >= SEED_CACHE_MAX) c.seeds.clear();
    c.seeds.set(label, s);
  }
  return s;
}

function cacheOf(key: Buffer): { mac: HmacSha256; seeds: Map<string, Uint32Array> } {
  let c = seedCache.get(key);
  if (!c) { c = { mac: new HmacSha256(key), seeds: new Map() }; seedCache.set(key, c); }
  return c;
}

/**
 * Seeds of two-part labels `${kind}\u0001${value}`, looked up by kind then value: a hit builds no label string (the
 * surrogate draws ask for thousands per second; kinds are few).
 */
const pairSeedCache = new WeakMap<Buffer, Map<string, Map<string, Uint32Array>>>();

function pairSeedFor(key: Buffer, kind: string, value: string): Uint32Array {
  let kinds = pairSeedCache.get(key);
  if (!kinds) { kinds = new Map(); pairSeedCache.set(key, kinds); }
  let seeds = kinds.get(kind);
  if (!seeds) { seeds = new Map(); kinds.set(kind, seeds); }
  let s = seeds.get(value);
  if (!s) {
    s = cacheOf(key).mac.seed128(`${kind}\u0001${value}`);
    if (seeds.size >= SEED_CACHE_MAX) seeds.clear();
    seeds.set(value, s);
  }
  return s;
}

/** A deterministic stream of integers seeded by HMAC(key, label), or with `value` by HMAC(key, label + U+0001 + value). */
export class KeyedRng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  constructor(key: Buffer, label: string, value?: string) {
    const s = value === undefined ? seedFor(key, label) : pairSeedFor(key, label, value);
    this.a = s[0]!; this.b = s[1]!; this.c = s[2]!; this.d = s[3]!;
    for (let i = 0; i < 8; i++) this.next();
  }

  /** sfc32 (Chris Doty-Humphrey's Small Fast Chaotic generator), 32 bits per call. */
  private next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform integer in [0, n) (rejection sampling on 32 bits). */
  int(n: number): number {
    if (n <= 1) return 0;
    const limit = Math.floor(0x100000000 / n) * n;
    for (;;) {
      const v = this.next();
      if (v < limit) return v % n;
    }
  }

  digit(): string { return String(this.int(10)); }
  digits(n: number): string { let s = ''; for (let i = 0; i < n; i++) s += DIGITS[this.int(10)]!; return s; }
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('KeyedRng.pick: empty list');
    return xs[this.int(xs.length)]!;
  }
}

const DIGITS = '0123456789';
const NON_ASCII = /[^\x00-\x7f]/;

/** Lower-case, accents removed, spaces collapsed: the form values are keyed on, so "DUBOIS" and "Dubois" agree. */
export function normaliseForKey(s: string): string {
  // Fast path (one scan, no regex): ASCII whose only whitespace is single spaces between words ("Marie Dubois")
  // is already collapsed and trimmed, so it only needs lower-casing, or nothing at all.
  let upper = false;
  let plain = true;
  let prevSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || (c >= 9 && c <= 13) || (c === 32 && prevSpace)) { plain = false; break; }
    prevSpace = c === 32;
    if (c >= 65 && c <= 90) upper = true;
  }
  if (plain && !prevSpace) return upper ? s.toLowerCase() : s;
  if (plain && s.length === 0) return s;
  const ascii = !NON_ASCII.test(s);
  if (ascii && !SPACE.test(s)) return s.toLowerCase();
  const base = ascii ? s : s.normalize('NFD').replace(/\p{M}/gu, '');
  return base.toLowerCase().replace(/\s+/g, ' ').trim();
}
const SPACE = /\s/;
