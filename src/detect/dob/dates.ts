/**
 * Calendar dates as people write them in French and English: numeric (12/03/1985, 12.03.85, 12-03-1985),
 * ISO (1985-03-12, 1985/03/12), month names in both languages ("1er mars 1985", "12 mars", "March 12, 1985",
 * "12th of March 1985", "Mar. 12 1985"). Used by the DATE_OF_BIRTH recognizer; no birth logic here.
 */

const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1, janv: 1, 'février': 2, fevrier: 2, 'févr': 2, fevr: 2, 'fév': 2, fev: 2, mars: 3, avril: 4, avr: 4,
  mai: 5, juin: 6, juillet: 7, juil: 7, 'août': 8, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10,
  novembre: 11, nov: 11, 'décembre': 12, decembre: 12, 'déc': 12, dec: 12,
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, october: 10, november: 11, december: 12,
};

const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const MONTH = String.raw`(?:${MONTH_ALT})\.?`;
const DAY = String.raw`(?:1er|1ᵉʳ|[0-3]?\d(?:st|nd|rd|th)?)`;
const YEAR = String.raw`(?:1[89]\d\d|20\d\d)`;

/**
 * One alternation; named groups say which form matched. Lookarounds keep it off longer digit runs
 * (phone numbers, references). Case-insensitive for month names.
 */
const DATE_SOURCE = [
  String.raw`(?<iso>${YEAR}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01]))(?![\p{N}])`,
  String.raw`(?<num>\d{1,2}[/.-]\d{1,2}[/.-](?:${YEAR}|\d\d))(?![\p{N}]|[/.-]\d)`,
  String.raw`(?<dmy>${DAY}[ \t]+(?:of[ \t]+)?${MONTH}(?:,?[ \t]+${YEAR})?)(?![\p{L}\p{N}])`,
  String.raw`(?<mdy>${MONTH}[ \t]+${DAY}(?:,?[ \t]+${YEAR})?)(?![\p{L}\p{N}])`,
  String.raw`(?<my>${MONTH}[ \t]+${YEAR})(?![\p{L}\p{N}])`,
  String.raw`(?<year>${YEAR})(?![\p{L}\p{N}])`,
].join('|');

/** Global; callers reset lastIndex. */
export const DATE_RE = new RegExp(String.raw`(?<![\p{L}\p{N}/.-])(?:${DATE_SOURCE})`, 'giu');
/** The whole string is one date (CSV cells). */
export const WHOLE_DATE_RE = new RegExp(String.raw`^(?:${DATE_SOURCE})$`, 'iu');

/** Longest date writing ("30 septembre 1985", "4th of September, 1989"), with room to spare. */
const MAX_DATE_LENGTH = 32;

export type DateForm = 'iso' | 'num' | 'dmy' | 'mdy' | 'my' | 'year';

export interface DateMatch {
  start: number;
  end: number;
  form: DateForm;
}

function monthOf(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

/** Checks day and month ranges; the regex only bounds the digit counts. */
export function plausibleDate(value: string, form: DateForm): boolean {
  if (form === 'year' || form === 'my') return true;
  if (form === 'iso') {
    const [, m, d] = value.split(/[-/.]/).map(Number);
    return (m ?? 0) >= 1 && (m ?? 0) <= 12 && (d ?? 0) >= 1 && (d ?? 0) <= 31;
  }
  if (form === 'num') {
    const [a, b] = value.split(/[/.-]/).map(Number);
    // Day-first (FR, UK) or month-first (US): accept when either reading is a real date.
    const dayFirst = (a ?? 0) >= 1 && (a ?? 0) <= 31 && (b ?? 0) >= 1 && (b ?? 0) <= 12;
    const monthFirst = (a ?? 0) >= 1 && (a ?? 0) <= 12 && (b ?? 0) >= 1 && (b ?? 0) <= 31;
    return dayFirst || monthFirst;
  }
  const dayTok = /(\d{1,2})/.exec(value);
  const monthTok = value.split(/[ \t,]+/).find((w) => monthOf(w) !== undefined);
  const day = Number(dayTok?.[1] ?? 0);
  return monthTok !== undefined && day >= 1 && day <= 31;
}

/**
 * The first date starting in `text` between `from` and `to`, if plausible. Runs on a short slice: a global
 * regex given only a lastIndex would scan on to the end of the document (quadratic over many phrases).
 */
export function firstDate(text: string, from: number, to: number): DateMatch | null {
  if (!hasDigit(text, from, Math.min(text.length, to + MAX_DATE_LENGTH))) return null; // cheap: most phrases have no date
  const slice = text.slice(from, Math.min(text.length, to + MAX_DATE_LENGTH));
  DATE_RE.lastIndex = 0;
  const m = DATE_RE.exec(slice);
  if (!m || m.index >= to - from) return null;
  // The lookbehind cannot see before the slice: check the character before the date in the full text.
  if (m.index === 0 && from > 0 && /[\p{L}\p{N}/.-]/u.test(text[from - 1] ?? '')) return null;
  const g = m.groups ?? {};
  const form = (['iso', 'num', 'dmy', 'mdy', 'my', 'year'] as const).find((k) => g[k] !== undefined);
  if (!form || !plausibleDate(m[0], form)) return null;
  return { start: from + m.index, end: from + m.index + m[0].length, form };
}

/** An ASCII digit in text[from, to): every date form above has one (day, year or both). */
export function hasDigit(text: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) { const c = text.charCodeAt(i); if (c >= 48 && c <= 57) return true; }
  return false;
}

/** The form of a string that is exactly one plausible date, else null (CSV cells). */
export function wholeDate(value: string): DateForm | null {
  const m = WHOLE_DATE_RE.exec(value);
  if (!m) return null;
  const g = m.groups ?? {};
  const form = (['iso', 'num', 'dmy', 'mdy', 'my', 'year'] as const).find((k) => g[k] !== undefined);
  return form && plausibleDate(value, form) ? form : null;
}
