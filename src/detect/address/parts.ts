/**
 * Regular expressions for the pieces of an address. Every piece that extends an address is STICKY (`y`): it is
 * tried at one position only, right after what was already recognised, so none of them can scan or backtrack
 * over the whole document. The only global scans are digit runs and, before them, French street words
 * (recognizer.ts).
 * All quantifiers run over disjoint character classes (a word, then a separator), which keeps matching linear.
 */
import {
  COUNTRIES, EN_LOWERCASE_SUFFIXES, EU_PREFIXES, EN_STREET_SUFFIXES, FR_LOCALITY_TYPES, FR_STREET_TYPES, POSTAL_BOX_RE_SOURCE,
  UNIT_WORDS, US_STATES, US_STATE_NAMES, alternation,
} from './lexicon.js';

const WORD_CH = String.raw`\p{L}\p{M}\p{N}`;
/** One separator between address lines: a comma, a line break (at most one), or a dash between spaces. */
export const SEP = String.raw`(?:[ \t]*[,;][ \t]*(?:\r?\n[ \t>]*)?|[ \t]*\r?\n[ \t>]*|[ \t]+[–—-][ \t]+|[ \t]*[–—][ \t]*)`;
const SEP_OR_SPACE = String.raw`(?:${SEP}|[ \t]+)`;

/** A city: capitalised words, possibly joined by hyphens or linking particles ("Aix en Provence", "St. Louis"). */
const CITY_WORD = String.raw`(?!(?:CEDEX|Cedex|cedex)(?![${WORD_CH}]))(?:(?:St|Ste|Mt|Ft)\.|\p{Lu}[\p{L}\p{M}'’-]*)`;
export const CITY = String.raw`${CITY_WORD}(?:[ \t]+(?:(?:sur|sous|en|lès|lez|les|le|la|de|du|des|aux|upon|on|in|under|d['’]|l['’])[ \t]+)?${CITY_WORD}){0,3}`;

/** French postcode: 5 digits (range checked in code), optional "F-" prefix; CEDEX with its office number. */
export const FR_POSTCODE_CITY = String.raw`(?:F-)?(\d{5}|\d{2} \d{3})[ \t]+${CITY}(?:[ \t]+(?:CEDEX|Cedex|cedex)(?:[ \t]+\d{1,2})?)?`;

/**
 * UK postcode, full format (Royal Mail PAF): outward code A9 / A99 / A9A / AA9 / AA99 / AA9A with the letters
 * each position allows, then the inward code 9AA (no C I K M O V). GIR 0AA is the one historic exception.
 */
export const UK_POSTCODE = String.raw`(?:GIR ?0AA|(?:[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRVWXY])) ?\d[ABD-HJLNP-UW-Z]{2})(?![${WORD_CH}])`;

/** Irish Eircode: routing key (letter + 2 digits, or D6W) and a 4-character unique identifier. */
export const EIRCODE = String.raw`(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}(?![${WORD_CH}])`;

const US_STATE = String.raw`(?:${US_STATES.join('|')})(?![${WORD_CH}])`;
const ZIP = String.raw`\d{5}(?:-\d{4})?(?![${WORD_CH}])`;

/** Unit / delivery line: "appt 12", "bât. B", "Apt 4B", "Flat 2", "Suite 300", "#12", "3e étage". */
// A digit value may be glued to the word ("appt12"); a letter value must stand apart ("bât. B", not "apartments").
export const UNIT = String.raw`(?:(?:${alternation(UNIT_WORDS)})(?:\.?[ \t]*(?:n°|no\.?|#)?[ \t]*\d{1,5}[A-Za-z]?|(?:\.[ \t]*|[ \t]+)(?:(?:n°|no\.?|#)[ \t]*)?[A-Za-z]\d{0,3})(?![${WORD_CH}])|#[ \t]?\d{1,5}[A-Za-z]?(?![${WORD_CH}])|\d{1,2}(?:e|er|ème|eme|è|st|nd|rd|th)[ \t]+(?:étage|etage|floor)(?![${WORD_CH}]))`;
export const POSTAL_BOX = String.raw`${POSTAL_BOX_RE_SOURCE}(?![${WORD_CH}])`;
const RESIDENCE = String.raw`(?:Résidence|Residence|Immeuble|Tour|Villa|Domaine)[ \t]+(?:(?:les|le|la|des|du|de)[ \t]+)?\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,3}`;
const COUNTRY = String.raw`(?:${alternation(COUNTRIES)})(?![${WORD_CH}])`;

/** Items that may follow a street line, in the order they are tried at each step. */
export type ItemKind = 'unit' | 'box' | 'fr-postcode' | 'eu-postcode' | 'uk-postcode' | 'us-state' | 'ie' | 'country';

function sticky(src: string, flags = ''): RegExp {
  return new RegExp(src, `y${flags}u`);
}

