/**
 * POSTAL_ADDRESS: street-level addresses in French, UK, US and Irish forms, reported as ONE contiguous span from
 * the first delivery line (unit, box, house number) to the postcode, city, CEDEX and country.
 *
 * How: anchors (street words, then postcodes) are found by a few global scans; around each anchor, sticky
 * regexes extend the span line by line (parts.ts). A city or a postcode alone is never reported: a street line,
 * a PO box or a unit must be there (annotation rule of the dev set: "a city alone is not one").
 */
import type { Finding } from '../../core/types.js';
import type { AnalysisInput, Recognizer } from '../recognizer.js';
import { round } from '../recognizer.js';
import { ADDRESS_CONTEXT, alternation } from './lexicon.js';
import {
  BARE_STREET_BEFORE, CITY_BEFORE, CITY_BEFORE_NOSEP, EN_ANCHOR, FR_ANCHOR, FR_POSTCODE_ANCHOR, LEFT_ITEMS,
  RIGHT_ITEMS, UK_POSTCODE_ANCHOR, US_ZIP_ANCHOR, type ItemKind,
} from './parts.js';
import { englishStreet, frenchStreet, type StreetLine } from './street.js';

interface Candidate {
  start: number;
  end: number;
  score: number;
  pattern: string;
  postcode: boolean;
  subtype?: string;
}

