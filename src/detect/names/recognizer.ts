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
import { foldKey, tokenize, type Token } from './tokenize.js';
import { HOLIDAYS, LOWER_ENDINGS, MORE_PLACE_CUES, ORG_SUFFIXES, PARTICLES, PLACE_CUES, STOP_WORDS, TITLES } from './words.js';

export interface NameRecognizerOptions {
  /** Report LOCATION findings too (default true). */
  locations?: boolean;
  /** Propagate found names to their later standalone mentions (default true). */
  propagate?: boolean;
}

interface Span { type: 'PER' | 'LOC'; i0: number; i1: number; margin: number; propagated: boolean; particleRule?: boolean }

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
        end: (tokens[s.i1] as Token).end,
        score: round(s.propagated ? (s.type === 'PER' ? 0.7 : LOC_CAP) : s.particleRule ? 0.65 : s.type === 'PER' && titled(df, s.i0) ? Math.max(score, 0.75) : score),
        recognizer: this.name,
        explanation: { pattern: s.propagated ? 'name-model+propagation' : s.particleRule ? 'first-name+particle-surname' : 'name-model', validation: 'none', note: explain(s, df) },
      });
    }
    return oneSensePerDocument(out, text);
  }
}

/**
 * One sense per document: every mention of the same name gets the best score any of its mentions got, so that a
 * document never has a name both reported (one mention above the threshold) and left behind (another below it).
 */
