/**
 * The recognizer contract (after presidio's PatternRecognizer): patterns with low base scores, a validation
 * hook (checksums), context words in French and English that raise the score, and an explanation on every finding.
 */
import type { EntityType, Finding, Lang } from '../core/types.js';
import { columnHeader, matchAll, windowBefore, wordsRegex } from './context.js';
import { anchoredMatches, type DigitRunAnchor } from './digit-runs.js';

/** What a recognizer sees for one document. Built once per document by the engine. */
export interface AnalysisInput {
  text: string;
  /** Language resources to use; `other` documents get both. */
  lang: Lang | 'other';
}

export interface Recognizer {
  /** Unique, stable name, written in every finding. */
  readonly name: string;
  readonly types: readonly EntityType[];
  /** Languages this recognizer applies to; 'any' for language-independent identifiers. */
  readonly languages: readonly Lang[] | 'any';
  analyze(input: AnalysisInput): Finding[];
}

export interface Pattern {
  name: string;
  /** Must be global (`g`). Use lookarounds to keep matches off longer digit/letter runs. */
  regex: RegExp;
  /** Base score before validation and context. */
  score: number;
  /** Capture group holding the value (default 0, the whole match). */
  group?: number;
  /** Cheap per-document test for this pattern alone (e.g. its mandatory context word is absent: skip the scan). */
  prefilter?: (text: string) => boolean;
  /**
   * Set when every match begins at the first digit of a maximal run of `min` to `max` digits: the regex then runs
   * only there, from the shared per-document digit-run index (digit-runs.ts), instead of scanning the text.
   */
  digitRun?: DigitRunAnchor;
}

export interface ValidationResult {
  /** false: drop the candidate (e.g. failed checksum). */
  valid: boolean;
  /** Replaces the pattern score when set (e.g. a checksum-valid value is near-certain). */
  score?: number;
  /** false: the value was accepted on shape only (explanation says validation "none"); default true. */
  checked?: boolean;
  subtype?: string;
  note?: string;
  /**
   * Adjust the reported span, relative to the match start: trim punctuation, or (negative start) take back
   * characters a lookbehind checked before the match.
   */
  trim?: { start: number; end: number };
}

export interface ContextWords {
  fr?: readonly string[];
  en?: readonly string[];
}

export interface PatternRecognizerOptions {
  name: string;
  type: EntityType;
  patterns: readonly Pattern[];
  languages?: readonly Lang[] | 'any';
  /** Checksum / structure validation; return null when the recognizer has no checksum for this candidate. */
  validate?: (value: string, text: string, start: number, pattern: string) => ValidationResult | null;
  context?: ContextWords;
  /** Added to the score (capped at 1) when a context word occurs within `contextWindow` chars before the span. */
  contextBoost?: number;
  contextWindow?: number;
  /** Also look for context words in this many chars after the span ("655 437 108 office"); default 0. */
  contextAfterWindow?: number;
  /** Words that count after the span (default: the `context` words). */
  contextAfter?: ContextWords;
  /**
   * Words that make the candidate something else (order, invoice, serial, version numbers...): when one occurs within
   * `negativeWindow` chars before the span, `negativePenalty` is subtracted from the score.
   */
  negativeContext?: ContextWords;
  negativeWindow?: number;
  negativePenalty?: number;
  /** Apply negative words even when a positive context word was found (default: positive context wins). */
  negativeOverridesContext?: boolean;
  /** Also look for context words in the header of the CSV/table column the candidate sits in (default true). */
  columnContext?: boolean;
  /** Cheap test run once per document: skip all regexes when it returns false (performance). */
  prefilter?: (text: string) => boolean;
  subtype?: string;
}

/** Context regexes in the order to try them, for French (and other) documents and for English ones. */
type LangRegexes = { frFirst: readonly RegExp[]; enFirst: readonly RegExp[] };

const DEFAULT_WINDOW = 60;

/** Generic pattern recognizer; country-specific recognizers are instances of it with their own validate hook. */
export class PatternRecognizer implements Recognizer {
  readonly name: string;
  readonly types: readonly EntityType[];
  readonly languages: readonly Lang[] | 'any';
  private readonly opts: PatternRecognizerOptions;
  private readonly contextRe: LangRegexes;
  private readonly negativeRe: LangRegexes;
  private readonly afterRe: LangRegexes;
  /** Per pattern, its regex with the sticky flag (patterns with a `digitRun` anchor only). */
  private readonly sticky: readonly (RegExp | undefined)[];

  constructor(opts: PatternRecognizerOptions) {
    for (const p of opts.patterns) {
      if (!p.regex.global) throw new Error(`recognizer ${opts.name}: pattern ${p.name} must use the g flag`);
      if (p.score < 0 || p.score > 1) throw new Error(`recognizer ${opts.name}: pattern ${p.name} score must be in [0,1]`);
      if (p.digitRun && !(p.digitRun.min >= 2)) throw new Error(`recognizer ${opts.name}: pattern ${p.name} digitRun.min must be >= 2`);
    }
    this.sticky = opts.patterns.map((p) => (p.digitRun ? new RegExp(p.regex.source, p.regex.flags.replace('g', '') + 'y') : undefined));
    this.opts = opts;
    this.name = opts.name;
    this.types = [opts.type];
    this.languages = opts.languages ?? 'any';
    this.contextRe = langRegexes(opts.context);
    this.negativeRe = langRegexes(opts.negativeContext);
    this.afterRe = opts.contextAfter ? langRegexes(opts.contextAfter) : this.contextRe;
  }

