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
import { DocFeatures } from './features.js';
import { digit, loadLexicon, type Lexicon } from './lexicon.js';
import { loadNameModel, type NameModel } from './model.js';
import { propagate } from './propagate.js';
import { addParticleNames, cleanSpan, collectSpans, extendParticles, mergeAdjacent, titled, type Span } from './spans.js';
import { foldKey, tokenize, type Token } from './tokenize.js';

export interface NameRecognizerOptions {
  /** Report LOCATION findings too (default true). */
  locations?: boolean;
  /** Propagate found names to their later standalone mentions (default true). */
  propagate?: boolean;
}


const LOC_CAP = 0.6;
/** Model confidence m / (m + m_ref) that maps to score 0.5 (chosen on the dev set: one scalar, both languages). */
const PER_MIN_CONF = 0.1;

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
    let spans = addParticleNames(collectSpans(tags, margin), tags, df);
    spans = mergeAdjacent(spans, df).map((s) => cleanSpan(extendParticles(s, df), df)).filter((s): s is Span => s !== null);
    if (this.opts.propagate) spans = propagate(spans, df, input.text);
    const ref = this.model.header.marginRef || 1;
    const out: Finding[] = [];
    const text = input.text;
    for (const s of spans) {
      if (s.type === 'LOC' && !this.opts.locations) continue;
      const m = Math.max(0, s.margin);
      const conf = m / (m + ref);
      // PERSON: the default engine threshold (0.5) sits at confidence PER_MIN_CONF; weaker spans score below it and
      // come back when a caller lowers the threshold (more recall).
      const score = s.type === 'PER'
        ? conf >= PER_MIN_CONF ? 0.5 + (0.5 * (conf - PER_MIN_CONF)) / (1 - PER_MIN_CONF) : (0.5 * conf) / PER_MIN_CONF
        : 0.5 + (LOC_CAP - 0.5) * conf;
      out.push({
        type: s.type === 'PER' ? 'PERSON' : 'LOCATION',
        start: (tokens[s.i0] as Token).start,
        end: possessiveEnd(tokens[s.i1] as Token),
        score: round(s.propagated ? (s.type === 'PER' ? 0.7 : LOC_CAP) : s.particleRule ? 0.65 : s.type === 'PER' && titled(df, s.i0) ? Math.max(score, 0.75) : score),
        recognizer: this.name,
        explanation: { pattern: s.propagated ? 'name-model+propagation' : s.particleRule ? 'first-name+particle-surname' : 'name-model', validation: 'none', note: explain(s, df) },
      });
    }
    return oneSensePerDocument(out, text);
  }
}

/** End of a name without an English possessive: "Amanda's" is reported as "Amanda" (what a surrogate replaces). */
function possessiveEnd(t: Token): number {
  const n = t.text.length;
  if (n > 3 && (t.text.charAt(n - 1) === 's' || t.text.charAt(n - 1) === 'S') && (t.text.charAt(n - 2) === "'" || t.text.charAt(n - 2) === '’')) return t.end - 2;
  return t.end;
}

/**
 * One sense per document: every mention of the same name gets the best score any of its mentions got, so that a
 * document never has a name both reported (one mention above the threshold) and left behind (another below it).
 */
function oneSensePerDocument(findings: Finding[], text: string): Finding[] {
  const best = new Map<string, number>();
  const keys = findings.map((f) => `${f.type}:${foldKey(text.slice(f.start, f.end))}`);
  findings.forEach((f, i) => { const k = keys[i] as string; best.set(k, Math.max(best.get(k) ?? 0, f.score)); });
  return findings.map((f, i) => { const b = best.get(keys[i] as string) ?? f.score; return b > f.score ? { ...f, score: b } : f; });
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
