/**
 * Address candidates: from a street line (or a postcode line) outwards, line by line, then scored.
 * Each extension step is a sticky regex tried at one position (parts.ts), so the cost per candidate is bounded.
 */
import { LEFT_ITEMS, RIGHT_ITEMS, BARE_STREET_BEFORE, type ItemKind } from './parts.js';
import type { StreetLine } from './street.js';

export interface Candidate {
  start: number;
  end: number;
  score: number;
  pattern: string;
  postcode: boolean;
  subtype?: string;
}

const POSTCODE_KINDS: ReadonlySet<ItemKind> = new Set(['fr-postcode', 'eu-postcode', 'uk-postcode', 'us-state', 'ie']);
const SUBTYPE: Partial<Record<ItemKind, string>> = { 'fr-postcode': 'FR', 'uk-postcode': 'GB', 'us-state': 'US', ie: 'IE' };
const MAX_STEPS = 6;
const LEFT_SEPARATOR = /[ \t\n,;–—>-]/;

/** French postcodes run 01000–95999, overseas 97100–98999; "00000" or "99xxx" are not postcodes. */
export function validFrPostcode(code: string): boolean {
  const d = code.replace(' ', '');
  if (!/^\d{5}$/.test(d)) return false;
  const dep = Number(d.slice(0, 2));
  const third = Number(d[2]);
  if (dep >= 1 && dep <= 95) return true;
  if (dep === 97) return third >= 1 && third <= 8; // Guadeloupe … Saint-Pierre-et-Miquelon, Saint-Barthélemy
  if (dep === 98) return third === 0 || third === 4 || third >= 6; // Monaco, TAAF, Wallis, Polynesia, New Caledonia
  return false;
}

/** Follows the lines after `end` (units, boxes, postcode and city, country); each item kind at most once. */
function extendRight(text: string, end: number, kinds: Set<ItemKind>, anyFiveDigits = false): number {
  let postcode = hasPostcode(kinds);
  for (let step = 0; step < MAX_STEPS && !kinds.has('country'); step++) {
    let next = -1;
    for (const item of RIGHT_ITEMS) {
      // Several unit lines may follow each other ("bât. B, escalier 2, appt 12"); other items once each.
      if (kinds.has(item.kind) && item.kind !== 'unit') continue;
      // The postcode line closes an address: only a country may follow it (else the next address's
      // "BP 2" or "Apt 3" would be glued to this one).
      if (postcode && item.kind !== 'country') continue;
      item.re.lastIndex = end;
      const m = item.re.exec(text);
      if (!m) continue;
      // 5 digits after a French street must be a French postcode; after a German or Spanish one, any will do.
      if (item.kind === 'fr-postcode' && !anyFiveDigits && !validFrPostcode(m[2] ?? '')) continue;
      next = item.re.lastIndex;
      kinds.add(item.kind);
      postcode ||= POSTCODE_KINDS.has(item.kind);
      break;
    }
    if (next < 0) break;
    end = next;
  }
  return end;
}

/** Follows the lines before `start` (units, boxes, residence names). */
function extendLeft(text: string, start: number, kinds: Set<string>): number {
  for (let step = 0; step < MAX_STEPS; step++) {
    // Every left item ends with a separator; most addresses have nothing before them worth a regex.
    if (!LEFT_SEPARATOR.test(text[start - 1] ?? '')) break;
    const sliceStart = Math.max(0, start - 60);
    const slice = text.slice(sliceStart, start);
    let moved = false;
    for (const item of LEFT_ITEMS) {
      if (!item.gate.test(slice)) continue;
      const m = item.re.exec(slice);
      if (!m) continue;
      start = sliceStart + m.index;
      kinds.add(`left-${item.kind}`);
      moved = true;
      break;
    }
    if (!moved) break;
  }
  return start;
}

function hasPostcode(kinds: ReadonlySet<string>): boolean {
  for (const k of kinds) if (POSTCODE_KINDS.has(k as ItemKind)) return true;
  return false;
}

function scoreStreet(line: StreetLine, kinds: ReadonlySet<string>): number {
  const postcode = hasPostcode(kinds);
  const delivery = kinds.has('box') || kinds.has('unit') || kinds.has('left-unit') || kinds.has('left-box')
    || kinds.has('left-unit-building');
  if (!line.numbered) {
    // "rue Victor Hugo" alone is a street, not someone's address; with a postcode it locates a home.
    if (postcode) return 0.85;
    if (line.locality && delivery) return 0.6;
    return 0;
  }
  // Lower-case names ("12 rue de la paix" in a chat) are kept after an unambiguous street type; after "cours" or
  // "place" ("5 cours de maths") they need a postcode or an address word before them.
  let s = line.lower ? (line.strong ? 0.55 : 0.4) : line.lang === 'fr' ? 0.75 : 0.7;
  // A numbered street followed by a checked postcode and its city is near-certain; the high score also keeps the
  // whole address when the engine resolves overlaps with a LOCATION found on its city.
  if (postcode) s = line.lower ? 0.85 : 0.98;
  if (delivery) s += 0.1;
  return Math.min(1, s);
}

