/**
 * DATE_OF_BIRTH: a date reported only when the text says it is a birth date. Two sources of that context:
 * 1. a birth phrase right before the date ("née le 03/04/1990", "date de naissance : 12.03.1985", "DDN",
 *    "DOB: 1985-03-12", "born on March 12, 1985", "date of birth, which we have as 4 September 1989");
 * 2. a table column whose header names the birth date (CSV/TSV exports: `date_naissance`, `dob`, `birth_date`).
 * The span is the date only. A date without such context is not a DOB (most dates in text are not).
 */
import type { Finding } from '../../core/types.js';
import type { AnalysisInput, Recognizer } from '../recognizer.js';
import { firstDate, hasDigit, wholeDate } from './dates.js';
import { birthColumns } from './table.js';
import { plainSpaces } from '../address/spaces.js';

/**
 * Birth phrases, FR then EN. "né(e)" forms need "le"/"en"/":" or a date soon after; the window rules below
 * keep "le nouveau-né" or "reborn" out (the lookbehind refuses letters and hyphens).
 */
const TRIGGER_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_-])(?:` +
  [
    String.raw`dates?[ _-]*(?:de[ _-]*)?(?:naissance|naiss?\.)`, String.raw`lieu[ _-]+et[ _-]+date[ _-]+de[ _-]+naissance`,
    'ddn', String.raw`née?s?(?:\(e\))?`, String.raw`nee|ne\(e\)|ne`, 'naissance',
    String.raw`dates?[ _-]*of[ _-]*birth`, String.raw`birth[ _-]?dates?`, 'birthday', 'born',
    String.raw`d\.o\.b\.?`, 'dob', 'b\\.d\\.', 'b\\.',
  ].join('|') +
  String.raw`)(?![\p{L}\p{N}_])`,
  'giu',
);

/** How far after a phrase the date may start ("date of birth, which we have as 4 September 1989"). */
const WINDOW = 40;
/**
 * What may stand between the phrase and the date: words and punctuation, no digits, at most one line break, no
 * sentence end, no other event ("date d'expiration", "moved on", "décédé le").
 */
const FILLER_OK = /^[^\d\n]*\n?[^\d\n]*$/u;
const FILLER_BAD = /[.!?][ \t]+\p{Lu}|date|dated|daté|issued|délivr|expir|valid|depuis|since|décéd|deceased|died|mort|moved|married|mari[ée]|joined|arriv|start|commenc|embauch|hired|entr[ée]/iu;
/** A question and its answer: "What is your date of birth? It's 6/24/1991", "Date de naissance ? C'est le 3 mai". */
const FILLER_ANSWER = /^[ \t]*[?:][ \t]*(?:\r?\n[ \t]*)?(?:(?:it['’]?s|it is|c['’]est|mine is|that['’]?s)[ \t]+)?(?:le[ \t]+|on[ \t]+)?$|^[ \t]*\.[ \t]+(?:it['’]?s|it is|c['’]est|mine is)[ \t]+(?:le[ \t]+|on[ \t]+)?$/iu;

/**
 * Phrases that say less about birth get a shorter reach: "Happy birthday! See you on 12/03" is not a DOB, and
 * "b." (as in "(b. 1950)") only counts in lower case, right before its date.
 */
const MAX_FILLER: Readonly<Record<string, number>> = { birthday: 12, born: 25, 'b.': 1 };
/**
 * A bare year or month and year ("née en 1985", "born in March 1985", "(born 1958)", "DOB: 1985") only right
 * after "en"/"in", a label's colon, or nothing.
 */
const YEAR_FILLER = /^[ \t]*(?:\(e\)[ \t]*)?(?:(?:en|in)[ \t]+|["']?[ \t]*[:=]?[ \t]*["']?)$/iu;

/**
 * "né"/"born" said of something other than a person: "le projet est né le 3 mars 2020", "the band was born in
 * 1985". Looked for in the few words before the phrase.
 */
const THING_BEFORE = /(?:projet|entreprise|société|societe|association|mouvement|idée|idee|initiative|groupe|festival|marque|site|journal|parti|réseau|reseau|start-?up|concept|collectif|club|label|service|produit|application|appli|programme|événement|evenement|salon|album|film|série|serie|project|company|idea|movement|brand|band|business|website|app|party|group|event|program|show|series|product|venture|firm|partnership|tradition|genre)(?![\p{L}])[^.!?\n]{0,30}$/iu;

/** Database placeholders for "unknown" (1900-01-01, 01/01/1900), not anyone's birth date. */
const PLACEHOLDER = /^(?:1900[-/.]0?1[-/.]0?1|0?1[-/.]0?1[-/.]1900)$/;

export class DateOfBirthRecognizer implements Recognizer {
  readonly name = 'date-of-birth';
  readonly types = ['DATE_OF_BIRTH'] as const;
  readonly languages = 'any' as const;

  analyze(input: AnalysisInput): Finding[] {
    // No-break spaces ("né le 12\u00a0mars\u00a01985") as plain ones, same length: offsets unchanged.
    // Every date has a digit (dates.ts): no digit, no birth date, neither after a phrase nor in a table column.
    if (!hasDigit(input.text)) return [];
    const text = plainSpaces(input.text);
    const out: Finding[] = [];
    const seen = new Set<number>();
    TRIGGER_RE.lastIndex = 0;
    for (let m = TRIGGER_RE.exec(text); m !== null; m = TRIGGER_RE.exec(text)) {
      const from = m.index + m[0].length;
      const d = firstDate(text, from, Math.min(text.length, from + WINDOW));
      if (!d) continue;
      const filler = text.slice(from, d.start);
      const phrase = m[0].toLowerCase();
      if ((phrase.startsWith('n') || phrase === 'born') && THING_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index))) continue;
      if (phrase === 'b.' && m[0] !== 'b.') continue;
      // Unaccented "ne" is mostly the negation ("je ne le savais pas"): only "ne le <date>" counts.
      if (phrase === 'ne' && !/^[ \t]+le[ \t]+$/i.test(filler)) continue;
      if (filler.length > (MAX_FILLER[phrase] ?? WINDOW)) continue;
      if (!FILLER_ANSWER.test(filler) && (!FILLER_OK.test(filler) || FILLER_BAD.test(filler))) continue;
      const partial = d.form === 'year' || d.form === 'my';
      if (partial && !YEAR_FILLER.test(filler)) continue;
      if (seen.has(d.start) || PLACEHOLDER.test(text.slice(d.start, d.end))) continue;
      seen.add(d.start);
      out.push(this.finding(d.start, d.end, d.form === 'year' ? 0.7 : d.form === 'my' ? 0.8 : 0.9, `phrase-${d.form}`, m[0].toLowerCase()));
    }
    for (const cell of birthColumns(text, wholeDate)) {
      if (seen.has(cell.start) || PLACEHOLDER.test(text.slice(cell.start, cell.end))) continue;
      seen.add(cell.start);
      out.push(this.finding(cell.start, cell.end, 0.9, `column-${cell.form}`, cell.header.toLowerCase()));
    }
    return out.sort((a, b) => a.start - b.start);
  }

  private finding(start: number, end: number, score: number, pattern: string, context: string): Finding {
    return {
      type: 'DATE_OF_BIRTH', start, end, score, recognizer: this.name,
      explanation: { pattern, validation: 'valid', context: [context] },
    };
  }
}

export const dateOfBirthRecognizer = new DateOfBirthRecognizer();
