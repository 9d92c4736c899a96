/**
 * Feature extraction for the name tagger: hashed indicator features over tokens (word, shape, affixes, lexicon
 * buckets, titles, place cues, line and sentence position, neighbours, document style) plus the previous tags.
 * Work is skipped for tokens that cannot be part of a name (punctuation, numbers, links, lower-case common words):
 * they are tagged O without computing a single feature, which is what makes full detection fast.
 */
import type { Lang } from '../../core/types.js';
import { digit, type Lexicon } from './lexicon.js';
import { foldKey, type Token } from './tokenize.js';
import { ORG_SUFFIXES, PARTICLES, PLACE_CUES, STOP_WORDS, TITLES } from './words.js';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'] as const;
export const NT = TAGS.length;
export const O = 0, B_PER = 1, I_PER = 2, B_LOC = 3, I_LOC = 4;

/** Feature templates; changing the list or the hashing changes the model format (bump FEATURE_VERSION). */
export const FEATURE_VERSION = 7;

export function hashStr(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}

function mix(template: number, value: number): number {
  let x = (value ^ Math.imul(template + 1, 0x9e3779b1)) >>> 0;
  x ^= x >>> 16; x = Math.imul(x, 0x85ebca6b); x ^= x >>> 13; x = Math.imul(x, 0xc2b2ae35); x ^= x >>> 16;
  return x >>> 0;
}
const pair = (a: number, b: number): number => (Math.imul(a, 0x27d4eb2d) ^ b) >>> 0;

/** Words after which a lower-case word is often a name in chats and mails. */
const LC_NAME_CUES = new Set(['salut', 'coucou', 'bonjour', 'bonsoir', 'merci', 'cc', 'hello', 'hi', 'hey', 'thanks', 'thx', 'dear', 'cher', 'chère', 'bye', 'yo']);


/**
 * Membership test that rejects most words on their length and first character before hashing the string: a Set
 * lookup of a fresh string costs a hash of it, and the hot loops ask about every token. Same answers as words.has.
 */
export function quickHas(words: ReadonlySet<string>): (s: string) => boolean {
  let max = 0;
  const first = new Uint8Array(0x10000);
  for (const w of words) { max = Math.max(max, w.length); first[w.charCodeAt(0)] = 1; }
  const empty = words.has('');
  return (s) => (s.length === 0 ? empty : s.length <= max && first[s.charCodeAt(0)] === 1 && words.has(s));
}
export const isParticle = quickHas(PARTICLES);

/** LC_NAME_CUES.has(w.toLowerCase()), without lower-casing most words (lower-casing never shortens a word). */
const LC_CUE_MAX = Math.max(...[...LC_NAME_CUES].map((w) => w.length));
const LC_CUE_FIRST = new Uint8Array(128);
for (const w of LC_NAME_CUES) if (w.charCodeAt(0) < 128) LC_CUE_FIRST[w.charCodeAt(0)] = 1;
function isNameCue(w: string): boolean {
  if (w.length > LC_CUE_MAX || w.length === 0) return false;
  const c = w.charCodeAt(0);
  if (c < 128 && LC_CUE_FIRST[c >= 65 && c <= 90 ? c + 32 : c] === 0) return false; // ASCII lower-cases to ASCII
  return LC_NAME_CUES.has(w.toLowerCase());
}

const SENT_END = new Set(['.', '!', '?', '…', '•', '*', '>', '-', '–', '—', '"', '«', '“', '(', '[', '|', ';']);

/** Coarse class of a 0..9 bucket: absent, low, mid, high. */
const cls4 = (b: number): number => (b === 0 ? 0 : b <= 3 ? 1 : b <= 6 ? 2 : 3);

/**
 * Hash of the word's short shape ("Jean-Baptiste" -> "Xx-Xx|6", "DUPONT" -> "X|6"): character classes with runs
 * collapsed, plus a length bucket. Computed straight into an FNV-1a hash, without building the string (hot path).
 */
