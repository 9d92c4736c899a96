/**
 * Context helpers for recognizers: the words before a candidate, and — for delimited exports (CSV, `|` tables) —
 * the header of the column the candidate sits in. A phone number in a `telephone` column of a CSV export has its
 * context 200 characters away, on the header line; a plain window would miss it.
 * Everything here runs per candidate (rare), never over the whole text.
 */

const DELIMITERS = [';', '\t', '|', ','] as const;
/** How far back we look for the header line of a delimited block (bounded cost on huge single documents). */
const MAX_HEADER_SCAN = 20_000;
const MAX_ROW = 2_000;

/** The lower-cased text of the `window` characters before `start`. */
export function windowBefore(text: string, start: number, window: number): string {
  return text.slice(Math.max(0, start - window), start).toLowerCase();
}

/** Start and end of the line around `pos`, or null when it is longer than MAX_ROW (bounded search either way). */
function lineBounds(text: string, pos: number): [number, number] | null {
  const from = Math.max(0, pos - MAX_ROW);
  const back = text.slice(from, pos).lastIndexOf('\n');
  if (back < 0 && from > 0) return null;
  const s = back < 0 ? 0 : from + back + 1;
  const fwd = text.slice(pos, pos + MAX_ROW).indexOf('\n');
  if (fwd < 0 && pos + MAX_ROW < text.length) return null;
  const e = fwd < 0 ? text.length : pos + fwd;
  return e - s > MAX_ROW ? null : [s, e];
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * The header cell above the candidate when it sits in a delimited table (at least 2 delimiters per line, the same
 * delimiter on the header line), lower-cased; '' otherwise.
 */
export function columnHeader(text: string, start: number): string {
  // A table row is short; a long line is prose (and scanning it per candidate would be quadratic).
  const bounds = lineBounds(text, start);
  if (!bounds) return '';
  const [ls, le] = bounds;
  const line = text.slice(ls, le);
  const delim = DELIMITERS.find((d) => count(line, d) >= 2);
  if (!delim) return '';
  const cells = count(line, delim);
  const col = count(text.slice(ls, start), delim);
  // Walk up while lines are rows of the same table (same number of delimiters); the top one is the header.
  // Prose paragraphs with commas rarely keep an identical count from line to line, so the walk stops at once.
  let headerStart = ls;
  const limit = Math.max(0, ls - MAX_HEADER_SCAN);
  while (headerStart > limit) {
    const prevEnd = headerStart - 1;
    const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
    if (prevEnd - prevStart > MAX_ROW || count(text.slice(prevStart, prevEnd), delim) !== cells) break;
    headerStart = prevStart;
    if (prevStart === 0) break;
  }
  if (headerStart === ls) return '';
  const nl = text.indexOf('\n', headerStart);
  const cell = text.slice(headerStart, nl < 0 ? text.length : nl).split(delim)[col];
  return cell ? cell.trim().toLowerCase() : '';
}

/** Builds a word-bounded alternation (longest first) for context words; null when there are none. */
export function wordsRegex(words: readonly string[] | undefined): RegExp | null {
  if (!words || words.length === 0) return null;
  const alt = [...words]
    .map((w) => w.toLowerCase())
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}])`, 'gu');
}

/** All matches of `re` in `s`. */
export function matchAll(re: RegExp, s: string): string[] {
  const found: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) found.push(m[0]);
  return found;
}
