/**
 * Sentence (or line) around a cue: the unit attribution works on. Only computed for sentences that contain a cue,
 * so documents without any cue cost nothing here. Chat lines, log lines and list items are one unit each.
 */
export interface Span { start: number; end: number }

/** Longest unit looked at on each side of a cue: keeps pathological inputs (no punctuation) linear. */
const REACH = 300;
const ABBREV = new Set(['m', 'mm', 'mme', 'mmes', 'mlle', 'mr', 'mrs', 'ms', 'mx', 'dr', 'pr', 'prof', 'me', 'st', 'ste', 'no', 'n°', 'vs',
  'cf', 'etc', 'p', 'art', 'av', 'bd', 'jr', 'sr', 'inc', 'ltd', 'co', 'dept', 'fig', 'hon', 'rev', 'gen', 'col', 'lt', 'sgt', 'pc', 'dc']);

function isBoundary(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10 || c === 13) return true; // newline
  if (c !== 46 && c !== 33 && c !== 63 && c !== 8230) return false; // . ! ? …
  const next = text.charCodeAt(i + 1);
  if (!(Number.isNaN(next) || next === 32 || next === 10 || next === 9 || next === 13 || next === 160)) return false;
  if (c !== 46) return true;
  // A period after an abbreviation or an initial ("M.", "Dr.", "J.") does not end the sentence.
  let j = i - 1;
  while (j >= 0 && /[\p{L}°]/u.test(text[j]!)) j--;
  const word = text.slice(j + 1, i);
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false;
  return !ABBREV.has(word.toLowerCase());
}

export function sentenceAround(text: string, start: number, end: number): Span {
  let s = start;
  const minS = Math.max(0, start - REACH);
  while (s > minS && !isBoundary(text, s - 1)) s--;
  let e = end;
  const maxE = Math.min(text.length, end + REACH);
  while (e < maxE && !isBoundary(text, e)) e++;
  if (e < text.length && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++; // keep the final punctuation
  return { start: s, end: e };
}
