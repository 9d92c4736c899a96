/**
 * Links the mentions of one person inside a document — "Marie Dubois", "M. Dubois", "Dubois", "Marie",
 * "marie.dubois@example.org" — so that every operator replaces them consistently. A full name (given name(s) +
 * surname) defines a person; shorter mentions link to it when exactly one person of the document fits.
 * The canonical key of a person is its normalised full name, so the same person gets the same pseudonym in every
 * document where the full name appears (the keyed derivation does the rest).
 */
import type { Finding } from '../core/types.js';
import { normaliseForKey } from './prf.js';

const TITLES = new Set(['m', 'mr', 'mrs', 'ms', 'miss', 'mme', 'mlle', 'dr', 'pr', 'prof', 'me', 'sir', 'madame', 'monsieur', 'mademoiselle', 'docteur', 'maitre']);

export type Role = 'first' | 'last' | 'initial' | 'title' | 'particle';
export interface NameToken { text: string; role: Role; start: number; end: number; /** normalised text */ norm: string }

export interface Person {
  canon: string;
  first: string[];
  last: string[];
}

export interface MentionLink {
  /** Canonical key: the linked person's, or the mention's own normalised text. */
  canon: string;
  person?: Person;
}

/** Splits a name into tokens with offsets (relative to the value). */
export function tokenizeName(value: string): { text: string; start: number; end: number; norm: string }[] {
  const out: { text: string; start: number; end: number; norm: string }[] = [];
  for (const m of value.matchAll(/[\p{L}\p{M}'’.-]+/gu)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length, norm: normaliseForKey(m[0]) });
  return out;
}

/** Surname particles: "Le Gall", "de La Fontaine", "van der Berg", "Da Silva" are one surname. */
const PARTICLES = new Set(['le', 'la', 'de', 'du', 'des', 'd', "d'", 'van', 'der', 'den', 'von', 'da', 'di', 'del', 'della', 'dos', 'das', 'ben', 'bin', 'el', 'al', 'mac', 'st', 'saint', 'ter']);
const isParticle = (norm: string) => PARTICLES.has(norm);
const isTitle = (norm: string) => TITLES.has(norm.endsWith('.') ? norm.slice(0, -1) : norm);
const isInitial = (t: string) => /^\p{L}\.?$/u.test(t) || /^\p{L}\.(-\p{L}\.)+$/u.test(t);
const isUpperWord = (t: string) => t.length > 1 && t === t.toUpperCase() && t !== t.toLowerCase();

/**
 * Roles of multi-word names do not depend on the document: memoised, since names repeat across a corpus (the
 * arrays returned are shared and must not be mutated).
 */
const rolesCache = new Map<string, NameToken[]>();

/** Assigns roles to the tokens of a PERSON value (single words use the document's known surnames). */
export function nameRoles(value: string, knownLast?: ReadonlySet<string>, isFirstName?: (t: string) => boolean): NameToken[] {
  const cached = rolesCache.get(value);
  if (cached) return cached;
  const roles = computeRoles(value, knownLast, isFirstName);
  if (roles.filter((r) => r.role !== 'title' && r.role !== 'initial').length > 1) {
    if (rolesCache.size >= 50_000) rolesCache.clear();
    rolesCache.set(value, roles);
  }
  return roles;
}

/**
 * Tokens with their document-independent roles (title, initial, else first), memoised: single-word mentions
 * ("Marie", "Dubois") are not in rolesCache because their final role depends on the document, but their
 * tokenisation does not. Callers get copies.
 */
const baseCache = new Map<string, readonly NameToken[]>();
function baseRoles(value: string): readonly NameToken[] {
  let base = baseCache.get(value);
  if (!base) {
    base = tokenizeName(value).map((t) => ({ ...t, role: isTitle(t.norm) ? 'title' : isInitial(t.text) ? 'initial' : 'first' }));
    if (baseCache.size >= 50_000) baseCache.clear();
    baseCache.set(value, base);
  }
  return base;
}

function computeRoles(value: string, knownLast?: ReadonlySet<string>, isFirstName?: (t: string) => boolean): NameToken[] {
  const roles: NameToken[] = baseRoles(value).map((t) => ({ ...t }));
  const words = roles.filter((t) => t.role === 'first');
  if (words.length === 0) return roles;
  if (words.length === 2 && isParticle(words[0]!.norm)) {
    // "Le Bihan", "DA SILVA": a surname alone.
    for (const r of roles) if (r.start === words[0]!.start) r.role = 'particle'; else if (r.start === words[1]!.start) r.role = 'last';
    return roles;
  }
  if (words.length === 1) {
    const w = words[0]!;
    const n = w.norm;
    const hasInitialOrTitle = roles.length > 1;
    const last = hasInitialOrTitle || knownLast?.has(n) || !(isFirstName?.(w.text) ?? false);
    for (const r of roles) if (r.start === w.start) r.role = last ? 'last' : 'first';
    return roles;
  }
  // "DUBOIS Marie": an upper-case word before a mixed-case one is the surname (French administrative style).
  const upperFirst = isUpperWord(words[0]!.text) && !isUpperWord(words[words.length - 1]!.text);
  const lastTok = upperFirst ? words[0]! : words[words.length - 1]!;
  const li = roles.findIndex((r) => r.start === lastTok.start);
  roles[li]!.role = 'last';
  // Particles just before the surname belong to it; so does a particle that starts the name ("de La Fontaine").
  for (let i = li - 1; i >= 0 && roles[i]!.role === 'first' && isParticle(roles[i]!.norm); i--) roles[i]!.role = 'particle';
  if (roles.every((r) => r.role !== 'first') && roles.some((r) => r.role === 'particle')) return roles;
  if (roles.filter((r) => r.role === 'first').length === 0 && li > 0) roles[0]!.role = 'first';
  return roles;
}

export class DocPersons {
  readonly persons: Person[] = [];
  private readonly byLast = new Map<string, Person[]>();
  private readonly byFirst = new Map<string, Person[]>();
  readonly lastNames = new Set<string>();
  private readonly byCanon = new Map<string, Person>();

  constructor(text: string, findings: readonly Finding[], isFirstName: (t: string) => boolean) {
    const seen = new Map<string, Person>();
    for (const f of findings) {
      if (f.type !== 'PERSON') continue;
      const value = text.slice(f.start, f.end);
      // Only the tokens whose base role is 'first' can become a given name or a surname: with fewer than two, the
      // mention cannot have both, so it defines no person (and its roles need not be computed here).
      if (wordCount(baseRoles(value)) < 2) continue;
      const toks = nameRoles(value, undefined, isFirstName);
      const first = toks.filter((t) => t.role === 'first').map((t) => t.norm);
      const last = toks.filter((t) => t.role === 'last').map((t) => t.norm);
      if (first.length === 0 || last.length === 0) continue;
      const canon = `${first.join(' ')} ${last.join(' ')}`;
      if (seen.has(canon)) continue;
      const p: Person = { canon, first, last };
      seen.set(canon, p);
      this.persons.push(p);
      this.byCanon.set(canon, p);
      for (const l of last) { push(this.byLast, l, p); this.lastNames.add(l); }
      push(this.byFirst, first[0]!, p);
    }
  }

  /** Links one PERSON mention; also returns its tokens with roles. */
  linkName(value: string, isFirstName: (t: string) => boolean): MentionLink & { tokens: NameToken[] } {
    const toks = nameRoles(value, this.lastNames, isFirstName);
    // One pass: given names, surnames, initials' letters, and the mention's own key (all but titles).
    const first: string[] = [];
    const last: string[] = [];
    const initials: string[] = [];
    const ownParts: string[] = [];
    for (const t of toks) {
      if (t.role === 'first') first.push(t.norm);
      else if (t.role === 'last') last.push(t.norm);
      else if (t.role === 'initial') initials.push(t.norm[0]!);
      if (t.role !== 'title') ownParts.push(t.norm);
    }
    const own = ownParts.join(' ');
    if (first.length > 0 && last.length > 0) {
      const canon = `${first.join(' ')} ${last.join(' ')}`;
      return { canon, person: this.byCanon.get(canon) ?? { canon, first, last }, tokens: toks };
    }
    let cands: Person[] = [];
    if (last.length > 0) {
      cands = this.byLast.get(last[0]!) ?? [];
      if (initials.length > 0) cands = cands.filter((p) => p.first[0]?.[0] === initials[0]);
    } else if (first.length > 0) {
      cands = this.byFirst.get(first[0]!) ?? [];
    }
    return cands.length === 1 ? { canon: cands[0]!.canon, person: cands[0]!, tokens: toks } : { canon: own, tokens: toks };
  }

  /** Links an email's local part ("marie.dubois", "mdubois", "m.dubois", "dubois.marie") to a person. */
  linkEmail(email: string): MentionLink | undefined {
    const local = normaliseForKey(email.slice(0, Math.max(0, email.indexOf('@'))));
    if (!local) return undefined;
    const parts = local.split(/[._-]+/).filter(Boolean);
    const fits = this.persons.filter((p) => {
      const f = p.first.join('');
      const l = p.last.join('').replace(/-/g, '');
      const lDash = p.last.join('-');
      const lastOk = parts.includes(l) || parts.includes(lDash) || parts.join('-').includes(lDash);
      if (parts.length >= 2 && lastOk && (parts.includes(f) || parts.includes(p.first[0]!) || parts.some((x) => x === f[0]))) return true;
      return parts.length === 1 && (local === f + l || local === f[0] + l);
    });
    return fits.length === 1 ? { canon: fits[0]!.canon, person: fits[0]! } : undefined;
  }
}

function wordCount(tokens: readonly NameToken[]): number {
  let n = 0;
  for (const t of tokens) if (t.role === 'first') n++;
  return n;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v); else m.set(k, [v]);
}
