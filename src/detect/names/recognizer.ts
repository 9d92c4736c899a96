/**
 * PERSON and LOCATION recognizer: the shipped perceptron tagger (model.ts) over the tokens, then rules the model
 * cannot see from one position: titles out of the span, names inside street/school/company/place names dropped,
 * dangling particles trimmed, and propagation of a found name to its standalone later mentions in the document
 * ("Sophie Martin" ... "Martin"). LOCATION (cities, regions, countries) is reported with a capped score so that a
 * street address recognizer wins any overlap; it is not identifying on its own.
 */
import type { EntityType, Finding, Lang } from '../../core/types.js';
import type { AnalysisInput, Recognizer } from '../recognizer.js';
import { round } from '../recognizer.js';
import { B_LOC, B_PER, DocFeatures, I_LOC, I_PER, O } from './features.js';
import { digit, loadLexicon, type Lexicon } from './lexicon.js';
import { loadNameModel, type NameModel } from './model.js';
import { tokenize, type Token } from './tokenize.js';
import { ORG_SUFFIXES, PARTICLES, PLACE_CUES, STOP_WORDS, TITLES } from './words.js';

export interface NameRecognizerOptions {
  /** Report LOCATION findings too (default true). */
  locations?: boolean;
  /** Propagate found names to their later standalone mentions (default true). */
  propagate?: boolean;
}

interface Span { type: 'PER' | 'LOC'; i0: number; i1: number; margin: number; propagated: boolean }

const LOC_CAP = 0.6;

export class NameRecognizer implements Recognizer {
  readonly name = 'names';
  readonly types: readonly EntityType[];
  readonly languages: readonly Lang[] = ['fr', 'en'];
  private readonly opts: Required<NameRecognizerOptions>;
  private model: NameModel | undefined;
  private lex: Lexicon | undefined;

  constructor(opts: NameRecognizerOptions = {}) {
    this.opts = { locations: opts.locations ?? true, propagate: opts.propagate ?? true };
    this.types = this.opts.locations ? ['PERSON', 'LOCATION'] : ['PERSON'];
  }

  analyze(input: AnalysisInput): Finding[] {
    // Lazy: the model and lexicon load on first use, once per process / worker thread.
    this.model ??= loadNameModel();
    this.lex ??= loadLexicon();
    const tokens = tokenize(input.text);
    if (tokens.length === 0) return [];
    const df = new DocFeatures(tokens, input.lang, this.lex);
    const { tags, margin } = this.model.decode(df);
    let spans = collectSpans(tags, margin);
    spans = spans.map((s) => cleanSpan(extendParticles(s, df), df)).filter((s): s is Span => s !== null);
    if (this.opts.propagate) spans = propagate(spans, df);
    const ref = this.model.header.marginRef || 1;
    const out: Finding[] = [];
    for (const s of spans) {
      if (s.type === 'LOC' && !this.opts.locations) continue;
      const m = Math.max(0, s.margin);
      const conf = m / (m + ref);
      const score = s.type === 'PER' ? 0.5 + 0.5 * conf : 0.5 + (LOC_CAP - 0.5) * conf;
      out.push({
        type: s.type === 'PER' ? 'PERSON' : 'LOCATION',
        start: (tokens[s.i0] as Token).start,
        end: (tokens[s.i1] as Token).end,
        score: round(s.propagated ? Math.max(score, 0.7) : score),
        recognizer: this.name,
        explanation: { pattern: s.propagated ? 'name-model+propagation' : 'name-model', validation: 'none', note: explain(s, df) },
      });
    }
    return out;
  }
}

function collectSpans(tags: Uint8Array, margin: Float32Array): Span[] {
  const out: Span[] = [];
  let cur: Span | null = null;
  let sum = 0;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? (tags[i] as number) : O;
    const cont = cur && ((cur.type === 'PER' && t === I_PER) || (cur.type === 'LOC' && t === I_LOC));
    if (cont && cur) { cur.i1 = i; sum += margin[i] as number; continue; }
    if (cur) { cur.margin = sum / (cur.i1 - cur.i0 + 1); out.push(cur); cur = null; }
    if (t === B_PER || t === B_LOC) { cur = { type: t === B_PER ? 'PER' : 'LOC', i0: i, i1: i, margin: 0, propagated: false }; sum = margin[i] as number; }
  }
  return out;
}

/**
 * "Hugues de La Fontaine", "Pieter van der Berg": a person span followed, on the same line, by lower-case particles
 * and a capitalised word that is not a known place takes them in ("Sophie Martin de Lyon" stays as it is).
 */
function extendParticles(s: Span, df: DocFeatures): Span {
  if (s.type !== 'PER') return s;
  let j = s.i1 + 1;
  let sawParticle = false;
  while (j < df.n && df.caseCls[j] === 2 && PARTICLES.has(df.key(j)) && !(df.tokens[j] as Token).lineStart) { j++; sawParticle = true; }
  if (!sawParticle || j >= df.n || (df.tokens[j] as Token).lineStart || df.caseCls[j] !== 1) return s;
  // Capitalised particles may follow ("de La Fontaine").
  let end = j;
  while (end + 1 < df.n && PARTICLES.has(df.key(end)) && df.caseCls[end + 1] === 1 && !(df.tokens[end + 1] as Token).lineStart) end++;
  const v = df.lexValue(end);
  if (digit(v, 8) >= 2 && digit(v, 2) === 0) return s; // a known place: "de Lyon"
  if (STOP_WORDS.has(df.key(end)) && !PARTICLES.has(df.key(end))) return s;
  return { ...s, i1: end };
}

