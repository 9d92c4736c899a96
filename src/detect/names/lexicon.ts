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

/** Packed as 10 decimal digits in one number: cheap to store for 300k keys. */
export class Lexicon {
  constructor(private readonly map: ReadonlyMap<string, number>) {}

  get size(): number { return this.map.size; }

  /** Packed value, 0 when absent. Use the digit helpers below to read it. */
  packed(key: string): number { return this.map.get(key) ?? 0; }

  entry(key: string): LexEntry | undefined {
    const v = this.map.get(key);
    if (v === undefined) return undefined;
    return { fnFr: digit(v, 0), fnEn: digit(v, 1), snFr: digit(v, 2), snEn: digit(v, 3), lcFr: digit(v, 4), lcEn: digit(v, 5), femFr: digit(v, 6), femEn: digit(v, 7), loc: digit(v, 8), org: digit(v, 9) };
  }
}

const POW = [1e9, 1e8, 1e7, 1e6, 1e5, 1e4, 1e3, 1e2, 1e1, 1];
/** Digit i (0 = fnFr ... 7 = femEn, 8 = place gazetteer, 9 = organisation gazetteer) of a packed value. */
export function digit(packed: number, i: number): number {
  return Math.floor(packed / (POW[i] as number)) % 10;
}

export function parseLexicon(tsv: string): Lexicon {
  const map = new Map<string, number>();
  let pos = 0;
  while (pos < tsv.length) {
    let nl = tsv.indexOf('\n', pos);
    if (nl < 0) nl = tsv.length;
    if (tsv.charCodeAt(pos) !== 35 /* # */) {
      const tab = tsv.indexOf('\t', pos);
      if (tab > pos && tab < nl) map.set(tsv.slice(pos, tab), Number(tsv.slice(tab + 1, nl)));
    }
    pos = nl + 1;
  }
  return new Lexicon(map);
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
