/**
 * A per-document index of digit runs, shared by the digit-based recognizers (SIREN, SIRET, SSN, card, Belgian
 * national number...). Without it each of their patterns scanned the whole text and ran its edge lookbehind at every
 * digit; on PII-dense text (logs, forms: ~10,000 runs of digits per MB) that was a dozen full scans. With it the text
 * is scanned once per document, and a pattern whose matches always begin at the first digit of a maximal run of a
 * known length only runs (sticky) at those runs: same matches, same order.
 */

/** Maximal runs of two or more digits: [start0, length0, start1, length1, ...] in text order. */
export type DigitRuns = readonly number[];

const RUN = /\d{2,}/g;

// One-entry memo: the engine runs every recognizer on one document before the next, so the index is built once per
// document by whichever recognizer asks first. Per module instance, i.e. per worker thread.
let lastText: string | undefined;
let lastRuns: DigitRuns = [];

export function digitRuns(text: string): DigitRuns {
  if (text === lastText) return lastRuns;
  const runs: number[] = [];
  RUN.lastIndex = 0;
  // `\d{2,}` fails on single digits and, at the first digit of a longer run, takes the whole run: maximal runs.
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) runs.push(m.index, m[0].length);
  lastText = text;
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

/**
 * All matches of `sticky` (the pattern's regex with the `y` flag instead of `g`) that begin at a run fitting
 * `anchor`, exactly as a global scan would return them: left to right, each search starting after the last match.
 */
export function* anchoredMatches(sticky: RegExp, text: string, anchor: DigitRunAnchor): Generator<RegExpExecArray> {
  const runs = digitRuns(text);
  const max = anchor.max ?? Infinity;
  let next = 0;
  for (let i = 0; i < runs.length; i += 2) {
    const start = runs[i] as number;
    const len = runs[i + 1] as number;
    if (len < anchor.min || len > max || start < next) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (m === null || m[0].length === 0) continue;
    next = start + m[0].length;
    yield m;
  }
}