export function streetCandidate(text: string, line: StreetLine, anchor: string): Candidate | null {
  const kinds = new Set<ItemKind | string>();
  const end = extendRight(text, line.end, kinds as Set<ItemKind>, line.lang === 'eu');
  const start = extendLeft(text, line.start, kinds);
  const score = scoreStreet(line, kinds);
  // Weak candidates (lower-case names) stay: an address context word before them may still raise them.
  if (score <= 0) return null;
  // Five digits after "Hauptstraße 5" are a German postcode, not a French one: no country claimed for those.
  let subtype: string | undefined;
  if (line.lang !== 'eu') {
    for (const k of kinds) subtype ??= SUBTYPE[k as ItemKind];
    subtype ??= line.lang === 'fr' ? 'FR' : undefined;
  }
  return {
    start, end, score,
    pattern: [anchor, ...kinds].join('+'),
    postcode: hasPostcode(kinds),
    ...(subtype ? { subtype } : {}),
  };
}

/** An address whose street line has no known street word, announced by its postcode ("62 Kingsway, Manchester M19 2LL"). */
export function tailCandidate(text: string, tailStart: number, tailEnd: number, kind: ItemKind): Candidate | null {
  const sliceStart = Math.max(0, tailStart - 80);
  const slice = text.slice(sliceStart, tailStart);
  let start = -1;
  let score = 0;
  const kinds = new Set<string>([kind]);
  const bare = BARE_STREET_BEFORE.exec(slice);
  if (bare) { start = sliceStart + bare.index; score = 0.85; kinds.add('bare-street'); }
  else {
    for (const item of LEFT_ITEMS) {
      if (!item.gate.test(slice)) continue;
      const m = item.re.exec(slice);
      if (!m) continue;
      start = sliceStart + m.index;
      score = item.kind === 'box' ? 0.9 : 0.8;
      kinds.add(`left-${item.kind}`);
      break;
    }
  }
  if (start < 0) return null;
  start = extendLeft(text, start, kinds);
  const rightKinds = new Set<ItemKind>([kind]);
  const end = extendRight(text, tailEnd, rightKinds);
  for (const k of rightKinds) kinds.add(k);
  const subtype = SUBTYPE[kind];
  return { start, end, score, pattern: `postcode-${[...kinds].join('+')}`, postcode: true, ...(subtype ? { subtype } : {}) };
}

/**
 * Answers "is this position already inside an address?" for positions asked in increasing order, in amortised
 * constant time (a pointer over sorted, merged spans), so that documents with thousands of addresses stay linear.
 */
export class Coverage {
  private readonly spans: Candidate[];
  private i = 0;
  private lastEnd = -1;
  constructor(cands: readonly Candidate[]) {
    this.spans = mergeOverlaps(cands.map((c) => ({ ...c })));
  }
  has(pos: number): boolean {
    while (this.i < this.spans.length && (this.spans[this.i]?.end ?? 0) <= pos) this.i++;
    const s = this.spans[this.i];
    return pos < this.lastEnd || (s !== undefined && s.start <= pos);
  }
  /** Records a span found during the ordered pass. */
  add(c: Candidate): void {
    this.lastEnd = Math.max(this.lastEnd, c.end);
  }
}

/**
 * Overlapping candidates describe the same address: keep their union with the best score. With `text`, a
 * postcode-led candidate that follows one WITHOUT a postcode across a mere separator ("111 Market Place" +
 * "Ste 500 Baltimore,MD 21202") continues it too; a postcode closes an address, and a new street line starts one.
 */
export function mergeOverlaps(cands: Candidate[], text?: string): Candidate[] {
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (const c of cands) {
    const last = out[out.length - 1];
    const joined = last !== undefined && (c.start < last.end || (text !== undefined && !last.postcode
      && c.pattern.startsWith('postcode-') && c.start - last.end <= 3 && ADJACENT_GAP.test(text.slice(last.end, c.start))));
    if (last && joined) {
      last.end = Math.max(last.end, c.end);
      if (c.score > last.score) { last.score = c.score; last.pattern = c.pattern; if (c.subtype) last.subtype = c.subtype; }
      last.postcode ||= c.postcode;
    } else out.push({ ...c });
  }
  return out;
}
const ADJACENT_GAP = /^[ \t]*[,;]?[ \t]*\n?[ \t]*$/;

