/**
 * Tokeniser for the name model: words (hyphenated and apostrophe names kept whole: Jean-Baptiste, N'Diaye,
 * O'Brien), numbers, single punctuation marks, with UTF-16 offsets. French elisions are split off when the
 * prefix is lower case or the rest is ("l'école", "d'Artagnan", "L'hôpital"), but not in "N'Diaye", "D'Angelo".
 * Runs once per document; everything else (features, decoding, propagation) works on its output.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** A line break occurs between the previous token and this one (or this is the first token). */
  lineStart: boolean;
  /** Part of an e-mail address or URL: never a name. */
  inLink: boolean;
}

/**
 * The tokens are what this regex finds (tokenize.test.ts checks it); a hand-written scanner with a per-character
 * class table does the same work several times faster:
 *   /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’‐-][\p{L}\p{M}][\p{L}\p{M}\p{N}]*)*|\p{N}+|\S/gu
 */
export const TOKEN_RE = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’‐-][\p{L}\p{M}][\p{L}\p{M}\p{N}]*)*|\p{N}+|\S/gu;
const LETTER = 1, NUMBER = 2, SPACE = 3, OTHER = 4;
const LETTER_RE = /^[\p{L}\p{M}]$/u, NUMBER_RE = /^\p{N}$/u, SPACE_RE = /^\s$/u;
/** Class of every BMP code unit, filled on first sight (0: not seen yet). */
const CLASS = new Uint8Array(0x10000);
const classOf = (ch: string): number => (LETTER_RE.test(ch) ? LETTER : NUMBER_RE.test(ch) ? NUMBER : SPACE_RE.test(ch) ? SPACE : OTHER);

/** Class of the code point at i, plus 8 times its length in UTF-16 units (2 for a surrogate pair). */
function charClass(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOf(text.slice(i, i + 2)) + 16;
  }
  let k = CLASS[c] as number;
  if (k === 0) { k = classOf(String.fromCharCode(c)); CLASS[c] = k; }
  return k + 8;
}

/** End of a word whose first letter ends at i: letters, marks and digits, joined by ' ’ ‐ - before a letter. */
function wordEnd(text: string, i: number): number {
  for (;;) {
    for (let k = 0; i < text.length && ((k = charClass(text, i)) & 7) <= NUMBER;) i += k >> 3;
    const sep = text.charCodeAt(i);
    if (!(sep === 39 || sep === 0x2019 || sep === 0x2010 || sep === 45) || i + 1 >= text.length) return i;
    const k = charClass(text, i + 1);
    if ((k & 7) !== LETTER) return i;
    i += 1 + (k >> 3);
  }
}

function numberEnd(text: string, i: number): number {
  for (let k = 0; i < text.length && ((k = charClass(text, i)) & 7) === NUMBER;) i += k >> 3;
  return i;
}
const ELISION_RE = /^(l|d|qu|n|j|s|c|m|t|jusqu|lorsqu|puisqu|quoiqu)['’](.+)$/iu;
const LINK_RE = /[\w.%+-]+@[\w.-]+\.\w+|\b(?:https?:\/\/|www\.)\S+/giu;

export function tokenize(text: string): Token[] {
  const links: Array<[number, number]> = [];
  if (text.includes('@') || text.includes('http') || text.includes('www.')) {
    LINK_RE.lastIndex = 0;
    for (let m = LINK_RE.exec(text); m !== null; m = LINK_RE.exec(text)) links.push([m.index, m.index + m[0].length]);
  }
  const out: Token[] = [];
  let prevEnd = 0;
  let li = 0;
  for (let pos = 0; pos < text.length;) {
    const start = pos;
    const k = charClass(text, pos);
    pos += k >> 3;
    if ((k & 7) === SPACE) continue;
    if ((k & 7) === LETTER) pos = wordEnd(text, pos);
    else if ((k & 7) === NUMBER) pos = numberEnd(text, pos);
    const word = text.slice(start, pos);
    const lineStart = out.length === 0 || hasNewline(text, prevEnd, start);
    while (li < links.length && (links[li] as [number, number])[1] <= start) li++;
    const link = links[li];
    const inLink = link !== undefined && link[0] <= start && start < link[1];
    prevEnd = pos;
    const el = word.length > 2 && hasApostrophe(word) ? ELISION_RE.exec(word) : null;
    if (el) {
      const pre = el[1] as string;
      const rest = el[2] as string;
      const preLower = pre === pre.toLowerCase();
      const restLower = rest[0] === rest[0]?.toLowerCase();
      if (preLower || restLower) {
        const cut = pre.length + 1;
        out.push({ text: word.slice(0, cut), start, end: start + cut, lineStart, inLink });
        out.push({ text: rest, start: start + cut, end: prevEnd, lineStart: false, inLink });
        continue;
      }
    }
    out.push({ text: word, start, end: prevEnd, lineStart, inLink });
  }
  return out;
}

/** A line break in text[from, to) (same as text.slice(from, to).includes('\n'), without the copy). */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** ' or ’ in the word: only then can ELISION_RE match (most words skip the regex). */
function hasApostrophe(w: string): boolean {
  for (let i = 1; i < w.length; i++) { const c = w.charCodeAt(i); if (c === 39 || c === 0x2019) return true; }
  return false;
}

function foldChar(ch: string): string {
  return ch.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").replace(/đ/g, 'd').replace(/ł/g, 'l').replace(/ø/g, 'o');
}

/** Folded form of every Latin-1, Latin Extended and Latin Extended Additional letter (Vietnamese), built once. */
const FOLD = new Map<number, string>();
for (const [lo, hi] of [[0x80, 0x24f], [0x1e00, 0x1eff], [0x2019, 0x2019]] as const) {
  for (let c = lo; c <= hi; c++) FOLD.set(c, foldChar(String.fromCharCode(c)));
}

/** Lower case without diacritics: the lexicon key ("Hélène" -> "helene", "NGUYỄN" -> "nguyen"). Hot path: no
 * Unicode normalisation for Latin text, a table lookup per accented letter instead. */
export function foldKey(s: string): string {
  let ascii = true, upper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) { ascii = false; break; }
    if (c >= 65 && c <= 90) upper = true;
  }
  if (ascii && !upper) return s; // already its own key (most words of running text): no copy
  const low = s.toLowerCase(); // whole-string: context-dependent cases (Greek final sigma) stay right
  if (ascii) return low;
  s = low;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) out += s.charAt(i);
    else {
      const f = FOLD.get(c);
      if (f !== undefined) out += f;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) { out += foldChar(s.slice(i, i + 2)); i++; }
      else out += foldChar(s.charAt(i));
    }
  }
  return out;
}