function shapeHashOf(w: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    let c: number;
    if (code >= 48 && code <= 57) c = 100; // d
    else if (code < 128) c = code >= 65 && code <= 90 ? 88 : code >= 97 && code <= 122 ? 120 : code;
    else c = caseClassOf(code);
    if (c !== last) { h ^= c; h = Math.imul(h, 0x01000193); }
    last = c;
  }
  const n = w.length;
  h ^= 124; h = Math.imul(h, 0x01000193);
  h ^= 48 + (n <= 3 ? n : n <= 5 ? 4 : 6); h = Math.imul(h, 0x01000193);
  return h >>> 0;
}

/** Shape class of a non-ASCII code unit (88 upper case, 120 lower case, else itself), memoised: no string per letter. */
const CASE_CLASS = new Uint16Array(0x10000);
function caseClassOf(code: number): number {
  let c = CASE_CLASS[code] as number;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = ch !== ch.toLowerCase() ? 88 : ch !== ch.toUpperCase() ? 120 : code;
    CASE_CLASS[code] = c;
  }
  return c;
}

/** FNV-1a of s[from, to) (same value as hashStr(s.slice(from, to)), without the allocation). */
function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = Math.max(0, from); i < to; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}

/** 1: upper-case initial letter; 2: lower-case initial letter; 0: anything else. */
function caseOf(w: string): number {
  const code = w.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? 1 : code >= 97 && code <= 122 ? 2 : 0;
  const c = w.charAt(0);
  const up = c.toUpperCase(), low = c.toLowerCase();
  if (up === low) return 0;
  return c === up ? 1 : 2;
}

export interface PrepareOptions {
  /** Training only: hide the name-lexicon entries of some tokens so that the model learns names it has never seen. */
  dropLexicon?: (tokenIndex: number) => boolean;
}

/** Per-document state: tokens plus lazily computed per-token facts, shared by feature extraction and decoding. */
export class DocFeatures {
  readonly n: number;
  readonly caseCls: Uint8Array;
  /** 0: not a candidate (always O); 1: may start or continue a name; 2: may only continue one (particles). */
  readonly cand: Uint8Array;
  readonly docLower: boolean;
  private readonly lower: (string | undefined)[];
  private readonly lexv: Float64Array;
  private readonly shapeH: Uint32Array;
  private readonly wordH: Uint32Array;
  private readonly lexCls: Int16Array;
  private readonly langH: number;

  constructor(readonly tokens: readonly Token[], readonly lang: Lang | 'other', private readonly lex: Lexicon, private readonly opts: PrepareOptions = {}) {
    const n = (this.n = tokens.length);
    this.caseCls = new Uint8Array(n);
    this.cand = new Uint8Array(n);
    this.lower = new Array<string | undefined>(n);
    this.lexv = new Float64Array(n).fill(-1);
    this.shapeH = new Uint32Array(n);
    this.wordH = new Uint32Array(n);
    this.lexCls = new Int16Array(n).fill(-1);
    this.langH = hashStr(lang);
    let lowerLines = 0, upperLines = 0, upperTok = 0, letterTok = 0;
    for (let i = 0; i < n; i++) {
      const t = tokens[i] as Token;
      const c = caseOf(t.text);
      this.caseCls[i] = c;
      if (c) letterTok++;
      if (c === 1) upperTok++;
      if (t.lineStart && c) { if (c === 2) lowerLines++; else upperLines++; }
    }
    // Chat style: most lines start in lower case, or almost nothing is capitalised.
    this.docLower = (lowerLines >= 2 && lowerLines > upperLines) || (letterTok >= 20 && upperTok / letterTok < 0.03);
    for (let i = 0; i < n; i++) {
      const t = tokens[i] as Token;
      const c = this.caseCls[i] as number;
      if (c === 0 || t.inLink) continue;
      if (c === 1) {
        // Capitalised function words ("The", "Bonjour") never start a name unless they are particles ("Le Gall").
        const k = this.key(i);
        if (STOP_WORDS.has(k) && !PARTICLES.has(k)) continue;
        // A frequent common word that no name list and no gazetteer knows ("Customer", "Total", "Description")
        // is not a name, whatever its case: skip it (precision, and speed on headings and form labels).
        const v = this.lexValue(i);
        // (INSEE surname membership does not count: that list holds many common words, "Homme", "Maison".)
        if (digit(v, 0) === 0 && digit(v, 1) === 0 && digit(v, 3) <= 2 && digit(v, 8) === 0 && digit(v, 9) === 0 && this.lcBucket(v) >= 5) continue;
        this.cand[i] = 1;
        continue;
      }
      // Lower-case token. Particles may continue a name ("de La Fontaine"). Anything else is looked up only in
      // chat-style documents, in a chat speaker slot, or right after a greeting or a colon ("merci ines",
      // "Client : yannick berthelot"): elsewhere a lower-case word is not a name, and skipping it is what keeps
      // the recognizer fast.
      if (isParticle(t.text)) { this.cand[i] = 2; continue; }
      if (!this.docLower && !this.lowerNameSlot(i)) continue;
      const k = this.key(i);
      if (PARTICLES.has(k)) { this.cand[i] = 2; continue; }
      if (STOP_WORDS.has(k)) continue;
      const v = this.lexValue(i);
      if (digit(v, 0) >= 2 || digit(v, 1) >= 2 || (this.docLower && (digit(v, 2) > 0 || digit(v, 3) > 0))) this.cand[i] = 1;
    }
  }