export const RIGHT_ITEMS: ReadonlyArray<{ kind: ItemKind; re: RegExp }> = [
  { kind: 'fr-postcode', re: sticky(`${SEP_OR_SPACE}(${FR_POSTCODE_CITY})`) },
  // Town, county and postcode: "Kendal, Cumbria LA9 4DX", "London, NW1 6XE".
  { kind: 'uk-postcode', re: sticky(`${SEP_OR_SPACE}((?:${CITY}${SEP}){0,2}(?:${CITY}(?:[ \\t]*,[ \\t]*|[ \\t]+))?${UK_POSTCODE})`) },
  // "…, Washington, DC 20500"; after a mere space only with the ZIP ("Ste 500 Baltimore,MD 21202").
  { kind: 'us-state', re: sticky(`(?:${SEP}${CITY}[ \\t]*,?[ \\t]*(?:${US_STATE}(?:[ \\t]+${ZIP})?|(?:${alternation(US_STATE_NAMES)})[ \\t]+${ZIP})|[ \\t]+${CITY}[ \\t]*,?[ \\t]*${US_STATE}[ \\t]+${ZIP})`) },
  // Belgium, Switzerland, Luxembourg, Austria, Denmark, Norway: 4 digits, optional country letter ("L-1234").
  { kind: 'eu-postcode', re: sticky(`${SEP_OR_SPACE}((?:[A-Z]{1,2}-)?\\d{4}[ \\t]+${CITY})`) },
  { kind: 'ie', re: sticky(`${SEP}((?:${CITY}${SEP}){0,2}(?:(?:Dublin[ \\t]+\\d{1,2}W?|Co\\.?[ \\t]+\\p{Lu}\\p{L}+)(?![${WORD_CH}])(?:${SEP}${EIRCODE})?|${EIRCODE}))`) },
  { kind: 'unit', re: sticky(`${SEP_OR_SPACE}(${UNIT})`, 'i') },
  { kind: 'box', re: sticky(`${SEP}(${POSTAL_BOX})`, 'i') },
  { kind: 'country', re: sticky(`${SEP}(${COUNTRY})`) },
];

/**
 * Pieces that may come BEFORE a street line, matched against a short slice ending at the street's start.
 * `gate` is a cheap test on the slice before running `re`, which (anchored at the end) tries every start position.
 */
const UNIT_GATE = /app|apt|b[âa]t|esc|[ée]tage|porte|log|flat|suite|ste|unit|build|bldg|floor|fl|room|rm|#/i;
export const LEFT_ITEMS: ReadonlyArray<{ kind: 'unit' | 'box' | 'residence' | 'unit-building'; re: RegExp; gate: RegExp }> = [
  // "Unit 6, Fishers Lane Studios, 14 Fishers Lane": a building name is part of the address when a unit opens it
  // (alone, "Hatton House, 41 Princess Street", it names the building, like a company name would).
  { kind: 'unit-building', re: new RegExp(`(?<![${WORD_CH}])(${UNIT})${SEP}\\p{Lu}[\\p{L}\\p{M}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}'’-]*){0,3}${SEP}$`, 'iu'), gate: UNIT_GATE },
  { kind: 'unit', re: new RegExp(`(?<![${WORD_CH}])(${UNIT})(?:${SEP}|[ \\t]+)$`, 'iu'), gate: UNIT_GATE },
  { kind: 'box', re: new RegExp(`(?<![${WORD_CH}])(${POSTAL_BOX})${SEP}$`, 'iu'), gate: /b\.?\s?p|c\.?\s?s|tsa|cp|box/i },
  { kind: 'residence', re: new RegExp(`(?<![${WORD_CH}])(${RESIDENCE})(?:[ \\t]*,[ \\t]*(?:\\r?\\n[ \\t]*)?|[ \\t]*\\r?\\n[ \\t]*)$`, 'u'), gate: /sidence|Immeuble|Tour|Villa|Domaine/ },
];

/** A house number right after one of these is a unit number ("Unit 6, Fishers Lane Studios"), not a street's. */
export const UNIT_BEFORE = new RegExp(`(?<![${WORD_CH}])(?:${alternation(UNIT_WORDS)})\\.?[ \\t]*(?:n°|no\\.?|#)?[ \\t]*$`, 'iu');
// Latin letters spelled out (not \p{L}) so that the hot French scans can run without the slower `u` mode.
const LATIN = String.raw`A-Za-z0-9\u00C0-\u024F`;
/** French street / locality keyword or continental prefix (case-insensitive), scanned before digit runs. */
export const FR_ANCHOR = new RegExp(`(?<![${LATIN}'’-])(?:${alternation([...FR_STREET_TYPES, ...FR_LOCALITY_TYPES, ...EU_PREFIXES])})(?![${LATIN}-])`, 'gi');
export const FR_LOCALITY_SET: ReadonlySet<string> = new Set(FR_LOCALITY_TYPES.map((w) => w.toLowerCase()));

/**
 * Right after a house number (sticky, tried at each digit run): a French street type ("12 bis, rue", "45, bd")…
 */
export const FR_TYPE_AFTER_NUMBER = new RegExp(
  `(?:[ \\t]?(?:bis|ter|quater|[A-Ha-h])(?![${LATIN}]))?[ \\t]*,?[ \\t]+(${alternation([...FR_STREET_TYPES, ...FR_LOCALITY_TYPES])})(?![${LATIN}-])`, 'iy');
