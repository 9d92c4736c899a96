/**
 * POSTAL_ADDRESS: street-level addresses in French, UK, US and Irish forms, reported as ONE contiguous span from
 * the first delivery line (unit, box, house number) to the postcode, city, CEDEX and country.
 *
 * How: digit runs are found first; at each run, sticky regexes look for a street word after the number ("12 rue",
 * "221B Baker Street"), a glued suffix or a unit around it, or a postcode; street words that come before their
 * number or postcode ("Rue de la Loi 16", "Lieu-dit Kerhuel, 29000") are scanned for only in the 110 characters
 * before a run. Each anchor then grows into a candidate, line by line (candidates.ts). A city or a postcode
 * alone is never reported: a street line, a PO box or a unit must be there (the dev set's annotation rule).
 */
import type { Finding } from '../../core/types.js';
import type { AnalysisInput, Recognizer } from '../recognizer.js';
import { round } from '../recognizer.js';
import { ADDRESS_CONTEXT, alternation } from './lexicon.js';
import {
  CITY_BEFORE, EN_LOWER_SUFFIX_AFTER_NUMBER, EN_SUFFIX_AFTER_NUMBER, FR_ANCHOR, FR_POSTCODE_AT, FR_TYPE_AFTER_NUMBER,
  NAME_BEFORE_NUMBER, UK_POSTCODE_AT, UNIT_AFTER, US_CITY_STATE_BEFORE, ZIP4_AT,
} from './parts.js';
import { type Candidate, Coverage, mergeOverlaps, streetCandidate, tailCandidate, validFrPostcode } from './candidates.js';
import { englishStreet, frenchStreet, isWordChar, type StreetLine } from './street.js';
import { plainSpaces } from './spaces.js';
import {
  EU_PREFIX_SET, EU_SUFFIX_WORD, MILITARY_RE, MILITARY_WORD, prefixStreet, suffixStreet,
} from './continental.js';

const CONTEXT_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(ADDRESS_CONTEXT)})(?![\\p{L}\\p{N}])`, 'iu');
const CONTEXT_WINDOW = 50;
/** Words that number things other than houses ("Chapter 12, Suite 3", "Windows 10 Apt"). */
const NOT_STREET_NAMES = new Set([
  'chapter', 'section', 'article', 'page', 'version', 'windows', 'level', 'room', 'floor', 'gate', 'platform', 'track',
  'season', 'episode', 'part', 'volume', 'vol', 'chapitre', 'tome', 'niveau', 'salle', 'porte', 'bureau', 'étage',
  'lot', 'box', 'unit', 'suite', 'apt', 'flat', 'bâtiment', 'building', 'block', 'bloc', 'symphony', 'opus', 'no',
  'iphone', 'galaxy', 'office', 'team', 'group', 'groupe', 'équipe', 'table', 'figure', 'annexe', 'annex',
]);
/** Candidates below this are not worth reporting even to a low-threshold engine. */
const FLOOR = 0.3;

/**
 * Every address this recognizer knows has a digit (house number, box, postcode), and a street word that comes
 * before its number or postcode lies within REACH characters of it: the street-word scan runs only over the
 * merged regions before digit runs, which skips most running prose.
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

