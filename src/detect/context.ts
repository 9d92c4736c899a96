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

/**
 * Start and end of the line around `pos`, or null when it is longer than MAX_ROW. A bounded character loop: no
 * allocation, and no scan of a whole giant single-line document per candidate.
 */
function lineBounds(text: string, pos: number): [number, number] | null {
  let s = pos;
  const lo = Math.max(0, pos - MAX_ROW);
  while (s > lo && text.charCodeAt(s - 1) !== 10) s--;
  if (s === lo && s > 0 && text.charCodeAt(s - 1) !== 10) return null;
  let e = pos;
  const hi = Math.min(text.length, pos + MAX_ROW);
  while (e < hi && text.charCodeAt(e) !== 10) e++;
  if (e === hi && e < text.length && text.charCodeAt(e) !== 10) return null;
  return e - s > MAX_ROW ? null : [s, e];
}

/** Occurrences of `ch` in text[from, to). */
function count(s: string, ch: string, from = 0, to = s.length): number {
  let n = 0;
  for (let i = s.indexOf(ch, from); i >= 0 && i < to; i = s.indexOf(ch, i + 1)) n++;
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
  const delim = DELIMITERS.find((d) => count(text, d, ls, le) >= 2);
  if (!delim) return '';
  const nCells = count(text, delim, ls, le);
  const col = count(text, delim, ls, start);
  // Walk up while lines are rows of the same table (same number of delimiters); the top one is the header.
  // Prose paragraphs with commas rarely keep an identical count from line to line, so the walk stops at once.
  let headerStart = ls;
  const limit = Math.max(0, ls - MAX_HEADER_SCAN);
  while (headerStart > limit) {
    const prevEnd = headerStart - 1;
    const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
    if (prevEnd - prevStart > MAX_ROW || count(text, delim, prevStart, prevEnd) !== nCells) break;
    headerStart = prevStart;
    if (prevStart === 0) break;
  }
  if (headerStart === ls) return '';
  const nl = text.indexOf('\n', headerStart);
  const header = text.slice(headerStart, nl < 0 ? text.length : nl);
  // Prose separates with ", " and has long clauses; a header has short names.
  if (delim === ',' && header.includes(', ')) return '';
  const cells = header.split(delim);
  if (cells.some((c) => c.trim().length > 40)) return '';
  const cell = cells[col];
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
  // Latin letters and digits as word characters (French and English context words): no `u` flag, which makes
  // V8's matching several times slower.
  return new RegExp(`(?<![A-Za-z0-9\u00c0-\u024f])(?:${alt})(?![A-Za-z\u00c0-\u024f])`, 'g');
}

/** All matches of `re` in `s`. */
export function matchAll(re: RegExp, s: string): string[] {
  const found: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) found.push(m[0]);
  return found;
}
