/**
 * EMAIL: RFC 5322 "dot-atom" addresses as they appear in running text (no quoted local parts), including
 * internationalised local parts and domains (RFC 6531). Anchored on `@`: the scan is an `indexOf` over the text,
 * and only around each `@` does a regex look at the local part and the domain (a regex starting with a Unicode
 * letter class would test every letter of the document).
 * Spec: RFC 5322 section 3.4.1; RFC 6531.
 */
import type { EntityType, Finding } from '../../core/types.js';
import type { AnalysisInput, Recognizer } from '../recognizer.js';

/** Local part ending right before `@` (sticky match on a reversed window is overkill: a bounded backwards regex). */
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;

/** Is this code unit (ASCII) a local-part character? Letters, digits and `._%+-`. */
function asciiLocal(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

/**
 * Start of the run of local-part characters (`[\p{L}\p{N}._%+-]`, by code point) that ends at `at`, not going
 * back past `lo`; `at` when there is none. A backward walk: a `…{1,64}$` regex on the slice retried the match from
 * every position of the window. A surrogate pair counts only when both halves lie inside the window.
 */
function localStart(text: string, lo: number, at: number): number {
  let i = at;
  while (i > lo) {
    const c = text.charCodeAt(i - 1);
    if (c < 128) {
      if (!asciiLocal(c)) break;
      i--;
    } else if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= lo && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800) {
      if (!LOCAL_CHAR.test(text.slice(i - 2, i))) break;
      i -= 2;
    } else {
      if (!LOCAL_CHAR.test(text[i - 1] as string)) break;
      i--;
    }
  }
  return i;
}
/** Domain labels and a TLD of 2+ letters right after `@`; not glued to further word characters. */
const DOMAIN = /(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])/uy;

/**
 * Obfuscated addresses written to dodge scrapers: `jean.dupont [at] exemple [dot] fr`, `jean(at)exemple.fr`,
 * `jean arobase exemple point fr`. Still an address of a person. (`sam at example dot com` is matched only in a
 * document that also has one of the bracketed forms: looking for " dot " in every document costs too much.)
 */
const OBFUSCATED = /[\p{L}\p{N}._%+-]{1,64}[ \t]?(?:\[at\]|\(at\)|\{at\}|\[arobase\]|\(arobase\)|[ \t]arobase[ \t]|[ \t]at[ \t](?=[\p{L}\p{N}-]+[ \t]?(?:\[dot\]|\(dot\)|[ \t]dot[ \t])))[ \t]?[\p{L}\p{N}-]{1,63}(?:[ \t]?(?:\[dot\]|\(dot\)|\{dot\}|\[point\]|\(point\)|[ \t]dot[ \t]|[ \t]point[ \t]|\.)[ \t]?[\p{L}\p{N}-]{1,63}){1,4}/giu;
function obfuscationHint(t: string): boolean {
  // Substrings starting with a rare character are found by a vectorised search: nearly free on every document.
  return t.includes('[at]') || t.includes('(at)') || t.includes('{at}') || t.includes('arobase');
}

export class EmailRecognizer implements Recognizer {
  readonly name = 'email';
  readonly types: readonly EntityType[] = ['EMAIL'];
  readonly languages = 'any' as const;

  analyze(input: AnalysisInput): Finding[] {
    const { text } = input;
    const out: Finding[] = [];
    let lastEnd = 0;
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      if (at < lastEnd) continue;
      const start = localStart(text, Math.max(lastEnd, at - 64), at);
      if (start === at) continue;
      const local = text.slice(start, at);
      // A 64-char local part may be the tail of a longer run: then it is not an address.
      if (start > 0 && LOCAL_CHAR.test(text[start - 1] as string) && start > lastEnd) continue;
      if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) continue;
      DOMAIN.lastIndex = at + 1;
      const d = DOMAIN.exec(text);
      if (!d) continue;
      const end = at + 1 + d[0].length;
      const ctx = /(?:mail|courriel|contact)[^\n]{0,20}$/i.test(text.slice(Math.max(0, start - 30), start));
      out.push({
        type: 'EMAIL',
        start,
        end,
        score: ctx ? 1 : 0.95,
        recognizer: this.name,
        explanation: { pattern: 'dot-atom', validation: 'none', ...(ctx ? { context: ['mail'] } : {}) },
      });
      lastEnd = end;
    }
    if (obfuscationHint(text)) out.push(...this.obfuscated(text));
    return out;
  }

  private obfuscated(text: string): Finding[] {
    const out: Finding[] = [];
    OBFUSCATED.lastIndex = 0;
    for (let m = OBFUSCATED.exec(text); m !== null; m = OBFUSCATED.exec(text)) {
      const start = m.index;
      if (start > 0 && /[\p{L}\p{N}._%+-]/u.test(text[start - 1] as string)) continue;
      // The last label must be a plausible TLD (letters only, 2-24).
      if (!/(?:\.|dot|point|\])[ \t]?\p{L}{2,24}$/iu.test(m[0])) continue;
      out.push({
        type: 'EMAIL',
        start,
        end: start + m[0].length,
        score: 0.8,
        recognizer: this.name,
        explanation: { pattern: 'obfuscated', validation: 'none' },
      });
    }
    return out;
  }
}

export const emailRecognizer = new EmailRecognizer();