/** …or an English name of 1–4 capitalised words and its suffix ("221B Baker Street", "100 W 57th St"), case-sensitive… */
export const EN_SUFFIX_AFTER_NUMBER = new RegExp(
  String.raw`[A-Za-z]?(?:[ \t]?[-–][ \t]?\d{1,6}[A-Za-z]?)?(?:[ \t]*,)?[ \t]+(?:(?:\p{Lu}[\p{L}\p{M}'’.-]*|\d{1,4}(?:st|nd|rd|th))[ \t]+){1,4}(${alternation(EN_STREET_SUFFIXES)})(?![${LATIN}])`, 'uy');
/** …or, in chats, lower-case words and a full-word suffix ("221b baker street"). */
export const EN_LOWER_SUFFIX_AFTER_NUMBER = new RegExp(
  String.raw`[A-Za-z]?[ \t]+(?:[\p{L}\p{M}'’-]+[ \t]+){1,3}(${alternation(EN_LOWERCASE_SUFFIXES)})(?![${LATIN}])`, 'uy');

/** French house number right before the street type: "12", "12 bis", "12B", "12-14", "45," */
export const FR_NUMBER_BEFORE = new RegExp(
  String.raw`(?<![${WORD_CH},.\/:'’-])(\d{1,4}(?:[ \t]?[-–\/][ \t]?\d{1,4})?(?:[ \t]?(?:bis|ter|quater|[A-Ha-h])(?![\p{L}]))?)[ \t]*,?[ \t]+$`, 'u');

/** English house number and 1–4 name words right before the suffix: "221B Baker ", "1600 Pennsylvania ". */
const EN_NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.-]*|\d{1,4}(?:st|nd|rd|th))`;
export const EN_NUMBER_NAME_BEFORE = new RegExp(
  String.raw`(?<![${WORD_CH}.,\/:$£€-])(\d{1,6}[A-Za-z]?(?:[ \t]?[-–][ \t]?\d{1,6}[A-Za-z]?)?)(?:[ \t]*,)?[ \t]+((?:${EN_NAME_WORD}[ \t]+){1,4})$`, 'u');
export const EN_NUMBER_LOWER_NAME_BEFORE = new RegExp(
  String.raw`(?<![${WORD_CH}.,\/:$£€-])(\d{1,6}[A-Za-z]?)[ \t]+((?:[\p{L}\p{M}'’-]+[ \t]+){1,3})$`, 'u');

/** A street line ending in a comma right before a postcode anchor that no street word announced ("62 Kingsway, "). */
export const BARE_STREET_BEFORE = new RegExp(
  String.raw`(?<![${WORD_CH}.,\/:$£€-])(\d{1,5}[A-Za-z]?)(?:[ \t]*,)?[ \t]+\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,3}${SEP}$`, 'u');

export const EN_DIRECTION = sticky(String.raw`[ \t]+(?:NE|NW|SE|SW|N|S|E|W)\.?(?![${WORD_CH}])`);

/**
 * Postcode anchors, for addresses whose street line has no recognised street word, tried at digit runs: the
 * French one at a 5-digit run, the UK one a few letters before its inward code's digit.
 */
export const FR_POSTCODE_AT = new RegExp(`(\\d{5})[ \\t]+${CITY}(?:[ \\t]+(?:CEDEX|Cedex|cedex)(?:[ \\t]+\\d{1,2})?)?`, 'uy');
export const UK_POSTCODE_AT = new RegExp(UK_POSTCODE, 'uy');
/** "Washington, DC " before a 5-digit run: the city and state of a US ZIP. */
export const US_CITY_STATE_BEFORE = new RegExp(`(?<![${WORD_CH}])${CITY}[ \\t]*,[ \\t]*${US_STATE}[ \\t]+$`, 'u');
export const ZIP4_AT = /-\d{4}(?!\d)/y;

/**
 * "Koskikatu 25 Apt. 864", "Allika 46, Suite 501": a capitalised name and a number followed by a unit line is a
 * street line in the continental order even when its street word is unknown (Finnish, Estonian, Czech…).
 */
export const UNIT_AFTER = new RegExp(`(?:${SEP}|[ \\t]+)${UNIT}`, 'iuy');
export const NAME_BEFORE_NUMBER = new RegExp(`(?<![${WORD_CH}.,])\\p{Lu}[\\p{L}\\p{M}'’-]+(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}'’-]*){0,2}[ \\t]+$`, 'u');
/** The city right before a UK postcode or a US state ("Manchester ", "Washington, "), on a short slice. */
export const CITY_BEFORE = new RegExp(`(?<![${WORD_CH}])${CITY}(?:[ \\t]*,[ \\t]*|[ \\t]+)$`, 'u');

/** Words allowed in lower case inside a French street name. */
export const FR_PARTICLE_RE = /^(?:de|du|des|la|le|les|aux|au|sur|en)$/;
export const FR_ELIDED_RE = /^[dl]['’]/i;
export const MONTH_FR_RE = /^(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)$/i;