/** The place cue ("rue", "Lycée", "Saint") right before token i on the same line, skipping particles. */
function placeCueBefore(df: DocFeatures, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const t = df.tokens[j] as Token;
    const k = df.key(j);
    if (PLACE_CUES.has(k) && df.caseCls[j] !== 0) return true;
    if (!PARTICLES.has(k) && k !== "'" && k !== '-') return false;
    if (t.lineStart) return false;
  }
  return false;
}

function cleanSpan(s: Span, df: DocFeatures): Span | null {
  let { i0, i1 } = s;
  // Titles and their dot are not part of the name ("Dr Sophie Martin" -> "Sophie Martin").
  while (i0 <= i1 && (TITLES.has(df.key(i0)) || df.key(i0) === '.') && i0 < i1) i0++;
  // Dangling particles or punctuation at the end ("Sophie Martin de").
  while (i1 > i0 && (df.caseCls[i1] === 0 || (df.caseCls[i1] === 2 && PARTICLES.has(df.key(i1))))) i1--;
  if (df.caseCls[i0] === 0) return null;
  if (s.type === 'PER') {
    if (placeCueBefore(df, i0)) return null;
    const k = df.key(i0);
    if (/^(saint|sainte|st|ste|san|santa)-/.test(k)) return null;
    if (i0 === i1 && STOP_WORDS.has(k) && !PARTICLES.has(k)) return null;
    if (orgContext(df, i0, i1)) return null;
    // A lone letter or two-letter capital ("E", "FK") is a grade, band or code, not a name; initials need a surname.
    if (i0 === i1 && (df.tokens[i0] as Token).text.length <= 2 && df.caseCls[i0] === 1 && (df.tokens[i0] as Token).text.toUpperCase() === (df.tokens[i0] as Token).text) return null;
  }
  return { ...s, i0, i1 };
}

/** "Calder & Reeve", "Brightwater Logistics", "Harris County": the capitalised words belong to an organisation or place. */
function orgContext(df: DocFeatures, i0: number, i1: number): boolean {
  if (ORG_SUFFIXES.has(df.key(i1)) && i1 > i0) return true;
  const next = i1 + 1 < df.n ? df.key(i1 + 1) : '';
  if (next === '&' || (ORG_SUFFIXES.has(next) && df.caseCls[i1 + 1] === 1)) return true;
  return i0 > 0 && df.key(i0 - 1) === '&';
}

/**
 * Standalone later (or earlier) mentions of a found name: each capitalised token of a PER span, and the whole
 * span, are looked for elsewhere in the document. Lower-case mentions count only in chat-style documents and when
 * the word is not a common word.
 */
function propagate(spans: Span[], df: DocFeatures): Span[] {
  const names = new Map<string, number>();
  for (const s of spans) {
    if (s.type !== 'PER') continue;
    for (let i = s.i0; i <= s.i1; i++) {
      const k = df.key(i);
      if (k.length < 2 || df.caseCls[i] === 0 || PARTICLES.has(k) || STOP_WORDS.has(k) || TITLES.has(k)) continue;
      names.set(k, (names.get(k) ?? 0) + 1);
    }
  }
  if (names.size === 0) return spans;
  const covered = new Uint8Array(df.n);
  for (const s of spans) for (let i = s.i0; i <= s.i1; i++) covered[i] = 1;
  const added: Span[] = [];
  for (let i = 0; i < df.n; i++) {
    if (covered[i] || df.cand[i] !== 1 || !names.has(df.key(i))) continue;
    if (df.caseCls[i] === 2) {
      const v = df.lexValue(i);
      const lc = df.lang === 'fr' ? digit(v, 4) : df.lang === 'en' ? digit(v, 5) : Math.max(digit(v, 4), digit(v, 5));
      // A common word ("drew", "hope") counts only when the model tagged it as a name at least twice.
      if (!df.docLower || (lc >= 4 && (names.get(df.key(i)) ?? 0) < 2)) continue;
    }
    if (placeCueBefore(df, i)) continue;
    let j = i;
    while (j + 1 < df.n && !covered[j + 1] && df.cand[j + 1] === 1 && names.has(df.key(j + 1)) && !(df.tokens[j + 1] as Token).lineStart) j++;
    added.push({ type: 'PER', i0: i, i1: j, margin: 0, propagated: true });
    for (let x = i; x <= j; x++) covered[x] = 1;
    i = j;
  }
  if (added.length === 0) return spans;
  return [...spans, ...added].sort((a, b) => a.i0 - b.i0);
}

function explain(s: Span, df: DocFeatures): string {
  const hits: string[] = [];
  for (let i = s.i0; i <= s.i1 && hits.length < 4; i++) {
    const v = df.lexValue(i);
    if (v === 0) continue;
    const f = Math.max(digit(v, 0), digit(v, 1));
    const sn = digit(v, 2) > 0 || digit(v, 3) > 0;
    const parts = [f ? `first-name ${f}/9` : '', sn ? 'surname' : ''].filter(Boolean);
    if (parts.length) hits.push(`token ${i - s.i0 + 1}: ${parts.join(', ')}`);
  }
  return `margin ${s.margin.toFixed(2)}${hits.length ? `; lexicon: ${hits.join('; ')}` : ''}${s.propagated ? '; repeated mention of a name found in this document' : ''}`;
}
