/**
 * Lexicon compiler and scanner. Every category's cue terms (FR + EN, in ./lexicons/) go into one hash index keyed by
 * their first word, so a document is scanned once, word by word, whatever the number of terms (a big regex
 * alternation was measured 5x slower in V8). This scan is the prefilter that keeps the detector fast: only the
 * sentences around a hit are analysed further. Case-sensitive acronyms (CGT, FO, GMB…) have their own index,
 * since they would be ordinary words in lower case.
 *
 * Term syntax (data files): words separated by spaces, hyphens or apostrophes (they match any run of spaces, `_`,
 * `-` or apostrophes in the text); a trailing `*` matches any word ending (stem: `diabét*`, at least 3 letters);
 * a leading `=` makes the term case- and accent-sensitive (`=CGT`). Matching is case- and accent-insensitive
 * otherwise (`diabete` finds `diabète`).
 */
import type { SensitiveCategory } from '../../core/types.js';

export interface TermGroup {
  /** Kind of cue, written in the evidence reason (e.g. "medical condition"). */
  kind: string;
  /** Cue strength 0..1: how surely the term reveals the category when it is about a person. 0 = stop phrase. */
  weight: number;
  fr?: readonly string[];
  en?: readonly string[];
  /** Proper names used in both languages (unions, parties, BRCA, FAED…). */
  any?: readonly string[];
}

export interface CategoryLexicon {
  /** null: stop phrases that only exist to shadow a shorter cue ("union européenne" hides "union"). */
  category: SensitiveCategory | null;
  groups: readonly TermGroup[];
}

export interface LexEntry {
  category: SensitiveCategory | null;
  kind: string;
  weight: number;
  lang: 'fr' | 'en' | 'any';
  /** The lexicon term (public lexicon data, never document text). */
  term: string;
}

export interface LexHit { entry: LexEntry; start: number; end: number }

/**
 * Folding table for the scanner: char code -> lower-case, accent-free code; 0 for non-word characters. Covers
 * ASCII, Latin-1 and Latin Extended-A (French, English and most European names); other scripts are not words here.
 */
const FOLD = new Uint16Array(0x180);
for (let c = 0x30; c <= 0x39; c++) FOLD[c] = c;
for (let c = 0x61; c <= 0x7a; c++) { FOLD[c] = c; FOLD[c - 32] = c; }
for (let c = 0xc0; c < 0x180; c++) {
  if (c === 0xd7 || c === 0xf7) continue;
  const low = String.fromCharCode(c).toLowerCase();
  const base = low.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  FOLD[c] = base.length === 1 ? base.charCodeAt(0) : low.length === 1 ? low.charCodeAt(0) : 0;
}
FOLD[0x152] = 0x153; // Œ -> œ

/** Characters allowed between the words of a multi-word term: white space (as `\s`), `_`, `-`, apostrophes. */
const GAP_CHAR = /[\s_'’-]/;
const ASCII_GAP = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_GAP[c] = GAP_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
/** True when text[from, to) is a non-empty run of gap characters. */
function isGap(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c < 128 ? ASCII_GAP[c] === 0 : !GAP_CHAR.test(text[p]!)) return false;
  }
  return true;
}

const foldCode = (c: number): number => (c < 0x180 ? FOLD[c]! : 0);

/** Lower-cased, accent-free form of a word (œ and æ stay). */
function foldWord(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i++) out += String.fromCharCode(foldCode(w.charCodeAt(i)) || w.charCodeAt(i));
  return out;
}

/** 30-bit rolling hash of folded codes: numeric keys keep the per-word index lookup cheap. */
function hashOf(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) & 0x3fffffff;
  return h;
}

/** Lower-case, strip accents (œ and æ stay), one apostrophe form, one separator form. */
export function fold(s: string): string {
  return foldWord(s.replace(/[’‘]/g, "'")).replace(/[\s_-]+/g, ' ');
}

