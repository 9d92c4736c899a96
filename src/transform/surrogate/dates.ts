/**
 * Dates: parsed in the common French and English written forms, shifted by a keyed number of days per document
 * (so intervals between dates of one document are kept), and written back in the same form. Also the month/year
 * generalisation.
 */
const MONTHS = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
};
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/, '');

function monthIndex(word: string): { idx: number; lang: 'fr' | 'en'; abbrev: boolean } | undefined {
  const w = fold(word);
  for (const lang of ['fr', 'en'] as const) {
    const i = MONTHS[lang].findIndex((m) => fold(m) === w);
    if (i >= 0) return { idx: i, lang, abbrev: false };
  }
  if (w.length >= 3) {
    for (const lang of ['en', 'fr'] as const) {
      const i = MONTHS[lang].findIndex((m) => fold(m).startsWith(w));
      if (i >= 0) return { idx: i, lang, abbrev: true };
    }
  }
  return undefined;
}

export interface ParsedDate {
  y: number; m: number; d: number;
  /** Rebuilds the text for another date, in the original form. */
  format(y: number, m: number, d: number): string;
  /** Month and year only, in the original form. */
  monthYear(): string;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
function caseLike(orig: string, s: string): string {
  if (orig === orig.toUpperCase() && orig !== orig.toLowerCase()) return s.toUpperCase();
  if (orig[0] && orig[0] === orig[0].toUpperCase() && orig[0] !== orig[0].toLowerCase()) return s[0]!.toUpperCase() + s.slice(1);
  return s;
}

export function parseDate(value: string): ParsedDate | undefined {
  let m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(value.trim());
  if (m) {
    const [, y, sep, mo, d] = m;
    return mk(+y!, +mo!, +d!, (Y, M, D) => `${Y}${sep}${pad(M, mo!.length)}${sep}${pad(D, d!.length)}`, () => `${y}${sep}${mo}`);
  }
  m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})$/.exec(value.trim());
  if (m) {
    const [, a, sep, b, y] = m;
    const monthFirst = +b! > 12 && +a! <= 12;
    const [mo, d] = monthFirst ? [+a!, +b!] : [+b!, +a!];
    const fullYear = y!.length === 2 ? (Number(y) > 30 ? 1900 : 2000) + Number(y) : Number(y);
    const yFmt = (Y: number) => (y!.length === 2 ? pad(Y % 100, 2) : String(Y));
    return mk(fullYear, mo, d,
      (Y, M, D) => (monthFirst ? `${pad(M, a!.length)}${sep}${pad(D, b!.length)}` : `${pad(D, a!.length)}${sep}${pad(M, b!.length)}`) + `${sep}${yFmt(Y)}`,
      () => `${monthFirst ? a : b}${sep}${y}`);
  }
  // "14 novembre 1985", "1er mars 1990", "3 March 1990", "14 Nov. 1985"
  m = /^(\d{1,2})(er|st|nd|rd|th)?\s+([\p{L}.]+)\s+(\d{4})$/u.exec(value.trim());
  if (m) {
    const [, d, suf = '', mw, y] = m;
    const mi = monthIndex(mw!);
    if (!mi) return undefined;
    const name = (M: number) => caseLike(mw!, mi.abbrev ? MONTHS[mi.lang][M - 1]!.slice(0, 3) + (mw!.endsWith('.') ? '.' : '') : MONTHS[mi.lang][M - 1]!);
    const sfx = (D: number) => (suf === '' ? '' : mi.lang === 'fr' ? (D === 1 ? 'er' : '') : ordinal(D));
    return mk(+y!, mi.idx + 1, +d!, (Y, M, D) => `${D}${sfx(D)} ${name(M)} ${Y}`, () => `${name(mi.idx + 1)} ${y}`);
  }
  // "March 3, 1990", "Nov 14 1985"
  m = /^([\p{L}.]+)\s+(\d{1,2})(st|nd|rd|th)?,?\s+(\d{4})$/u.exec(value.trim());
  if (m) {
    const [, mw, d, suf = '', y] = m;
    const mi = monthIndex(mw!);
    if (!mi) return undefined;
    const comma = value.includes(',') ? ',' : '';
    const name = (M: number) => caseLike(mw!, mi.abbrev ? MONTHS[mi.lang][M - 1]!.slice(0, 3) + (mw!.endsWith('.') ? '.' : '') : MONTHS[mi.lang][M - 1]!);
    return mk(+y!, mi.idx + 1, +d!, (Y, M, D) => `${name(M)} ${D}${suf ? ordinal(D) : ''}${comma} ${Y}`, () => `${name(mi.idx + 1)} ${y}`);
  }
  return undefined;
}

function ordinal(d: number): string {
  if (d % 100 >= 11 && d % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][d % 10] ?? 'th';
}

function mk(y: number, m: number, d: number, format: ParsedDate['format'], monthYear: () => string): ParsedDate | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return { y, m, d, format, monthYear };
}

/** Shifts a parsed date by `days` and writes it in its original form. */
export function shiftDate(p: ParsedDate, days: number): string {
  const t = Date.UTC(p.y, p.m - 1, p.d) + days * 86400000;
  const dt = new Date(t);
  return p.format(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}
