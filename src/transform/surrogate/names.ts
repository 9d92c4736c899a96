/**
 * Surrogate person names: each given name becomes a given name of the same gender and language (inferred from the
 * INSEE / SSA first-name table in ../data/names.json, built by scripts/build-surrogate-names.mjs), each surname a
 * surname of the same language. The draw is keyed on the token alone, so "Marie" maps to the same name wherever it
 * appears under one key — which is what keeps "Marie Dubois", "M. Dubois" and "marie.dubois@" consistent.
 */
import data from '../data/names.json' with { type: 'json' };
import type { ProjectKey } from '../keys.js';
import type { NameToken } from '../link.js';
import { normaliseForKey } from '../prf.js';
import { matchCase } from '../text-case.js';
import { differentFrom, rngFor } from './rng.js';

type NameLang = 'fr' | 'en';
interface NameData {
  fr: { m: string[]; f: string[]; last: string[] };
  en: { m: string[]; f: string[]; last: string[] };
  first: Record<string, string>;
}
const names = data as NameData;
export const NAME_ATTRIBUTION = (data as { attribution: string }).attribution;

/** Gender ('m' | 'f' | 'x') and language of a known first name. */
export function firstNameInfo(token: string): { gender: 'm' | 'f' | 'x'; lang: NameLang } | undefined {
  let info = infoCache.get(token);
  if (info === undefined) {
    const v = names.first[token.toLowerCase()] ?? names.first[normaliseForKey(token)];
    info = v ? { gender: v[0] as 'm' | 'f' | 'x', lang: v.slice(1) as NameLang } : null;
    if (infoCache.size >= 100_000) infoCache.clear();
    infoCache.set(token, info);
  }
  return info ?? undefined;
}
const infoCache = new Map<string, { gender: 'm' | 'f' | 'x'; lang: NameLang } | null>();

export const isKnownFirstName = (t: string): boolean => firstNameInfo(t) !== undefined;

/**
 * Token surrogates are pure functions of (key, token, language): memoised, since names repeat across a corpus. The
 * document's avoid-list is applied after the lookup: only a colliding draw is recomputed, so results stay the same
 * as without the cache.
 */
interface Memo { surrogate: string; /** normaliseForKey(surrogate), for the avoid-list check */ norm: string }
/** Per key, one table per (kind, language) — 'f' or 'l' + 'fr' or 'en' — of token -> surrogate. */
const tokenCache = new WeakMap<ProjectKey, Map<string, Map<string, Memo>>>();
function memo(key: ProjectKey, table: string, token: string, avoid: ReadonlySet<string> | undefined, compute: (avoid?: ReadonlySet<string>) => string): string {
  let tables = tokenCache.get(key);
  if (!tables) { tables = new Map(); tokenCache.set(key, tables); }
  let m = tables.get(table);
  if (!m) { m = new Map(); tables.set(table, m); }
  let r = m.get(token);
  if (r === undefined) {
    const surrogate = compute();
    r = { surrogate, norm: normaliseForKey(surrogate) };
    if (m.size >= 100_000) m.clear();
    m.set(token, r);
  }
  return avoid && avoid.has(r.norm) ? compute(avoid) : r.surrogate;
}

/** Surrogate of one given name (hyphenated parts each replaced: "Jean-Pierre" -> "Luc-Antoine"). */
export function surrogateFirst(key: ProjectKey, token: string, fallbackLang: NameLang, avoid?: ReadonlySet<string>): string {
  if (token.includes('-')) return token.split('-').map((p) => surrogateFirst(key, p, fallbackLang, avoid)).join('-');
  return memo(key, fallbackLang === 'fr' ? 'f-fr' : 'f-en', token, avoid, (av) => drawFirst(key, token, fallbackLang, av));
}

function drawFirst(key: ProjectKey, token: string, fallbackLang: NameLang, avoid?: ReadonlySet<string>): string {
  const info = firstNameInfo(token);
  const lang = info?.lang ?? fallbackLang;
  const rng = rngFor(key, 'first', token);
  const gender = info && info.gender !== 'x' ? info.gender : rng.pick(['m', 'f'] as const);
  const pool = names[lang][gender];
  return matchCase(token, differentFrom(token, () => rng.pick(pool), avoid));
}

/** Surrogate of one surname (hyphenated parts each replaced). */
export function surrogateLast(key: ProjectKey, token: string, lang: NameLang, avoid?: ReadonlySet<string>): string {
  if (token.includes('-')) return token.split('-').map((p) => surrogateLast(key, p, lang, avoid)).join('-');
  return memo(key, lang === 'fr' ? 'l-fr' : 'l-en', token, avoid, (av) => drawLast(key, token, lang, av));
}

function drawLast(key: ProjectKey, token: string, lang: NameLang, avoid?: ReadonlySet<string>): string {
  const rng = rngFor(key, `last-${lang}`, token);
  return matchCase(token, differentFrom(token, () => rng.pick(names[lang].last), avoid));
}

/** Replaces the name tokens of a PERSON value in place; titles, initials' dots and spacing are kept. */
export function surrogateName(key: ProjectKey, value: string, tokens: readonly NameToken[], lang: NameLang, personFirst?: string, avoid?: ReadonlySet<string>): string {
  let out = '';
  let pos = 0;
  // The surname's language follows the person's given name when that is known ("John Dubois" stays English).
  const firstTok = tokens.find((t) => t.role === 'first');
  const personLang: NameLang = (firstTok ? firstNameInfo(firstTok.text)?.lang : undefined) ?? (personFirst ? firstNameInfo(personFirst)?.lang : undefined) ?? lang;
  for (const t of tokens) {
    if (t.role === 'particle') { out += value.slice(pos, t.start); pos = t.end; while (/\s/.test(value[pos] ?? '')) pos++; continue; }
    out += value.slice(pos, t.start);
    if (t.role === 'first') out += surrogateFirst(key, t.text, personLang, avoid);
    else if (t.role === 'last') out += surrogateLast(key, t.text, personLang, avoid);
    else if (t.role === 'initial') out += personFirst ? initialsOf(t.text, surrogateFirst(key, personFirst, personLang, avoid)) : surrogateInitial(key, t.text, personLang);
    else out += t.text;
    pos = t.end;
  }
  return out + value.slice(pos);
}

/** "A.-S." for "Anne-Sophie" surrogated as "Lou-Anne" -> "L.-A.": each letter from the matching part. */
function initialsOf(tok: string, surrogate: string): string {
  const parts = surrogate.split('-');
  let i = 0;
  return tok.replace(/\p{L}/gu, (c) => {
    const p = parts[Math.min(i++, parts.length - 1)] ?? surrogate;
    const l = p[0] ?? c;
    return c === c.toUpperCase() ? l.toUpperCase() : l.toLowerCase();
  });
}

/** "M." -> the initial of the given name it stands for, surrogated ("M." for Marie -> "C." for Claire). */
function surrogateInitial(key: ProjectKey, tok: string, lang: NameLang): string {
  const letter = tok[0]!;
  const rng = rngFor(key, 'initial', letter);
  const pool = names[lang].f.concat(names[lang].m).filter((n) => n[0] !== letter.toUpperCase());
  return matchCase(letter, rng.pick(pool)[0]!) + tok.slice(1);
}

/** Pools, for tests and the tables code. */
export function namePool(lang: NameLang, kind: 'm' | 'f' | 'last'): readonly string[] {
  return names[lang][kind];
}
