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

const TOKEN_RE = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’‐-][\p{L}\p{M}][\p{L}\p{M}\p{N}]*)*|\p{N}+|\S/gu;
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
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const start = m.index;
    const word = m[0];
    const lineStart = out.length === 0 || text.slice(prevEnd, start).includes('\n');
    while (li < links.length && (links[li] as [number, number])[1] <= start) li++;
    const link = links[li];
    const inLink = link !== undefined && link[0] <= start && start < link[1];
    prevEnd = start + word.length;
    const el = word.length > 2 ? ELISION_RE.exec(word) : null;
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
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) { ascii = false; break; }
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
