/**
 * The author's gender, when the document states it or signs with a first name that is (almost) always given to one
 * sex. Used for one rule: an author who names a husband/wife of their own gender reveals a same-sex relationship
 * ("Sébastien Morvan · Mon mari et moi…", "I'm a woman … my wife"). Nothing else uses a name's gender.
 */
import { AUTHOR_FEMALE, AUTHOR_MALE } from './cues.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './lexicons/first-name-gender.js';
import { fold } from './lexicon.js';

export type Gender = 'm' | 'f';
export interface AuthorGender { gender: Gender; how: string }

let names: { m: Set<string>; f: Set<string> } | undefined;
function nameGender(first: string): Gender | null {
  names ??= { m: new Set(MALE_FIRST_NAMES.split(' ')), f: new Set(FEMALE_FIRST_NAMES.split(' ')) };
  const k = fold(first).trim();
  return names.m.has(k) ? 'm' : names.f.has(k) ? 'f' : null;
}

/** Post header ("Sébastien Morvan · 12 mai", "@gareth.pryce.cymru · Cardiff"): the first word of the first line. */
const HEADER = /^\s*@?([\p{L}][\p{L}'’]+)(?:[ ._-][\p{L}'’.]+){0,3}[ \t]*(?:[·|•–—]|\n)/u;
const FROM = /^(?:De|From)\s*:\s*"?([\p{Lu}][\p{L}'’]+)/mu;
/** Sign-off on one of the last lines: "Bises, Léa", "Cheers, Tom", "— Tom". */
const SIGN_OFF = /(?:^|\n)\s*(?:(?:bises|bisous|amitiés|cordialement|bien\s+à\s+(?:toi|vous)|cheers|thanks|best|love|regards|xx|x)\s*,?\s+|[—–-]\s*)([\p{Lu}][\p{L}'’]+)\s*$/iu;

export function authorGender(text: string): AuthorGender | null {
  const declared = AUTHOR_FEMALE.test(text) ? 'f' : AUTHOR_MALE.test(text) ? 'm' : null;
  if (declared) return { gender: declared, how: 'the author states their gender' };
  const candidates: [string | undefined, string][] = [
    [HEADER.exec(text)?.[1], 'the first name heading the post'],
    [FROM.exec(text)?.[1], 'the first name of the sender'],
    [SIGN_OFF.exec(text.slice(-200))?.[1], 'the first name signing the message'],
  ];
  for (const [name, how] of candidates) {
    const g = name ? nameGender(name) : null;
    if (g) return { gender: g, how: `${how} is given to one sex in 97 % of births (INSEE/SSA)` };
  }
  return null;
}