  analyze(input: AnalysisInput): Finding[] {
    const { text } = input;
    if (this.opts.prefilter && !this.opts.prefilter(text)) return [];
    const out: Finding[] = [];
    for (let i = 0; i < this.opts.patterns.length; i++) {
      const p = this.opts.patterns[i] as Pattern;
      if (p.prefilter && !p.prefilter(text)) continue;
      for (const m of this.matches(p, i, text)) {
        const g = p.group ?? 0;
        const value = m[g];
        if (value === undefined) continue;
        // With the `d` flag the group's exact offset is known; otherwise its first occurrence in the match.
        const idx = g === 0 ? undefined : m.indices?.[g];
        let start = idx ? idx[0] : m.index + (g === 0 ? 0 : m[0].indexOf(value));
        let end = start + value.length;
        let score = p.score;
        let validation: 'valid' | 'invalid' | 'none' = 'none';
        let subtype = this.opts.subtype;
        let note: string | undefined;
        if (this.opts.validate) {
          const v = this.opts.validate(value, text, start, p.name);
          if (v) {
            if (!v.valid) continue;
            validation = v.checked === false ? 'none' : 'valid';
            if (v.score !== undefined) score = v.score;
            if (v.subtype) subtype = v.subtype;
            note = v.note;
            if (v.trim) { end = start + v.trim.end; start = start + v.trim.start; }
          }
        }
        const { words: ctx, before } = this.contextWords(text, start, end, input.lang);
        if (ctx.length > 0) score = Math.min(1, score + (this.opts.contextBoost ?? 0.35));
        // Negative words only count when nothing positive was said before the value.
        const neg = before && !this.opts.negativeOverridesContext ? [] : this.negativeWords(text, start, input.lang);
        if (neg.length > 0) {
          score = Math.max(0, score - (this.opts.negativePenalty ?? 0.5));
          note = `${note ? note + '; ' : ''}negative context: ${neg.join(', ')}`;
        }
        out.push({
          type: this.types[0] as EntityType,
          ...(subtype ? { subtype } : {}),
          start,
          end,
          score: round(score),
          recognizer: this.name,
          explanation: { pattern: p.name, validation, ...(ctx.length ? { context: ctx } : {}), ...(note ? { note } : {}) },
        });
      }
    }
    return out;
  }

  /** The pattern's non-empty matches in text order: a global scan, or sticky runs at the digit runs it starts on. */
  private *matches(p: Pattern, i: number, text: string): Generator<RegExpExecArray> {
    const sticky = this.sticky[i];
    if (p.digitRun && sticky) {
      yield* anchoredMatches(sticky, text, p.digitRun);
      return;
    }
    p.regex.lastIndex = 0;
    for (let m = p.regex.exec(text); m !== null; m = p.regex.exec(text)) {
      if (m[0].length === 0) { p.regex.lastIndex++; continue; }
      yield m;
    }
  }

  /** Context words before the span (or in its column header), else after it; `before` says which. */
  private contextWords(text: string, start: number, end: number, lang: Lang | 'other'): { words: string[]; before: boolean } {
    const res = pick(this.contextRe, lang);
    if (res.length === 0) return { words: [], before: false };
    const before = windowBefore(text, start, this.opts.contextWindow ?? DEFAULT_WINDOW);
    const found: string[] = [];
    for (const re of res) found.push(...matchAll(re, before));
    if (found.length > 0) return { words: found, before: true };
    // Only when the words before say nothing: the header of the table column (CSV exports), then the words after.
    if (this.opts.columnContext !== false) {
      const header = columnHeader(text, start);
      if (header) for (const re of res) found.push(...matchAll(re, header));
      if (found.length > 0) return { words: found, before: true };
    }
    const afterWindow = this.opts.contextAfterWindow ?? 0;
    if (afterWindow > 0) {
      const after = text.slice(end, end + afterWindow).toLowerCase();
      for (const re of pick(this.afterRe, lang)) found.push(...matchAll(re, after));
    }
    return { words: found, before: false };
  }

  private negativeWords(text: string, start: number, lang: Lang | 'other'): string[] {
    const res = pick(this.negativeRe, lang);
    if (res.length === 0) return [];
    const before = windowBefore(text, start, this.opts.negativeWindow ?? 30);
    return res.flatMap((re) => matchAll(re, before));
  }
}

/** Context words apply across languages too (an English log line in a French document): the document's language first. */
function pick(r: LangRegexes, lang: Lang | 'other'): readonly RegExp[] {
  return lang === 'en' ? r.enFirst : r.frFirst;
}

function langRegexes(words: ContextWords | undefined): LangRegexes {
  const fr = wordsRegex(words?.fr);
  const en = wordsRegex(words?.en);
  const only = (xs: (RegExp | null)[]) => xs.filter((x): x is RegExp => x !== null);
  return { frFirst: only([fr, en]), enFirst: only([en, fr]) };
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
