/**
 * The shipped name lexicon (models/names-lexicon.tsv.gz, built by scripts/build-lexicons.ts): per folded word,
 * first-name and surname frequency buckets (INSEE, US SSA, US Census) and how often the word is seen in lower case
 * (common-word knowledge), and place / organisation gazetteer buckets harvested from the shippable corpora. Loaded lazily, once per process (and so once per worker thread), from the package files.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** Buckets 0..9 (0 = absent). */
export interface LexEntry { fnFr: number; fnEn: number; snFr: number; snEn: number; lcFr: number; lcEn: number; femFr: number; femEn: number; loc: number; org: number }

/**
 * Packed as 10 decimal digits in one number: cheap to store for 300k keys. The keys stay in the lexicon file's text:
 * an open-addressing table of offsets into it replaces a Map of 300k strings, whose lookups (and the heap the
 * garbage collector walks) were a large share of the name recognizer's time.
 */
export class Lexicon {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private count = 0;

  /** `starts`/`ends`: each entry's key as text[start, end); `values`: its packed value. Later duplicates win. */
  constructor(private readonly text: string, private readonly starts: Int32Array, private readonly ends: Int32Array, private readonly values: Float64Array) {
    let cap = 1024;
    while (cap < starts.length * 2) cap *= 2;
    this.slots = new Int32Array(cap);
    this.mask = cap - 1;
    for (let e = 0; e < starts.length; e++) {
      const s = this.slotOf(text, starts[e] as number, ends[e] as number);
      const cur = this.slots[s] as number;
      if (cur !== 0) { this.values[cur - 1] = values[e] as number; continue; }
      this.slots[s] = e + 1;
      this.count++;
    }
  }

  get size(): number { return this.count; }

  /** Packed value, 0 when absent. Use the digit helpers below to read it. */
  packed(key: string): number { const e = this.slots[this.slotOf(key, 0, key.length)] as number; return e === 0 ? 0 : this.values[e - 1] as number; }

  entry(key: string): LexEntry | undefined {
    const e = this.slots[this.slotOf(key, 0, key.length)] as number;
    if (e === 0) return undefined;
    const v = this.values[e - 1] as number;
    return { fnFr: digit(v, 0), fnEn: digit(v, 1), snFr: digit(v, 2), snEn: digit(v, 3), lcFr: digit(v, 4), lcEn: digit(v, 5), femFr: digit(v, 6), femEn: digit(v, 7), loc: digit(v, 8), org: digit(v, 9) };
  }

  /** The slot holding key s[from, to), or the empty slot where it would go (FNV-1a, linear probing). */
  private slotOf(s: string, from: number, to: number): number {
    let h = 0x811c9dc5;
    for (let i = from; i < to; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
    const len = to - from;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const e = this.slots[slot] as number;
      if (e === 0) return slot;
      const a = this.starts[e - 1] as number;
      if ((this.ends[e - 1] as number) - a !== len) continue;
      let k = 0;
      while (k < len && this.text.charCodeAt(a + k) === s.charCodeAt(from + k)) k++;
      if (k === len) return slot;
    }
  }
}

const POW = [1e9, 1e8, 1e7, 1e6, 1e5, 1e4, 1e3, 1e2, 1e1, 1];
/** Digit i (0 = fnFr ... 7 = femEn, 8 = place gazetteer, 9 = organisation gazetteer) of a packed value. */
export function digit(packed: number, i: number): number {
  return Math.floor(packed / (POW[i] as number)) % 10;
}

export function parseLexicon(tsv: string): Lexicon {
  const starts: number[] = [];
  const ends: number[] = [];
  const values: number[] = [];
  let pos = 0;
  while (pos < tsv.length) {
    let nl = tsv.indexOf('\n', pos);
    if (nl < 0) nl = tsv.length;
    if (tsv.charCodeAt(pos) !== 35 /* # */) {
      const tab = tsv.indexOf('\t', pos);
      if (tab > pos && tab < nl) { starts.push(pos); ends.push(tab); values.push(Number(tsv.slice(tab + 1, nl))); }
    }
    pos = nl + 1;
  }
  return new Lexicon(tsv, Int32Array.from(starts), Int32Array.from(ends), Float64Array.from(values));
}

/** models/ sits at the package root: three levels up from src/detect/names/ and from dist/detect/names/. */
export function modelPath(file: string): string {
  return fileURLToPath(new URL(`../../../models/${file}`, import.meta.url));
}

let cached: Lexicon | undefined;
export function loadLexicon(): Lexicon {
  if (!cached) {
    const file = modelPath('names-lexicon.tsv.gz');
    let buf: Buffer;
    try { buf = readFileSync(file); } catch (e) {
      throw new Error(`name lexicon missing at ${file} (run npm run build:lexicons): ${(e as Error).message}`);
    }
    cached = parseLexicon(gunzipSync(buf).toString('utf8'));
  }
  return cached;
}