const POSTCODE_KINDS: ReadonlySet<ItemKind> = new Set(['fr-postcode', 'uk-postcode', 'us-state', 'ie']);
const SUBTYPE: Partial<Record<ItemKind, string>> = { 'fr-postcode': 'FR', 'uk-postcode': 'GB', 'us-state': 'US', ie: 'IE' };
const CONTEXT_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(ADDRESS_CONTEXT)})(?![\\p{L}\\p{N}])`, 'iu');
const CONTEXT_WINDOW = 50;
const MAX_STEPS = 6;
/** Candidates below this are not worth reporting even to a low-threshold engine. */
const FLOOR = 0.3;

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
function extendRight(text: string, end: number, kinds: Set<ItemKind>): number {
  for (let step = 0; step < MAX_STEPS && !kinds.has('country'); step++) {
    let next = -1;
    for (const item of RIGHT_ITEMS) {
      if (kinds.has(item.kind)) continue;
      if (POSTCODE_KINDS.has(item.kind) && [...kinds].some((k) => POSTCODE_KINDS.has(k))) continue;
      item.re.lastIndex = end;
      const m = item.re.exec(text);
      if (!m) continue;
      if (item.kind === 'fr-postcode' && !validFrPostcode(m[2] ?? '')) continue;
      next = item.re.lastIndex;
      kinds.add(item.kind);
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
    const sliceStart = Math.max(0, start - 60);
    const slice = text.slice(sliceStart, start);
    let moved = false;
    for (const item of LEFT_ITEMS) {
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

function scoreStreet(line: StreetLine, kinds: ReadonlySet<string>): number {
  const postcode = [...kinds].some((k) => POSTCODE_KINDS.has(k as ItemKind));
  const delivery = kinds.has('box') || kinds.has('unit') || kinds.has('left-unit') || kinds.has('left-box');
  if (!line.numbered) {
    // "rue Victor Hugo" alone is a street, not someone's address; with a postcode it locates a home.
    if (postcode) return 0.85;
    if (line.locality && delivery) return 0.6;
    return 0;
  }
  let s = line.lower ? 0.4 : line.lang === 'fr' ? 0.75 : 0.7;
  if (postcode) s = line.lower ? 0.85 : 0.95;
  if (delivery) s += 0.1;
  return Math.min(1, s);
}

function streetCandidate(text: string, line: StreetLine, anchor: string): Candidate | null {
  const kinds = new Set<ItemKind | string>();
  const end = extendRight(text, line.end, kinds as Set<ItemKind>);
  const start = extendLeft(text, line.start, kinds);
  const score = scoreStreet(line, kinds);
  // Weak candidates (lower-case names) stay: an address context word before them may still raise them.
  if (score <= 0) return null;
  const subtype = [...kinds].map((k) => SUBTYPE[k as ItemKind]).find((x) => x) ?? (line.lang === 'fr' ? 'FR' : undefined);
  return {
    start, end, score,
    pattern: [anchor, ...kinds].join('+'),
    postcode: [...kinds].some((k) => POSTCODE_KINDS.has(k as ItemKind)),
    ...(subtype ? { subtype } : {}),
  };
}

/** An address whose street line has no known street word, announced by its postcode ("62 Kingsway, Manchester M19 2LL"). */
function tailCandidate(text: string, tailStart: number, tailEnd: number, kind: ItemKind): Candidate | null {
  const sliceStart = Math.max(0, tailStart - 80);
  const slice = text.slice(sliceStart, tailStart);
  let start = -1;
  let score = 0;
  const kinds = new Set<string>([kind]);
  const bare = BARE_STREET_BEFORE.exec(slice);
  if (bare) { start = sliceStart + bare.index; score = 0.85; kinds.add('bare-street'); }
  else {
    for (const item of LEFT_ITEMS) {
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

function covered(cands: readonly Candidate[], pos: number): boolean {
  return cands.some((c) => c.start <= pos && pos < c.end);
}

/** Overlapping candidates describe the same address: keep their union with the best score. */
function mergeOverlaps(cands: Candidate[]): Candidate[] {
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (const c of cands) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      last.end = Math.max(last.end, c.end);
      if (c.score > last.score) { last.score = c.score; last.pattern = c.pattern; if (c.subtype) last.subtype = c.subtype; }
      last.postcode ||= c.postcode;
    } else out.push({ ...c });
  }
  return out;
}

export class PostalAddressRecognizer implements Recognizer {
  readonly name = 'postal-address';
  readonly types = ['POSTAL_ADDRESS'] as const;
  readonly languages = 'any' as const;

  analyze(input: AnalysisInput): Finding[] {
    const { text } = input;
    // Every address this recognizer knows has a digit (house number, box or postcode): skip digit-free documents.
    if (!/\d/.test(text)) return [];
    const cands: Candidate[] = [];
    for (const [re, parse, tag] of [
      [FR_ANCHOR, frenchStreet, 'fr-street'],
      [EN_ANCHOR, englishStreet, 'en-street'],
    ] as const) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const line = parse(text, m.index, m[0]);
        if (!line) continue;
        const c = streetCandidate(text, line, tag);
        if (c) cands.push(c);
      }
    }
    this.postcodeTails(text, cands);
    const out: Finding[] = [];
    for (const c of mergeOverlaps(cands)) {
      const before = text.slice(Math.max(0, c.start - CONTEXT_WINDOW), c.start);
      const ctx = CONTEXT_RE.exec(before);
      const score = ctx ? Math.min(1, c.score + 0.2) : c.score;
      if (score < FLOOR) continue;
      out.push({
        type: 'POSTAL_ADDRESS',
        ...(c.subtype ? { subtype: c.subtype } : {}),
        start: c.start,
        end: c.end,
        score: round(score),
        recognizer: this.name,
        explanation: {
          pattern: c.pattern,
          validation: c.postcode ? 'valid' : 'none',
          ...(ctx ? { context: [ctx[0].toLowerCase()] } : {}),
        },
      });
    }
    return out;
  }

  private postcodeTails(text: string, cands: Candidate[]): void {
    FR_POSTCODE_ANCHOR.lastIndex = 0;
    for (let m = FR_POSTCODE_ANCHOR.exec(text); m !== null; m = FR_POSTCODE_ANCHOR.exec(text)) {
      if (covered(cands, m.index) || !validFrPostcode(m[1] ?? '')) continue;
      const c = tailCandidate(text, m.index, m.index + m[0].length, 'fr-postcode');
      if (c) cands.push(c);
    }
    for (const [re, kind, cityRe] of [
      [UK_POSTCODE_ANCHOR, 'uk-postcode', CITY_BEFORE],
      [US_ZIP_ANCHOR, 'us-state', CITY_BEFORE_NOSEP],
    ] as const) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (covered(cands, m.index)) continue;
        const sliceStart = Math.max(0, m.index - 40);
        const city = cityRe.exec(text.slice(sliceStart, m.index));
        if (!city && kind === 'us-state') continue;
        const tailStart = city ? sliceStart + city.index : m.index;
        const c = tailCandidate(text, tailStart, m.index + m[0].length, kind);
        if (c) cands.push(c);
      }
    }
  }
}

export const postalAddressRecognizer = new PostalAddressRecognizer();
