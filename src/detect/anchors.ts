/**
 * Per-document anchor indexes shared by the recognizers, so that a pattern whose matches can only begin at known
 * places runs (sticky) at those places instead of scanning the whole text. Each full regex scan costs about 1 ms per
 * MB whatever it finds, and the identifier recognizers ran some forty of them per document.
 *
 * - Digit runs: SIREN, SIRET, SSN, card, Belgian national number and old CNI patterns begin at the first digit of a
 *   run of a known length. The runs are found by one scan per document (on PII-dense text: ~10,000 runs per MB).
 * - Characters: patterns that begin with a separator (`=`, `:`, `@`, `/`...) run at that character's occurrences,
 *   found by indexOf (a vectorised search, far cheaper than the regex engine's per-character scan).
 *
 * `matchesAt` returns exactly what a global scan returns: left to right, each search starting after the last
 * match, provided every match begins at one of the given positions (tested in anchors.test.ts).
 * The indexes are memoised for the last document seen: the engine runs every recognizer on one document before the
 * next, so each index is built once per document. Module state, i.e. per worker thread.
 */

/** Maximal runs of two or more digits: [start0, length0, start1, length1, ...] in text order. */
export type DigitRuns = readonly number[];

const RUN = /\d{2,}/g;

let lastText: string | undefined;
let lastRuns: DigitRuns | undefined;
const lastChars = new Map<string, readonly number[]>();

function forText(text: string): void {
  if (text === lastText) return;
  lastText = text;
  lastRuns = undefined;
  lastChars.clear();
}

export function digitRuns(text: string): DigitRuns {
  forText(text);
  if (lastRuns) return lastRuns;
  const runs: number[] = [];
  RUN.lastIndex = 0;
  // `\d{2,}` fails on single digits and, at the first digit of a longer run, takes the whole run: maximal runs.
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) runs.push(m.index, m[0].length);
  lastRuns = runs;
  return runs;
}

/** Does the text hold a run of at least `min` (>= 2) digits? A prefilter answered from the shared index. */
export function hasDigitRun(text: string, min: number): boolean {
  const runs = digitRuns(text);
  for (let i = 1; i < runs.length; i += 2) if ((runs[i] as number) >= min) return true;
  return false;
}

/** Where a pattern's matches can begin: the first digit of a maximal run of `min` to `max` digits (min >= 2). */
export interface DigitRunAnchor {
  min: number;
  max?: number;
}

/** Start offsets of the digit runs that fit `anchor`, in text order. */
export function* digitRunStarts(text: string, anchor: DigitRunAnchor): Generator<number> {
  const runs = digitRuns(text);
  const max = anchor.max ?? Infinity;
  for (let i = 0; i < runs.length; i += 2) {
    const len = runs[i + 1] as number;
    if (len >= anchor.min && len <= max) yield runs[i] as number;
  }
}

/** Offsets of every occurrence of any of `chars` (single UTF-16 code units), in text order. */
export function charPositions(text: string, chars: string): readonly number[] {
  forText(text);
  let ps = lastChars.get(chars);
  if (ps) return ps;
  const found: number[] = [];
  for (const ch of chars) for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) found.push(i);
  if (chars.length > 1) found.sort((a, b) => a - b);
  ps = found;
  lastChars.set(chars, ps);
  return ps;
}

/**
 * The non-empty matches of `sticky` (a pattern's regex with the `y` flag instead of `g`) that begin at `starts`
 * (ascending), as a global scan of the text would return them when every match begins at one of those offsets.
 */
export function* matchesAt(sticky: RegExp, text: string, starts: Iterable<number>): Generator<RegExpExecArray> {
  let next = 0;
  for (const start of starts) {
    if (start < next) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (m === null || m[0].length === 0) continue;
    next = start + m[0].length;
    yield m;
  }
}

/** The same regex with the sticky flag instead of the global one. */
export function stickyCopy(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.replace('g', '') + 'y');
}
