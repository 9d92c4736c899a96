/**
 * Street lines: the core of an address, found from a street word (the anchor) outwards.
 * French: number BEFORE the type, name AFTER it ("12 bis, rue des Lilas"). English: number and name BEFORE the
 * suffix ("221B Baker Street"). Each parser looks at a few dozen characters around its anchor and nothing more.
 */
import {
  EN_DIRECTION, EN_NUMBER_LOWER_NAME_BEFORE, EN_NUMBER_NAME_BEFORE, FR_ELIDED_RE, FR_LOCALITY_SET,
  FR_NUMBER_BEFORE, FR_PARTICLE_RE, MONTH_FR_RE, UNIT_BEFORE,
} from './parts.js';

export interface StreetLine {
  start: number;
  end: number;
  /** A house number was found ("12 rue…"), or the line is a locality without one ("Lieu-dit Kerhuel"). */
  numbered: boolean;
  /** The name was (partly) lower case: weaker evidence, kept only with a postcode or context. */
  lower: boolean;
  /** The street type is unambiguous ("rue", "avenue", "impasse"), unlike "cours", "place", "route". */
  strong?: boolean;
  /** A locality type (lieu-dit, hameau, ZA…): never an address on its own. */
  locality: boolean;
  lang: 'fr' | 'en' | 'eu';
}

const TOKEN = /[\p{L}\p{M}\p{N}'’-]+/uy;
const SPACES = /[ \t]+/y;
const UPPER_START = /^\p{Lu}/u;
const SHORT_NUMBER = /^\d{1,4}$/;
const MAX_NAME_TOKENS = 8;
const NAME_ABBREVIATIONS = new Set(['St', 'Ste', 'Gal', 'Gén', 'Mal', 'Dr', 'Pr', 'Pdt', 'Prés', 'Cdt', 'Lt', 'Cne', 'Mgr', 'Col', 'Cel', 'Mt']);
/** Lower-case words that end a name: "à 2 rue de là", "5 rue de chez moi" are directions, not streets. */
const FR_NAME_STOP = new Set([
  'là', 'ici', 'chez', 'moi', 'toi', 'lui', 'nous', 'vous', 'eux', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa',
  'ses', 'notre', 'votre', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces', 'plus', 'moins', 'loin', 'près', 'y', 'un',
  'une', 'rien', 'tout', 'tous', 'toute', 'toutes', 'mieux', 'suite', 'même', 'quoi', 'qui', 'que',
]);
/** A house number after the street name (continental order); never a 5-digit postcode. */
export const TRAILING_NUMBER = /[ \t]*,?[ \t]*\d{1,4}(?:[ \t]?(?:bis|ter)|[a-zA-Z])?(?![\p{L}\p{N}])/uy;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);
}

/**
 * Parses a street name after its type ("des Lilas", "du 8 Mai 1945", "dei Fiorentini"); returns its end, or null
 * when there is no plausible name. `particles` are the lower-case linking words of the language.
 */
export function streetName(text: string, pos: number, particles: RegExp = FR_PARTICLE_RE): { end: number; lower: boolean } | null {
  let end = -1;
  let lower = false;
  let prevParticle = false;
  let prevMonth = false;
  let p = pos;
  for (let i = 0; i < MAX_NAME_TOKENS; i++) {
    SPACES.lastIndex = p;
    if (!SPACES.test(text)) break;
    TOKEN.lastIndex = SPACES.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) break;
    const tok = m[0];
    const tEnd = TOKEN.lastIndex;
    const lc = tok.toLowerCase();
    if (particles.test(lc)) {
      prevParticle = true;
      prevMonth = false;
    } else if (FR_ELIDED_RE.test(tok) && tok.length > 2) {
      // "d'Orsay", "l'Église": a particle glued to its word.
      if (!UPPER_START.test(tok.slice(2))) lower = true;
      end = tEnd;
      prevParticle = false;
      prevMonth = false;
    } else if (UPPER_START.test(tok)) {
      end = tEnd;
      prevParticle = false;
      prevMonth = MONTH_FR_RE.test(tok);
      // Title abbreviations keep their full stop and the name goes on: "av. du Mal. Foch", "rue St. Jean".
      if (text[tEnd] === '.' && NAME_ABBREVIATIONS.has(tok)) { end = tEnd + 1; p = end; continue; }
    } else if (SHORT_NUMBER.test(tok) && (prevParticle || prevMonth)) {
      // "rue du 8 Mai 1945", "place du 11 Novembre"
      end = tEnd;
      prevParticle = false;
      prevMonth = false;
    } else if (prevParticle && !/\d/.test(tok) && !FR_NAME_STOP.has(lc)) {
      // Lower-case name after a particle ("rue de pologne" in a chat): weak on its own.
      if (MONTH_FR_RE.test(tok)) prevMonth = true;
      end = tEnd;
      lower = true;
      prevParticle = false;
    } else {
      break;
    }
    p = tEnd;
  }
  return end < 0 ? null : { end, lower };
}