  /** Positions where a lower-case word may well be a name even in an otherwise capitalised document. */
  private lowerNameSlot(i: number): boolean {
    const t = this.tokens[i] as Token;
    const next = i + 1 < this.n ? (this.tokens[i + 1] as Token).text : '';
    if (t.lineStart && next === ':') return true;
    if (i === 0) return false;
    const prev = (this.tokens[i - 1] as Token).text;
    if (prev === ':' || prev === '>' || prev === ']' || prev === '@') return prev !== '@';
    return isNameCue(prev);
  }

  /**
   * Lower-cased first letter of key(i) when the token starts with an ASCII character (folding keeps it), else -1:
   * lets hot loops reject most words before folding them.
   */
  asciiInitial(i: number): number {
    const c = (this.tokens[i] as Token).text.charCodeAt(0);
    return c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : -1;
  }

  key(i: number): string {
    let k = this.lower[i];
    if (k === undefined) { k = foldKey((this.tokens[i] as Token).text); this.lower[i] = k; }
    return k;
  }

  lexValue(i: number): number {
    let v = this.lexv[i] as number;
    if (v < 0) {
      v = this.lex.packed(this.key(i));
      if (v === 0 && this.key(i).includes("'")) v = this.lex.packed(this.key(i).replace(/'/g, ''));
      if (this.opts.dropLexicon?.(i)) v = v % 1e6; // keep the common-word and gazetteer digits, hide the name digits
      this.lexv[i] = v;
    }
    return v;
  }

  private lcBucket(v: number): number {
    return this.lang === 'fr' ? digit(v, 4) : this.lang === 'en' ? digit(v, 5) : Math.max(digit(v, 4), digit(v, 5));
  }

  /** Lexical class of a token: first-name, surname and common-word strength, stop word, title, place, organisation. */
  lexClass(i: number): number {
    let c = this.lexCls[i] as number;
    if (c < 0) {
      const k = this.key(i);
      const v = this.lexValue(i);
      const f = cls4(Math.max(digit(v, 0), digit(v, 1)));
      const sF = digit(v, 2) > 0 ? 1 : 0;
      const sE = cls4(digit(v, 3));
      const lc = cls4(this.lcBucket(v));
      c = f + 4 * sF + 8 * sE + 32 * lc + (STOP_WORDS.has(k) ? 128 : 0) + (TITLES.has(k) ? 256 : 0) +
        512 * cls4(digit(v, 8)) + (digit(v, 9) > 0 ? 2048 : 0);
      this.lexCls[i] = c;
    }
    return c;
  }

  /** Lexical class of a neighbour; tokens that cannot be names get a class from their case alone (no lookup). */
  private neighbourClass(i: number): number {
    if (i < 0 || i >= this.n) return 999;
    if (this.cand[i] === 0) return 1000 + (this.caseCls[i] as number);
    return this.lexClass(i);
  }

  wordHash(i: number): number {
    if (i < 0) return 0x1234567;
    if (i >= this.n) return 0x7654321;
    let h = this.wordH[i] as number;
    if (h === 0) { h = hashStr(this.key(i)) || 1; this.wordH[i] = h; }
    return h;
  }

  shapeHash(i: number): number {
    if (i < 0) return 0x2345678;
    if (i >= this.n) return 0x8765432;
    let h = this.shapeH[i] as number;
    if (h === 0) { h = shapeHashOf((this.tokens[i] as Token).text) || 1; this.shapeH[i] = h; }
    return h;
  }

  private sentStart(i: number): boolean {
    if (i === 0) return true;
    const t = this.tokens[i] as Token;
    return t.lineStart || SENT_END.has((this.tokens[i - 1] as Token).text);
  }

  private isTitleAt(i: number): boolean {
    if (i < 0) return false;
    const t = this.tokens[i] as Token;
    if (t.text === '.' && i > 0) return this.caseCls[i - 1] === 1 && TITLES.has(this.key(i - 1));
    return this.caseCls[i] !== 0 && TITLES.has(this.key(i));
  }

  /** Static (tag-independent) features of token i, appended to `out`. */
  staticFeatures(i: number, out: number[]): void {
    const t = this.tokens[i] as Token;
    const k = this.key(i);
    const v = this.lexValue(i);
    const w = this.wordHash(i);
    const sh = this.shapeHash(i);
    const lc = this.lexClass(i);
    const ss = this.sentStart(i) ? 1 : 0;
    const lineEnd = i + 1 >= this.n || (this.tokens[i + 1] as Token).lineStart ? 1 : 0;
    out.push(
      mix(0, 0),
      mix(1, w),
      mix(2, sh),
      mix(3, hashRange(k, k.length - 3, k.length)),
      mix(4, hashRange(k, k.length - 2, k.length)),
      mix(5, hashRange(k, 0, Math.min(3, k.length))),
      mix(6, digit(v, 0)), mix(7, digit(v, 1)), mix(8, digit(v, 2)), mix(9, digit(v, 3)),
      mix(10, pair(this.lcBucket(v), this.langH)),
      mix(11, lc),
      mix(12, pair(lc, sh)),
      mix(13, pair(lc, ss + 2 * this.caseCls[i]! + 8 * (this.docLower ? 1 : 0))),
      mix(14, this.wordHash(i - 1)), mix(15, this.wordHash(i + 1)),
      mix(16, this.wordHash(i - 2)), mix(17, this.wordHash(i + 2)),
      mix(18, this.shapeHash(i - 1)), mix(19, this.shapeHash(i + 1)),
      mix(20, pair(this.shapeHash(i - 1), sh)), mix(21, pair(sh, this.shapeHash(i + 1))),
      mix(22, this.neighbourClass(i - 1)), mix(23, this.neighbourClass(i + 1)),
      mix(24, (this.isTitleAt(i - 1) ? 1 : 0) + (this.isTitleAt(i - 2) ? 2 : 0)),
      mix(25, ss + 2 * (t.lineStart ? 1 : 0) + 4 * lineEnd),
      mix(26, pair(ss + 2 * lineEnd, sh)),
      mix(27, pair(w, this.langH)),
      mix(28, pair(this.caseCls[i]! + 4 * (this.docLower ? 1 : 0), lc & 127)),
      mix(38, pair(lc, this.langH)),
      mix(29, pair(this.wordHash(i - 1), this.wordHash(i + 1))),
      mix(36, digit(v, 8)), mix(37, digit(v, 9)),
    );
    // A place cue within the three previous tokens of the same line: "rue Victor Hugo", "Lycée Jean Moulin".
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (this.caseCls[j] !== 0 && PLACE_CUES.has(this.key(j))) { out.push(mix(30, pair(this.wordHash(j), i - j)), mix(31, i - j)); break; }
      if ((this.tokens[j + 1] as Token).lineStart) break;
    }
    // Hyphenated or apostrophe names: lexicon class of each part ("Jean-Baptiste", "Lemaire-Roux", "Saint-Étienne").
    if (k.includes('-')) {
      const parts = k.split('-');
      let code = 0;
      for (const p of parts.slice(0, 3)) {
        const pv = this.opts.dropLexicon?.(i) ? 0 : this.lex.packed(p);
        code = code * 16 + cls4(Math.max(digit(pv, 0), digit(pv, 1))) + 4 * (digit(pv, 2) || cls4(digit(pv, 3)) ? 1 : 0) + (STOP_WORDS.has(p) ? 8 : 0);
      }
      out.push(mix(32, code), mix(33, hashStr(parts[0] as string)), mix(34, parts.length));
    }
    // Chat speaker slot: "drew: ...", "[10:02] Raj: ...", "> pierre : ...".
    const prevTxt = i > 0 ? (this.tokens[i - 1] as Token).text : '';
    const slotStart = t.lineStart || prevTxt === ']' || prevTxt === '>';
    if (slotStart && i + 1 < this.n && (this.tokens[i + 1] as Token).text === ':') {
      out.push(mix(39, pair(lc, this.caseCls[i]!)), mix(45, this.caseCls[i]! + 4 * (this.docLower ? 1 : 0)));
    } else if (i + 2 < this.n && (this.tokens[i + 2] as Token).text === ':' && this.caseCls[i + 1] === this.caseCls[i]) {
      // Two-word speaker ("[09:11] Conceição Ribeiro: ...", "Agent Will: ...").
      if (slotStart) out.push(mix(48, this.caseCls[i]!));
      else if (i > 0 && (this.tokens[i - 1] as Token).text !== ':' && (i < 2 || (this.tokens[i - 2] as Token).text === ']' || (this.tokens[i - 1] as Token).lineStart)) out.push(mix(49, this.caseCls[i]!));
    }
    // Parenthesised speaker: "Conseillère (Inès) :", "FreshCart (Ollie):".
    if (prevTxt === '(' && i + 2 < this.n && (this.tokens[i + 1] as Token).text === ')' && (this.tokens[i + 2] as Token).text === ':') out.push(mix(51, this.caseCls[i]!));
    if (i > 0 && i + 1 < this.n && (this.tokens[i + 1] as Token).text === ':' && this.caseCls[i - 1] === 1 && ((this.tokens[i - 1] as Token).lineStart || (i > 1 && (this.tokens[i - 2] as Token).text === ']'))) {
      out.push(mix(50, pair(this.wordHash(i - 1), this.caseCls[i]!))); // "Agent Will:", "Dr Smith:"
    }
    // Company / institution endings right after: "Brightwater Logistics", "Harris County", "Calder & Reeve".
    for (let j = i + 1; j <= Math.min(this.n - 1, i + 2); j++) {
      const nk = this.key(j);
      if (ORG_SUFFIXES.has(nk) && this.caseCls[j] === 1) { out.push(mix(46, pair(this.wordHash(j), j - i))); break; }
      if (nk === '&') { out.push(mix(47, j - i)); break; }
      if (this.caseCls[j] !== 1) break;
    }
    if (prevTxt === '&') out.push(mix(47, 9));
    // Form layouts: "Nom : DUPONT", "Name: Smith".
    if (i > 0 && (this.tokens[i - 1] as Token).text === ':') out.push(mix(35, this.wordHash(i - 2)));
  }

  /** Features that depend on the previous tags (greedy left-to-right decoding). */
  dynamicFeatures(i: number, prev: number, prev2: number, out: number[]): void {
    out.push(
      mix(40, prev),
      mix(41, prev * NT + prev2),
      mix(42, pair(prev, this.wordHash(i))),
      mix(43, pair(prev, this.shapeHash(i))),
      mix(44, pair(prev, this.lexClass(i))),
    );
  }
}
