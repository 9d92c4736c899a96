/**
 * Propagation: standalone mentions of a name or place found elsewhere in the same document.
 */
import type { DocFeatures } from './features.js';
import { digit } from './lexicon.js';
import { placeCueBefore, type Span } from './spans.js';
import type { Token } from './tokenize.js';
import { PARTICLES, STOP_WORDS, TITLES } from './words.js';

/**
 * Standalone later (or earlier) mentions of a found name or place: each capitalised token of a PER or LOC span is
 * looked for elsewhere in the document, so that one document never has a name both found and left behind
 * ("Sophie Martin" ... "Martin", "M. Berthelot" ... "yannick berthelot"). Lower-case mentions count when the word is
 * not a common word, or, in chats, when the model tagged it as a name at least twice ("drew", "hope").
 */
export function propagate(spans: Span[], df: DocFeatures, text: string): Span[] {
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
  // First letters of the found keys: most tokens are rejected on theirs before being folded and looked up.
  const initials = new Set([-1, ...[...found.keys()].map((k) => k.charCodeAt(0))]);
  const covered = new Uint8Array(df.n);
  for (const s of spans) for (let i = s.i0; i <= s.i1; i++) covered[i] = 1;
  const hit = (i: number): 'PER' | 'LOC' | null => {
    const t = df.tokens[i] as Token;
    if (covered[i] || t.inLink || df.caseCls[i] === 0 || !initials.has(df.asciiInitial(i)) || handleLike(text, t)) return null;
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
