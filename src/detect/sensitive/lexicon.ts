/**
 * Lexicon compiler. Every category's cue terms (FR + EN, in ./lexicons/) are merged into ONE trie-shaped regex so a
 * document is scanned once, whatever the number of terms: this is the prefilter that keeps the detector fast (only
 * sentences around a hit are analysed further). A second, much smaller regex holds the case-sensitive acronyms
 * (CGT, FO, RN, GMB…), which would be ordinary words in lower case.
 *
 * Term syntax (data files): lower-case words; a space or hyphen matches any run of spaces, `_` or `-`; a trailing `*`
 * matches any word ending (stem: `diabét*`); a leading `=` makes the term case- and accent-sensitive (`=CGT`).
 * Matching is accent-insensitive otherwise (`diabete` finds `diabète`).
 */
import type { SensitiveCategory } from '../../core/types.js';

export interface TermGroup {
  /** Kind of cue, written in the evidence reason (e.g. "medical condition"). */
  kind: string;
  /** Cue strength 0..1: how surely the term reveals the category when it is about a person. 0 = stop phrase. */
  weight: number;
  fr?: readonly string[];
  en?: readonly string[];
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
  lang: 'fr' | 'en';
  /** The lexicon term (public lexicon data, never document text). */
  term: string;
}

export interface LexHit { entry: LexEntry; start: number; end: number }

/** Letters and digits, as a non-unicode class (used with the `i` flag): word boundaries for Latin-script text. */
const W = 'a-z0-9à-öø-ÿœæ';
const WCS = 'A-Za-z0-9À-ÖØ-öø-ÿŒœÆæ';
const SEP = '[\\s_-]+';
const ACCENTS: Record<string, string> = {
  a: 'aàâäáã', c: 'cç', e: 'eéèêë', i: 'iîïíì', o: 'oôöóò', u: 'uùûüú', y: 'yÿý', n: 'nñ',
};

/** Lower-case, strip accents (œ and æ stay), one apostrophe form, one separator form. */
export function fold(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'").replace(/[\s_-]+/g, ' ');
}

interface Node { kids: Map<string, Node>; terminal: boolean; stem: boolean }
const newNode = (): Node => ({ kids: new Map(), terminal: false, stem: false });

function escapeChar(c: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
}

function charRe(c: string, sensitive: boolean): string {
  if (c === ' ') return SEP;
  if (c === "'") return "['’]";
  if (!sensitive && ACCENTS[c]) return `[${ACCENTS[c]}]`;
  return escapeChar(c);
}

function emit(node: Node, sensitive: boolean): string {
  const alts = [...node.kids.entries()].map(([c, k]) => charRe(c, sensitive) + emit(k, sensitive));
  if (node.stem) alts.push(`[${sensitive ? WCS : W}]*`);
  if (alts.length === 0) return '';
  const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  if (node.terminal && !node.stem) return alts.length === 1 && alts[0]!.length === 1 ? `${body}?` : `(?:${body})?`;
  return body;
}

function buildRegex(keys: readonly { key: string; stem: boolean }[], sensitive: boolean): RegExp | null {
  if (keys.length === 0) return null;
  const root = newNode();
  for (const { key, stem } of keys) {
    let n = root;
    for (const ch of key) {
      let k = n.kids.get(ch);
      if (!k) { k = newNode(); n.kids.set(ch, k); }
      n = k;
    }
    n.terminal = true;
    if (stem) n.stem = true;
  }
  const w = sensitive ? WCS : W;
  return new RegExp(`(?<![${w}])${emit(root, sensitive)}(?![${w}])`, sensitive ? 'g' : 'gi');
}

/** The compiled lexicons: one scan finds every cue of every category. Immutable; build once and share. */
export class CompiledLexicon {
  private readonly ci: RegExp | null;
  private readonly cs: RegExp | null;
  private readonly exact = new Map<string, LexEntry>();
  private readonly exactCs = new Map<string, LexEntry>();
  private readonly stems: { prefix: string; entry: LexEntry }[] = [];
  private readonly stemsCs: { prefix: string; entry: LexEntry }[] = [];
  readonly size: number;

  constructor(lexicons: readonly CategoryLexicon[]) {
    const ciKeys: { key: string; stem: boolean }[] = [];
    const csKeys: { key: string; stem: boolean }[] = [];
    let size = 0;
    for (const lex of lexicons) {
      for (const g of lex.groups) {
        if (!(g.weight >= 0 && g.weight <= 1)) throw new Error(`lexicon ${lex.category}: weight of "${g.kind}" must be in [0,1]`);
        for (const lang of ['fr', 'en'] as const) {
          for (const raw of g[lang] ?? []) {
            const sensitive = raw.startsWith('=');
            let t = sensitive ? raw.slice(1) : raw;
            const stem = t.endsWith('*');
            if (stem) t = t.slice(0, -1);
            if (t.includes('*')) throw new Error(`lexicon ${lex.category}: "${raw}": '*' is only allowed at the end`);
            const key = sensitive ? t.replace(/[\s_-]+/g, ' ') : fold(t);
            if (!key.trim()) throw new Error(`lexicon ${lex.category}: empty term in "${g.kind}"`);
            const entry: LexEntry = { category: lex.category, kind: g.kind, weight: g.weight, lang, term: raw };
            (sensitive ? csKeys : ciKeys).push({ key, stem });
            const map = sensitive ? this.exactCs : this.exact;
            const stems = sensitive ? this.stemsCs : this.stems;
            if (stem) stems.push({ prefix: key, entry });
            else if (!map.has(key) || map.get(key)!.weight < entry.weight) map.set(key, entry);
            size++;
          }
        }
      }
    }
    this.stems.sort((a, b) => b.prefix.length - a.prefix.length);
    this.stemsCs.sort((a, b) => b.prefix.length - a.prefix.length);
    this.ci = buildRegex(ciKeys, false);
    this.cs = buildRegex(csKeys, true);
    this.size = size;
  }

  /** All cue occurrences in the text, sorted by offset; overlapping hits keep the longest. Stop phrases included. */
  scan(text: string): LexHit[] {
    const hits: LexHit[] = [];
    this.collect(text, this.ci, false, hits);
    this.collect(text, this.cs, true, hits);
    if (hits.length < 2) return hits;
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: LexHit[] = [];
    for (const h of hits) {
      const last = out[out.length - 1];
      if (last && h.start < last.end) {
        if (h.end - h.start > last.end - last.start) out[out.length - 1] = h;
        continue;
      }
      out.push(h);
    }
    return out;
  }

  private collect(text: string, re: RegExp | null, sensitive: boolean, into: LexHit[]): void {
    if (!re) return;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const entry = this.resolve(m[0], sensitive);
      if (entry) into.push({ entry, start: m.index, end: m.index + m[0].length });
    }
  }

  /** Which lexicon entry a matched string stands for: exact term first, then the longest matching stem. */
  resolve(matched: string, sensitive: boolean): LexEntry | undefined {
    const key = sensitive ? matched.replace(/[\s_-]+/g, ' ') : fold(matched);
    const hit = (sensitive ? this.exactCs : this.exact).get(key);
    if (hit) return hit;
    for (const s of sensitive ? this.stemsCs : this.stems) {
      if (key.startsWith(s.prefix) && !key.slice(s.prefix.length).includes(' ')) return s.entry;
    }
    return undefined;
  }
}