interface TermSpec { words: string[]; stemLast: boolean; cs: boolean; entry: LexEntry }
/** A term indexed by one of its words (its longest full word: rarer than "the" or "de"), at position `pos`. */
interface Anchored { spec: TermSpec; pos: number }

const BITS = 1 << 19;
function addTo(map: Map<number, Anchored[]>, bits: Uint8Array, key: number, a: Anchored): void {
  const list = map.get(key);
  if (list) list.push(a);
  else map.set(key, [a]);
  bits[(key & (BITS - 1)) >> 3]! |= 1 << (key & 7);
}
const hasBit = (bits: Uint8Array, key: number) => (bits[(key & (BITS - 1)) >> 3]! & (1 << (key & 7))) !== 0;

/** The compiled lexicons: one pass finds every cue of every category. Immutable; build once and share. */
export class CompiledLexicon {
  /** Terms by the hash of their folded anchor word (case-sensitive terms too: checked exactly afterwards). */
  private readonly byWord = new Map<number, Anchored[]>();
  /** Single-word stems by the hash of their first three folded letters. */
  private readonly stems = new Map<number, Anchored[]>();
  /** Bit sets over the hashes: most words are rejected by one array read, before any Map lookup. */
  private readonly wordBits = new Uint8Array(BITS / 8);
  private readonly stemBits = new Uint8Array(BITS / 8);
  readonly size: number;
  // Reused token buffers (the detector is synchronous; one scan at a time per instance).
  private starts = new Int32Array(4096);
  private ends = new Int32Array(4096);
  private hashes = new Int32Array(4096);
  private h3s = new Int32Array(4096);

