/** The surrogate operator's keyed randomness: one stream per (kind, normalised value). */
import type { ProjectKey } from '../keys.js';
import { KeyedRng, normaliseForKey } from '../prf.js';

export function rngFor(key: ProjectKey, kind: string, value: string): KeyedRng {
  return new KeyedRng(key.derive('surrogate'), kind, normaliseForKey(value));
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';

/** Same shape, other characters: letters stay letters of the same case, digits stay digits, the rest is kept. */
export function reshape(value: string, rng: KeyedRng): string {
  let out = '';
  for (const c of value) {
    if (c >= '0' && c <= '9') out += rng.digit();
    else if (c >= 'A' && c <= 'Z') out += rng.pick([...UPPER]);
    else if (c >= 'a' && c <= 'z') out += rng.pick([...LOWER]);
    else if (/\p{Lu}/u.test(c)) out += rng.pick([...UPPER]);
    else if (/\p{Ll}/u.test(c)) out += rng.pick([...LOWER]);
    else out += c;
  }
  return out;
}

/** Draws until the result differs from the original (case- and accent-insensitively). */
export function differentFrom(original: string, draw: (attempt: number) => string, avoid?: ReadonlySet<string>): string {
  const o = normaliseForKey(original);
  for (let attempt = 0; attempt < 40; attempt++) {
    const r = draw(attempt);
    const n = normaliseForKey(r);
    if (n !== o && !(avoid?.has(n) && attempt < 30)) return r;
  }
  throw new SurrogateExhausted();
}

/** No different value of the same shape exists (e.g. a "value" made only of punctuation). */
export class SurrogateExhausted extends Error {
  constructor() { super('surrogate: no different value of the same shape'); this.name = 'SurrogateExhausted'; }
}
