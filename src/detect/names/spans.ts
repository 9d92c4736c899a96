/**
 * Span rules applied after the tagger: what one token position cannot see. Particle surnames (Hugues de La Fontaine,
 * M. de La Fontaine), initials and adjacent parts joined, titles trimmed, and names inside street, school, company,
 * place, product or event names dropped.
 */
import { B_LOC, B_PER, I_LOC, I_PER, O, isParticle, type DocFeatures } from './features.js';
import { digit } from './lexicon.js';
import type { Token } from './tokenize.js';
import { HOLIDAYS, HONORIFICS, LOWER_ENDINGS, MORE_PLACE_CUES, ORG_SUFFIXES, PARTICLES, PLACE_CUES, STOP_WORDS, TITLES } from './words.js';

/** First letters of the particles, and -1 (a token whose key's first letter is not known without folding it). */
const PARTICLE_INITIALS = new Set([-1, ...[...PARTICLES].map((p) => p.charCodeAt(0))]);

export interface Span { type: 'PER' | 'LOC'; i0: number; i1: number; margin: number; propagated: boolean; particleRule?: boolean }

export function collectSpans(tags: Uint8Array, margin: Float32Array): Span[] {
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
export function addParticleNames(spans: Span[], tags: Uint8Array, df: DocFeatures): Span[] {
  const added: Span[] = [];
  for (let i = 0; i + 2 < df.n; i++) {
    if (tags[i] !== O || df.caseCls[i] !== 1 || df.caseCls[i + 1] !== 2 || !isParticle(df.key(i + 1))) continue;
    const v = df.lexValue(i);
    if (Math.max(digit(v, 0), digit(v, 1)) < 5 || digit(v, 8) > 0 || placeCueBefore(df, i)) continue;
    const next = i + 2 < df.n && df.caseCls[i + 2] === 1 && !(df.tokens[i + 2] as Token).lineStart;
    if (!next || tags[i + 2] === B_LOC) continue;
    added.push({ type: 'PER', i0: i, i1: i, margin: 0, propagated: false, particleRule: true });
  }
  // "M. de La Fontaine", "Mme van der Berg": a title, then a lower-case particle and a capitalised word.
  for (let i = 1; i + 1 < df.n; i++) {
    if (tags[i] !== O || df.caseCls[i] !== 2 || !PARTICLE_INITIALS.has(df.asciiInitial(i)) || !isParticle(df.key(i))) continue;
    const prev = df.key(i - 1);
    if (!(HONORIFICS.has(prev) || (prev === '.' && i > 1 && HONORIFICS.has(df.key(i - 2))))) continue;
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
export function extendParticles(s: Span, df: DocFeatures): Span {
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
export function titled(df: DocFeatures, i: number): boolean {
  if (i < 1) return false;
  const prev = df.key(i - 1);
  return TITLES.has(prev) || (prev === '.' && i > 1 && TITLES.has(df.key(i - 2)));
}

/** Two person spans with only spaces between them on one line ("Nadège" "Oukili") are one name. */
export function mergeAdjacent(spans: Span[], df: DocFeatures): Span[] {
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
export function placeCueBefore(df: DocFeatures, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const t = df.tokens[j] as Token;
    const k = df.key(j);
    if ((PLACE_CUES.has(k) || MORE_PLACE_CUES.has(k)) && df.caseCls[j] !== 0) return true;
    if (!PARTICLES.has(k) && k !== "'" && k !== '-') return false;
    if (t.lineStart) return false;
  }
  return false;
}

export function cleanSpan(s: Span, df: DocFeatures): Span | null {
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
