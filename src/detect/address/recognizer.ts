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
  BARE_STREET_BEFORE, CITY_BEFORE, EN_LOWER_SUFFIX_AFTER_NUMBER, EN_SUFFIX_AFTER_NUMBER, FR_ANCHOR, FR_POSTCODE_AT,
  FR_TYPE_AFTER_NUMBER, LEFT_ITEMS, NAME_BEFORE_NUMBER, RIGHT_ITEMS, UK_POSTCODE_AT, UNIT_AFTER, US_CITY_STATE_BEFORE,
  ZIP4_AT, type ItemKind,
} from './parts.js';
import { englishStreet, frenchStreet, isWordChar, type StreetLine } from './street.js';
import { plainSpaces } from './spaces.js';
import {
  EU_PREFIX_SET, EU_SUFFIX_WORD, MILITARY_RE, MILITARY_WORD, prefixStreet, suffixStreet,
} from './continental.js';

interface Candidate {
  start: number;
  end: number;
  score: number;
  pattern: string;
  postcode: boolean;
  subtype?: string;
}

const POSTCODE_KINDS: ReadonlySet<ItemKind> = new Set(['fr-postcode', 'eu-postcode', 'uk-postcode', 'us-state', 'ie']);
const SUBTYPE: Partial<Record<ItemKind, string>> = { 'fr-postcode': 'FR', 'uk-postcode': 'GB', 'us-state': 'US', ie: 'IE' };
const CONTEXT_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(ADDRESS_CONTEXT)})(?![\\p{L}\\p{N}])`, 'iu');
const CONTEXT_WINDOW = 50;
/** Words that number things other than houses ("Chapter 12, Suite 3", "Windows 10 Apt"). */
const NOT_STREET_NAMES = new Set([
  'chapter', 'section', 'article', 'page', 'version', 'windows', 'level', 'room', 'floor', 'gate', 'platform', 'track',
  'season', 'episode', 'part', 'volume', 'vol', 'chapitre', 'tome', 'niveau', 'salle', 'porte', 'bureau', 'étage',
  'lot', 'box', 'unit', 'suite', 'apt', 'flat', 'bâtiment', 'building', 'block', 'bloc', 'symphony', 'opus', 'no',
  'iphone', 'galaxy', 'office', 'team', 'group', 'groupe', 'équipe', 'table', 'figure', 'annexe', 'annex',
]);
const MAX_STEPS = 6;
const LEFT_SEPARATOR = /[ \t\n,;–—>-]/;
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
  if (postcode) s = line.lower ? 0.85 : 0.95;
  if (delivery) s += 0.1;
  return Math.min(1, s);
}

function streetCandidate(text: string, line: StreetLine, anchor: string): Candidate | null {
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
 * Every address this recognizer knows has a digit (house number, box, postcode), and every street word lies
 * within REACH characters of one (a street word before its postcode, a name before its number). So the document
 * is scanned for digit runs first (fast), each run is checked on the spot (postcodes, glued suffixes, military
 * mail), and the street-word scans run only over the merged regions around runs, skipping most running prose.
 */
const REACH = 110;
const DIGITS = /\d+/g;
const WORD_LETTER = /[\p{L}\p{M}'’-]/u;
/** Characters around a digit run that make it a time, a date part, a decimal, an amount or a code, not an address number. */
const NOT_BEFORE = new Set(['/', ':', '.', ',', '+', '€', '$', '£', '@', '_']);
const NOT_AFTER = new Set([':', '/', '%', '€', '°', '_', '@']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Could this digit run be a house number, a box number or a postcode? Cheap character tests only. */
function addressLikeRun(text: string, start: number, end: number): boolean {
  if (end - start > 6) return false; // phone numbers, IBAN and card digit groups, ids
  const prev = text[start - 1];
  const next = text[end];
  if (prev !== undefined && (NOT_BEFORE.has(prev) || LETTER_OR_DIGIT.test(prev))) return false;
  if (next !== undefined && NOT_AFTER.has(next)) return false;
  // Decimals and thousands ("3.5", "12,50"), but not "45, boulevard" or "19." at a line end.
  if ((next === '.' || next === ',') && /\d/.test(text[end + 1] ?? '')) return false;
  return true;
}

interface Scan { regions: Array<[number, number]>; runs: Array<[number, number]> }

export function digitRuns(text: string): Scan {
  const regions: Array<[number, number]> = [];
  const runs: Array<[number, number]> = [];
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m !== null; m = DIGITS.exec(text)) {
    const end = m.index + m[0].length;
    if (!addressLikeRun(text, m.index, end)) continue;
    runs.push([m.index, end]);
    // Street words that come BEFORE their number or postcode ("Rue de la Loi 16", "rue Victor Hugo, 75016").
    const from = Math.max(0, m.index - REACH);
    const last = regions[regions.length - 1];
    if (last && from <= last[1]) last[1] = m.index;
    else regions.push([from, m.index]);
  }
  return { regions, runs };
}

/**
 * Answers "is this position already inside an address?" for positions asked in increasing order, in amortised
 * constant time (a pointer over sorted, merged spans), so that documents with thousands of addresses stay linear.
 */
class Coverage {
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
function mergeOverlaps(cands: Candidate[], text?: string): Candidate[] {
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

export class PostalAddressRecognizer implements Recognizer {
  readonly name = 'postal-address';
  readonly types = ['POSTAL_ADDRESS'] as const;
  readonly languages = 'any' as const;

  analyze(input: AnalysisInput): Finding[] {
    const text = plainSpaces(input.text);
    const { regions, runs } = digitRuns(text);
    if (runs.length === 0) return [];
    const cands: Candidate[] = [];
    const seen = new Set<number>();
    const street = (line: StreetLine | null, tag: string, at: number): void => {
      if (!line || seen.has(at)) return;
      seen.add(at);
      const c = streetCandidate(text, line, line.lang === 'eu' ? 'eu-street' : tag);
      if (c) cands.push(c);
    };
    // Street words after a house number: French type ("12 bis, rue…"), English name and suffix ("221B Baker Street").
    for (const [start, end] of runs) {
      FR_TYPE_AFTER_NUMBER.lastIndex = end;
      const fr = FR_TYPE_AFTER_NUMBER.exec(text);
      if (fr) {
        const kw = fr[1] ?? '';
        const at = FR_TYPE_AFTER_NUMBER.lastIndex - kw.length;
        street(EU_PREFIX_SET.has(kw.toLowerCase()) ? null : frenchStreet(text, at, kw), 'fr-street', at);
      }
      for (const re of [EN_SUFFIX_AFTER_NUMBER, EN_LOWER_SUFFIX_AFTER_NUMBER]) {
        re.lastIndex = end;
        const en = re.exec(text);
        if (!en) continue;
        const suffix = en[1] ?? '';
        const at = re.lastIndex - suffix.length;
        street(englishStreet(text, at, suffix), 'en-street', at);
        break;
      }
      this.atDigitRun(text, start, end, cands);
    }
    // Street words before their number or postcode, within REACH before a digit run.
    for (const [from, to] of regions) {
      const region = text.slice(from, to);
      FR_ANCHOR.lastIndex = 0;
      for (let m = FR_ANCHOR.exec(region); m !== null; m = FR_ANCHOR.exec(region)) {
        const at = from + m.index;
        street(EU_PREFIX_SET.has(m[0].toLowerCase()) ? prefixStreet(text, at, m[0]) : frenchStreet(text, at, m[0]), 'fr-street', at);
      }
    }
    // Postcodes whose street line has no street word ("62 Kingsway, Manchester M19 2LL", "BP 42, 13001 Marseille").
    const cover = new Coverage(cands);
    for (const [start, end] of runs) this.postcodeTail(text, start, end, cands, cover);
    const out: Finding[] = [];
    for (const c of mergeOverlaps(cands, text)) {
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

  /** Street lines announced by the word before a number: glued continental suffix, military mail, unit after. */
  private atDigitRun(text: string, start: number, end: number, cands: Candidate[]): void {
    // The word right before the number ("Hauptstraße 5", "PSC 3294"), read backwards without a regex scan.
    let p = start;
    while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '\t')) p--;
    const wordEnd = p;
    if (wordEnd < start) {
      if (text[p - 1] === '.') p--;
      while (p > 0 && start - p < 40 && WORD_LETTER.test(text[p - 1] ?? '')) p--;
    }
    const prevWord = text.slice(p, wordEnd);
    const suffix = prevWord ? EU_SUFFIX_WORD.exec(prevWord) : null;
    if (suffix) {
      const line = suffixStreet(text, p + suffix.index, suffix[0]);
      const c = line && streetCandidate(text, line, 'eu-street');
      if (c) cands.push(c);
    }
    if (MILITARY_WORD.test(prevWord)) {
      MILITARY_RE.lastIndex = p;
      const m = MILITARY_RE.exec(text);
      if (m) cands.push({ start: m.index, end: MILITARY_RE.lastIndex, score: 0.9, pattern: 'us-military', postcode: true, subtype: 'US' });
    }
    if (end - start <= 4) {
      UNIT_AFTER.lastIndex = end;
      const before = UNIT_AFTER.test(text) ? text.slice(Math.max(0, start - 40), start) : '';
      const name = before ? NAME_BEFORE_NUMBER.exec(before) : null;
      if (name && !name[0].trim().split(/[ \t]+/).some((w) => NOT_STREET_NAMES.has(w.toLowerCase()))) {
        const line: StreetLine = { start: start - before.length + name.index, end, numbered: true, lower: false, locality: false, lang: 'eu' };
        const c = streetCandidate(text, line, 'name-number-unit');
        if (c) cands.push(c);
      }
    }
  }

  /** At a digit run: French postcode, US ZIP, or the UK postcode whose inward code the run starts ("NW1 6XE"). */
  private postcodeTail(text: string, start: number, end: number, cands: Candidate[], cover: Coverage): void {
    if (end - start === 1 && /[A-Z]/.test(text[end] ?? '')) {
      // Outward code of 2 to 4 characters and a space before the inward code's digit.
      for (let back = 5; back >= 3; back--) {
        const at = start - back;
        if (at < 0 || !/[A-Z]/.test(text[at] ?? '') || isWordChar(text[at - 1])) continue;
        UK_POSTCODE_AT.lastIndex = at;
        if (!UK_POSTCODE_AT.test(text)) continue;
        if (cover.has(at)) return;
        const sliceStart = Math.max(0, at - 40);
        const city = CITY_BEFORE.exec(text.slice(sliceStart, at));
        const c = tailCandidate(text, city ? sliceStart + city.index : at, UK_POSTCODE_AT.lastIndex, 'uk-postcode');
        if (c) { cands.push(c); cover.add(c); }
        return;
      }
      return;
    }
    if (end - start !== 5 || cover.has(start)) return;
    FR_POSTCODE_AT.lastIndex = start;
    const fr = FR_POSTCODE_AT.exec(text);
    if (fr && validFrPostcode(fr[1] ?? '')) {
      const c = tailCandidate(text, start, FR_POSTCODE_AT.lastIndex, 'fr-postcode');
      if (c) { cands.push(c); cover.add(c); return; }
    }
    const before = text.slice(Math.max(0, start - 40), start);
    const us = US_CITY_STATE_BEFORE.exec(before);
    if (us) {
      ZIP4_AT.lastIndex = end;
      const c = tailCandidate(text, start - before.length + us.index, ZIP4_AT.test(text) ? ZIP4_AT.lastIndex : end, 'us-state');
      if (c) { cands.push(c); cover.add(c); }
    }
  }
}

export const postalAddressRecognizer = new PostalAddressRecognizer();