  constructor(lexicons: readonly CategoryLexicon[]) {
    let size = 0;
    for (const lex of lexicons) {
      for (const g of lex.groups) {
        if (!(g.weight >= 0 && g.weight <= 1)) throw new Error(`lexicon ${lex.category}: weight of "${g.kind}" must be in [0,1]`);
        for (const lang of ['fr', 'en', 'any'] as const) {
          for (const raw of g[lang] ?? []) {
            const cs = raw.startsWith('=');
            let t = cs ? raw.slice(1) : raw;
            const stemLast = t.endsWith('*');
            if (stemLast) t = t.slice(0, -1);
            if (t.includes('*')) throw new Error(`lexicon ${lex.category}: "${raw}": '*' is only allowed at the end`);
            const words = t.split(/[\s_'’-]+/).filter(Boolean).map((w) => (cs ? w : foldWord(w)));
            if (words.length === 0 || !words.every((w) => [...w].every((ch) => foldCode(ch.charCodeAt(0)) !== 0))) {
              throw new Error(`lexicon ${lex.category}: "${raw}" has characters the word scanner cannot see`);
            }
            if (stemLast && words[words.length - 1]!.length < 3) throw new Error(`lexicon ${lex.category}: stem "${raw}" is shorter than 3 letters`);
            const spec: TermSpec = { words, stemLast, cs, entry: { category: lex.category, kind: g.kind, weight: g.weight, lang, term: raw } };
            if (stemLast && words.length === 1) addTo(this.stems, this.stemBits, hashOf(foldWord(words[0]!).slice(0, 3)), { spec, pos: 0 });
            else {
              let pos = 0;
              const full = stemLast ? words.length - 1 : words.length;
              for (let k = 1; k < full; k++) if (words[k]!.length > words[pos]!.length) pos = k;
              addTo(this.byWord, this.wordBits, hashOf(foldWord(words[pos]!)), { spec, pos });
            }
            size++;
          }
        }
      }
    }
    this.size = size;
  }

  /**
   * All cue occurrences, left to right; where terms overlap the leftmost, then longest, wins. Stop phrases included.
   * With `lang`, that language's term wins over another language's term covering the same words.
   */
  scan(text: string, lang?: 'fr' | 'en'): LexHit[] {
    const count = this.tokenize(text);
    const { starts, ends, hashes, h3s } = this;
    const found: { spec: TermSpec; i: number; n: number }[] = [];
    for (let j = 0; j < count; j++) {
      const h = hashes[j]!;
      if (hasBit(this.wordBits, h)) {
        for (const { spec, pos } of this.byWord.get(h) ?? []) {
          const i = j - pos;
          if (i < 0) continue;
          const n = this.matchAt(spec, i, count, text);
          if (n > 0) found.push({ spec, i, n });
        }
      }
      const h3 = h3s[j]!;
      if (h3 !== -1 && hasBit(this.stemBits, h3)) {
        for (const { spec } of this.stems.get(h3) ?? []) {
          if (this.matchAt(spec, j, count, text) > 0) found.push({ spec, i: j, n: 1 });
        }
      }
    }
    const foreign = (f: { spec: TermSpec }) => (lang && f.spec.entry.lang !== lang && f.spec.entry.lang !== 'any' ? 1 : 0);
    if (found.length > 1) found.sort((a, b) => a.i - b.i || ends[b.i + b.n - 1]! - ends[a.i + a.n - 1]! || foreign(a) - foreign(b));
    const hits: LexHit[] = [];
    let next = 0;
    for (const f of found) {
      if (f.i < next) continue;
      hits.push({ entry: f.spec.entry, start: starts[f.i]!, end: ends[f.i + f.n - 1]! });
      next = f.i + f.n;
    }
    return hits;
  }

  /** Splits the text into words: start, end, hash of the folded word, hash of its first 3 letters (-1 if shorter). */
  private tokenize(text: string): number {
    let n = 0;
    let st = -1;
    let h = 0;
    let h3 = -1;
    let len = 0;
    const L = text.length;
    for (let i = 0; i <= L; i++) {
      const f = i < L ? foldCode(text.charCodeAt(i)) : 0;
      if (f !== 0) {
        if (st < 0) { st = i; h = 0; len = 0; h3 = -1; }
        h = (Math.imul(h, 31) + f) & 0x3fffffff;
        if (++len === 3) h3 = h;
      } else if (st >= 0) {
        if (n === this.starts.length) this.grow();
        this.starts[n] = st; this.ends[n] = i; this.hashes[n] = h; this.h3s[n] = h3;
        n++;
        st = -1;
      }
    }
    return n;
  }

  private grow(): void {
    const g = (a: Int32Array) => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
    this.starts = g(this.starts); this.ends = g(this.ends); this.hashes = g(this.hashes); this.h3s = g(this.h3s);
  }

  /** Number of words the term covers at word i, 0 when it does not match there. */
  private matchAt(spec: TermSpec, i: number, count: number, text: string): number {
    const n = spec.words.length;
    if (i + n > count) return 0;
    for (let k = 0; k < n; k++) {
      const j = i + k;
      if (k > 0 && !isGap(text, this.ends[j - 1]!, this.starts[j]!)) return 0;
      if (!this.wordIs(text, j, spec.words[k]!, k === n - 1 && spec.stemLast, spec.cs)) return 0;
    }
    return n;
  }

  /**
   * Word j equals `want` (starts with it when `prefix`), compared code by code, folded unless `cs`: the same answer as
   * comparing foldWord(word) (the word itself when `cs`) with `want`, without building the string. Folding keeps
   * one code unit per character, and every character of a word folds to a non-zero code.
   */
  private wordIs(text: string, j: number, want: string, prefix: boolean, cs: boolean): boolean {
    const st = this.starts[j]!;
    const len = this.ends[j]! - st;
    if (prefix ? len < want.length : len !== want.length) return false;
    for (let k = 0; k < want.length; k++) {
      const c = text.charCodeAt(st + k);
      if ((cs ? c : foldCode(c) || c) !== want.charCodeAt(k)) return false;
    }
    return true;
  }
}