/** Street types that are nothing but street types: a lower-case name after them is still likely a street. */
const STRONG_FR_TYPES = new Set(['rue', 'avenue', 'av', 'boulevard', 'bd', 'impasse', 'allée', 'allee', 'chemin', 'quai', 'ruelle', 'faubourg']);

/** Common nouns built on a street type: "chemin de fer" (railway), "cours d'eau" (river), "voie ferrée". */
const NOT_A_STREET = /[ \t]+(?:de[ \t]+fer|d['’]eau|ferrée|ferree|express|rapide|lactée)(?![\p{L}])/iuy;

/** Checks a French street line around a street word (FR_ANCHOR or after a number) and finds its extent. */
export function frenchStreet(text: string, kwStart: number, kw: string): StreetLine | null {
  if (isWordChar(text[kwStart - 1]) || text[kwStart - 1] === '-' || text[kwStart - 1] === '\'') return null;
  let p = kwStart + kw.length;
  if (isWordChar(text[p]) || text[p] === '-') return null;
  if (text[p] === '.') p++;
  NOT_A_STREET.lastIndex = p;
  if (NOT_A_STREET.test(text)) return null;
  const name = streetName(text, p);
  if (!name) return null;
  const sliceStart = Math.max(0, kwStart - 24);
  const num = FR_NUMBER_BEFORE.exec(text.slice(sliceStart, kwStart));
  const locality = FR_LOCALITY_SET.has(kw.toLowerCase()) && !num;
  let end = name.end;
  let numbered = num !== null;
  if (!num) {
    // Belgian and Swiss French write the number after the name: "Rue de la Loi 16, 1040 Bruxelles".
    TRAILING_NUMBER.lastIndex = end;
    if (TRAILING_NUMBER.test(text)) { end = TRAILING_NUMBER.lastIndex; numbered = true; }
  }
  return {
    start: num ? sliceStart + num.index : kwStart,
    end,
    numbered,
    lower: name.lower,
    strong: STRONG_FR_TYPES.has(kw.toLowerCase()),
    locality,
    lang: 'fr',
  };
}

const YEAR_PREPOSITION = /(?:^|[^\p{L}])(?:in|since|by|from|until|to|of|en|depuis|de|from|circa|c\.)[ \t]+$/iu;
/** First name words that make "<n> X Court/Park" an institution, not a street ("3 Supreme Court judges"). */
const EN_NOT_STREET = new Set([
  'Supreme', 'High', 'Crown', 'County', 'District', 'Circuit', 'Magistrates', 'Magistrates’', "Magistrates'",
  'Federal', 'Appeals', 'Family', 'Tax', 'Youth', 'Juvenile', 'Probate', 'National', 'Theme', 'Car', 'Food',
]);
const INSTITUTION_SUFFIXES = new Set(['Court', 'Ct', 'Park', 'Place', 'Square']);

/** Suffix abbreviations, which keep their full stop ("Ave.", "St."); a full word's stop ends the sentence. */
const EN_ABBREVIATIONS = new Set(['St', 'Rd', 'Ave', 'Av', 'Ln', 'Dr', 'Ct', 'Cres', 'Terr', 'Ter', 'Pl', 'Blvd', 'Gdns', 'Gr', 'Sq', 'Pkwy', 'Hwy', 'Cir', 'Trl', 'Expy', 'Fwy']);

/** Checks an English street line ending at a suffix found after a house number, and finds where it starts. */
export function englishStreet(text: string, sStart: number, suffix: string): StreetLine | null {
  const before = text[sStart - 1];
  if (before !== ' ' && before !== '\t') return null;
  let end = sStart + suffix.length;
  if (isWordChar(text[end])) return null;
  const lower = !UPPER_START.test(suffix);
  if (text[end] === '.' && EN_ABBREVIATIONS.has(suffix)) end++;
  const sliceStart = Math.max(0, sStart - 60);
  const slice = text.slice(sliceStart, sStart);
  const m = (lower ? EN_NUMBER_LOWER_NAME_BEFORE : EN_NUMBER_NAME_BEFORE).exec(slice);
  if (!m) return null;
  const number = m[1] ?? '';
  if (UNIT_BEFORE.test(slice.slice(Math.max(0, m.index - 16), m.index))) return null;
  const words = (m[2] ?? '').trim().split(/[ \t]+/);
  if (INSTITUTION_SUFFIXES.has(suffix) && EN_NOT_STREET.has(words[0] ?? '')) return null;
  // "in 2019 Park Street opened": a year, not a house number.
  if (/^(?:1[89]|20)\d\d$/.test(number) && YEAR_PREPOSITION.test(slice.slice(0, m.index))) return null;
  EN_DIRECTION.lastIndex = end;
  if (EN_DIRECTION.test(text)) end = EN_DIRECTION.lastIndex;
  return { start: sliceStart + m.index, end, numbered: true, lower, locality: false, lang: 'en' };
}