function oneSensePerDocument(findings: Finding[], text: string): Finding[] {
  const best = new Map<string, number>();
  const keyOf = (f: Finding) => `${f.type}:${foldKey(text.slice(f.start, f.end))}`;
  for (const f of findings) { const k = keyOf(f); best.set(k, Math.max(best.get(k) ?? 0, f.score)); }
  return findings.map((f) => { const b = best.get(keyOf(f)) ?? f.score; return b > f.score ? { ...f, score: b } : f; });
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
 * A frequent first name left untagged but followed by a lower-case particle and a capitalised word ("Hugues de La
 * Fontaine", "Charles de Villiers") is a person with a particle surname: the model sees "de" after a word mostly in
 * place and institution names, so this pattern is restored here. extendParticles then takes in the surname.
 */
function addParticleNames(spans: Span[], tags: Uint8Array, df: DocFeatures): Span[] {
  const added: Span[] = [];
  for (let i = 0; i + 2 < df.n; i++) {
    if (tags[i] !== O || df.caseCls[i] !== 1 || df.caseCls[i + 1] !== 2 || !PARTICLES.has(df.key(i + 1))) continue;
    const v = df.lexValue(i);
    if (Math.max(digit(v, 0), digit(v, 1)) < 5 || digit(v, 8) > 0 || placeCueBefore(df, i)) continue;
    const next = i + 2 < df.n && df.caseCls[i + 2] === 1 && !(df.tokens[i + 2] as Token).lineStart;
    if (!next || tags[i + 2] === B_LOC) continue;
    added.push({ type: 'PER', i0: i, i1: i, margin: 0, propagated: false, particleRule: true });
  }
  // "M. de La Fontaine", "Mme van der Berg": a title, then a lower-case particle and a capitalised word.
  for (let i = 1; i + 1 < df.n; i++) {
    if (tags[i] !== O || df.caseCls[i] !== 2 || !PARTICLES.has(df.key(i))) continue;
    const prev = df.key(i - 1);
    if (!(TITLES.has(prev) || (prev === '.' && i > 1 && TITLES.has(df.key(i - 2))))) continue;
    let k = i + 1;
    while (k < df.n && df.caseCls[k] === 2 && PARTICLES.has(df.key(k))) k++;
    if (k >= df.n || df.caseCls[k] !== 1) continue;
    let end = k;
    while (end + 1 < df.n && df.caseCls[end + 1] === 1 && !(df.tokens[end + 1] as Token).lineStart) end++;
    if ((df.tokens[k] as Token).lineStart) continue;
    added.push({ type: 'PER', i0: i, i1: end, margin: 0, propagated: false, particleRule: true });
    i = end;
  }
  if (added.length === 0) return spans;
  // A titled particle name wins over a place read into its surname ("M. de La Fontaine", not LOC "La Fontaine").
  spans = spans.filter((s) => !(s.type === 'LOC' && added.some((a) => a.i0 < s.i0 && s.i0 <= a.i1 && df.caseCls[a.i0] === 2)));
  const covered = new Set<number>();
  for (const s of spans) for (let i = s.i0; i <= s.i1; i++) covered.add(i);
  const free = added.filter((a) => { for (let x = a.i0; x <= Math.max(a.i1, a.i0 + 2) && x < df.n; x++) if (covered.has(x)) return false; return true; });
  return [...spans, ...free].sort((a, b) => a.i0 - b.i0);
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

/** A title (Mme, Dr, Mr., Prof.) right before token i. */
function titled(df: DocFeatures, i: number): boolean {
  if (i < 1) return false;
  const prev = df.key(i - 1);
  return TITLES.has(prev) || (prev === '.' && i > 1 && TITLES.has(df.key(i - 2)));
}

/** Two person spans with only spaces between them on one line ("Nadège" "Oukili") are one name. */
function mergeAdjacent(spans: Span[], df: DocFeatures): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    // An initial and its dot: "D." + "Fairbairn" (the dot is never a candidate token, so the model splits there).
    const initialGap = last !== undefined && s.i0 === last.i1 + 2 && df.key(last.i1 + 1) === '.' && (df.tokens[last.i1] as Token).text.length === 1 &&
      (df.tokens[last.i1 + 1] as Token).start === (df.tokens[last.i1] as Token).end;
    if (last && last.type === 'PER' && s.type === 'PER' && (s.i0 === last.i1 + 1 || initialGap) && !(df.tokens[s.i0] as Token).lineStart) {
      const n1 = last.i1 - last.i0 + 1, n2 = s.i1 - s.i0 + 1;
      out[out.length - 1] = { ...last, i1: s.i1, margin: (last.margin * n1 + s.margin * n2) / (n1 + n2) };
      continue;
    }
    out.push(s);
  }
  return out;
}

/** The place cue ("rue", "Lycée", "Saint") right before token i on the same line, skipping particles. */
function placeCueBefore(df: DocFeatures, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const t = df.tokens[j] as Token;
    const k = df.key(j);
    if ((PLACE_CUES.has(k) || MORE_PLACE_CUES.has(k)) && df.caseCls[j] !== 0) return true;
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
  // Digits inside ("Win64"): a product or a code, neither a person nor a place.
  for (let i = i0; i <= i1; i++) if (/\d/.test((df.tokens[i] as Token).text)) return null;
  // "UK", "FR", "E": codes and grades, not names or places worth reporting.
  const only = df.tokens[i0] as Token;
  if (i0 === i1 && only.text.length <= 2 && df.caseCls[i0] === 1 && only.text.toUpperCase() === only.text) return null;
  if (s.type === 'PER' && i0 === i1) {
    // One word the place gazetteer knows and no first-name list does ("Dieppe", "Tacoma"): a place, unless a title
    // says person ("M. Dieppe").
    const v = df.lexValue(i0);
    const prev = i0 > 0 ? df.key(i0 - 1) : '';
    if (digit(v, 8) >= 1 && digit(v, 0) <= 2 && digit(v, 1) <= 2 && digit(v, 3) <= 4 && !TITLES.has(prev) && prev !== '.') return { ...s, type: 'LOC', i0, i1 };
  }
  if (s.type === 'PER') {
    if (placeCueBefore(df, i0)) return null;
    const k = df.key(i0);
    if (/^(saint|sainte|st|ste|san|santa)-/.test(k)) return null;
    if (i0 === i1 && STOP_WORDS.has(k) && !PARTICLES.has(k)) return null;
    if (orgContext(df, i0, i1)) return null;
    if (HOLIDAYS.has(k)) return null;
    // A model or postcode right after ("Kestrel K7", "Kendal LA9"): a product or a place.
    const after = df.tokens[i1 + 1];
    if (after && !after.lineStart && /^(?=.*\d)(?=.*\p{L})[\p{L}\d]+$/u.test(after.text) && after.start === (df.tokens[i1] as Token).end + 1) return null;
    // A lone letter or two-letter capital ("E", "FK") is a grade, band or code, not a name; initials need a surname.
    if (i0 === i1 && (df.tokens[i0] as Token).text.length <= 2 && df.caseCls[i0] === 1 && (df.tokens[i0] as Token).text.toUpperCase() === (df.tokens[i0] as Token).text) return null;
  }
  return { ...s, i0, i1 };
}

/**
 * "Calder & Reeve", "Brightwater Logistics", "Harris County", "Shift Supervisor", "Elizabeth line", "the Sabine": the
 * capitalised words belong to an organisation, a place, a job title or an eponym, not to a person.
 */
function orgContext(df: DocFeatures, i0: number, i1: number): boolean {
  // Endings that are also common surnames (Park, Hall, Church) do not count: "Hyun-woo Park" is a person.
  const ending = (i: number) => ORG_SUFFIXES.has(df.key(i)) && digit(df.lexValue(i), 3) < 5;
  if (i1 > i0 && ending(i1)) return true;
  // The next word counts only on the same line (a signature's job title below the name does not).
  const next = i1 + 1 < df.n && !(df.tokens[i1 + 1] as Token).lineStart ? df.key(i1 + 1) : '';
  if (next === '&' || (next !== '' && df.caseCls[i1 + 1] === 1 && ending(i1 + 1))) return true;
  if (LOWER_ENDINGS.has(next) && df.caseCls[i1 + 1] === 2) return true;
  // "the Sabine", "the Jubilee": English names of people do not take the article.
  if (i0 > 0 && (df.tokens[i0 - 1] as Token).text === 'the' && !df.docLower) return true;
  return i0 > 0 && df.key(i0 - 1) === '&';
}

/**
 * Standalone later (or earlier) mentions of a found name or place: each capitalised token of a PER or LOC span is
 * looked for elsewhere in the document, so that one document never has a name both found and left behind
 * ("Sophie Martin" ... "Martin", "M. Berthelot" ... "yannick berthelot"). Lower-case mentions count when the word is
 * not a common word, or, in chats, when the model tagged it as a name at least twice ("drew", "hope").
 */
function propagate(spans: Span[], df: DocFeatures, text: string): Span[] {
  const found = new Map<string, { type: 'PER' | 'LOC'; count: number }>();
  for (const s of spans) {
    for (let i = s.i0; i <= s.i1; i++) {
      const k = df.key(i);
      if (k.length < 2 || df.caseCls[i] === 0 || PARTICLES.has(k) || STOP_WORDS.has(k) || TITLES.has(k)) continue;
      const prev = found.get(k);
      if (!prev) found.set(k, { type: s.type, count: 1 });
      else { prev.count++; if (s.type === 'PER') prev.type = 'PER'; }
    }
  }
  if (found.size === 0) return spans;
  const covered = new Uint8Array(df.n);
  for (const s of spans) for (let i = s.i0; i <= s.i1; i++) covered[i] = 1;
  const hit = (i: number): 'PER' | 'LOC' | null => {
    const t = df.tokens[i] as Token;
    if (covered[i] || t.inLink || df.caseCls[i] === 0 || handleLike(text, t)) return null;
    const f = found.get(df.key(i));
    if (!f) return null;
    if (df.caseCls[i] === 2) {
      if (f.type === 'LOC') return null;
      const v = df.lexValue(i);
      const lc = df.lang === 'fr' ? digit(v, 4) : df.lang === 'en' ? digit(v, 5) : Math.max(digit(v, 4), digit(v, 5));
      // Outside chats only words never seen in lower case in the corpora ("berthelot", not "asthma").
      const known = digit(v, 0) + digit(v, 1) + digit(v, 2) + digit(v, 3) > 0;
      // A common word ("will", "hope") needs a name seen at least twice and a chat or a name slot ("thanks will").
      const slot = df.docLower || df.cand[i] === 1;
      if (lc > 0 && !(slot && f.count >= 2)) return null;
      if (lc === 0 && !known && !df.docLower) return null;
    }
    return f.type;
  };
  const added: Span[] = [];
  for (let i = 0; i < df.n; i++) {
    const type = hit(i);
    if (!type || placeCueBefore(df, i)) continue;
    let j = i;
    while (j + 1 < df.n && hit(j + 1) === type && !(df.tokens[j + 1] as Token).lineStart) j++;
    added.push({ type, i0: i, i1: j, margin: 0, propagated: true });
    for (let x = i; x <= j; x++) covered[x] = 1;
    i = j;
  }
  if (added.length === 0) return spans;
  return [...spans, ...added].sort((a, b) => a.i0 - b.i0);
}

/** Glued to "@", "." or "_" ("@conceicao.ribeiro", "zainab.q"): a handle or identifier, not a mention. */
function handleLike(text: string, t: Token): boolean {
  const before = t.start > 0 ? text.charAt(t.start - 1) : ' ';
  const after = text.charAt(t.end);
  return before === '@' || before === '_' || after === '_' || (before === '.' && /\p{L}/u.test(text.charAt(t.start - 2) || ' ')) ||
    (after === '.' && /\p{L}/u.test(text.charAt(t.end + 1) || ' '));
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
