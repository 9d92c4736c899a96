/**
 * Street lines in the continental order, name THEN number, met in French and English text about people living
 * elsewhere in Europe: Italian/Spanish/Portuguese/Polish prefixes ("Via Roma 131", "Calle Mayor 5",
 * "ul. Narewska 94") and German/Dutch/Nordic glued suffixes ("Hauptstraße 5", "Keizersgracht 123",
 * "Søndergade 52"). The number is required: a street name alone is a place, not an address. Also US military
 * mail ("PSC 3294, Box 9168, APO AA 61487"), which has no street at all.
 */
import { EU_PREFIXES } from './lexicon.js';
import { type StreetLine, TRAILING_NUMBER, isWordChar, streetName } from './street.js';

export const EU_PREFIX_SET: ReadonlySet<string> = new Set(EU_PREFIXES.map((w) => w.toLowerCase()));
const UPPER = /\p{Lu}/u;
const EU_PARTICLES = /^(?:di|del|della|delle|dei|degli|da|do|dos|das|de|la|las|los|el|y|i|e|d'|san|santa)$/;

/** A glued suffix ending the word right before a house number ("Hauptstraße 5", "Villacher Strasse 89"). */
export const EU_SUFFIX_WORD = /(?:straße|strasse|str\.|weg|gasse|allee|platz|damm|laan|straat|gracht|plein|kade|vej|gade|gatan|vägen|katu|veien|gata)$/iu;

/** US military mail: PSC/CMR/Unit with a box, then APO/FPO/DPO and AA/AE/AP with the ZIP; tried after "PSC" etc. */
export const MILITARY_WORD = /^(?:PSC|CMR|Unit)$/i;
export const MILITARY_RE = /(?:PSC|CMR|Unit)[ \t]+\d{3,5},?[ \t]+Box[ \t]+\d{1,5}(?:[ \t]*,[ \t]*|[ \t]*\r?\n[ \t]*|[ \t]+)(?:APO|FPO|DPO)[ \t]+(?:AA|AE|AP)[ \t]+\d{5}(?![\p{N}])/iuy;

export function prefixStreet(text: string, kwStart: number, kw: string): StreetLine | null {
  if (isWordChar(text[kwStart - 1]) || !UPPER.test(kw[0] ?? '')) return null;
  let p = kwStart + kw.length;
  if (text[p] === '.') p++;
  const name = streetName(text, p, EU_PARTICLES);
  if (!name) return null;
  TRAILING_NUMBER.lastIndex = name.end;
  if (!TRAILING_NUMBER.test(text)) return null;
  return { start: kwStart, end: TRAILING_NUMBER.lastIndex, numbered: true, lower: name.lower, locality: false, lang: 'eu' };
}

const WORD_BACK = /[\p{L}\p{M}'’-]/u;

export function suffixStreet(text: string, sStart: number, suffix: string): StreetLine | null {
  let end = sStart + suffix.length;
  if (isWordChar(text[end])) return null;
  // Walk back to the start of the glued word ("Hauptstraße") and take one capitalised word before a separate
  // suffix word ("Villacher Strasse").
  let start = sStart;
  while (start > 0 && WORD_BACK.test(text[start - 1] ?? '')) start--;
  const glued = sStart - start;
  if (glued === 0) {
    if (text[sStart - 1] !== ' ') return null;
    let w = sStart - 1;
    while (w > 0 && WORD_BACK.test(text[w - 1] ?? '')) w--;
    if (w === sStart - 1 || !UPPER.test(text[w] ?? '') || !UPPER.test(text[sStart] ?? '')) return null;
    start = w;
  } else if (glued < 2 || !UPPER.test(text[start] ?? '')) return null;
  TRAILING_NUMBER.lastIndex = end;
  if (!TRAILING_NUMBER.test(text)) return null;
  end = TRAILING_NUMBER.lastIndex;
  return { start, end, numbered: true, lower: false, locality: false, lang: 'eu' };
}
