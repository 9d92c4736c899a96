/**
 * `createTransformer({ policy, key, vault })`: applies a policy to one text and its findings. Offsets of
 * replacements are tracked in both texts; the text between findings is copied untouched. Other exact occurrences
 * of a replaced value that detection missed are replaced too (a name found once must not survive elsewhere in the
 * same document).
 */
import type { EntityType, Finding } from '../core/types.js';
import type { ProjectKey } from './keys.js';
import { DocPersons, type MentionLink, type NameToken } from './link.js';
import { OperatorOptionsError, type DocState, type OperatorName, type OpInput } from './operators/types.js';
import { Policy, type PolicyInput } from './policy.js';
import { normaliseForKey } from './prf.js';
import { isKnownFirstName } from './surrogate/names.js';
import type { Replacement, TransformContext, TransformResult, Transformer } from './types.js';
import type { Vault } from './vault.js';
import { KeyError } from './keys.js';

export interface TransformerOptions {
  policy: Policy | PolicyInput;
  /** Required when the policy uses hash, pseudonym, surrogate or encrypt. */
  key?: ProjectKey;
  vault?: Vault;
  /** Replace other exact occurrences of replaced values (default true). */
  propagate?: boolean;
}

export function createTransformer(opts: TransformerOptions): Transformer {
  const policy = opts.policy instanceof Policy ? opts.policy : Policy.fromInput(opts.policy);
  if (policy.needsKey && !opts.key) {
    throw new KeyError('KEY_MISSING', 'this pseudonymisation policy uses keyed operators (hash, pseudonym, surrogate or encrypt) but no project key was given',
      'set TAMIS_KEY or pass --key-file; create a key with `tamis keygen`');
  }
  if (opts.vault && !opts.key) throw new OperatorOptionsError('vault', 'the vault needs the project key');
  const propagate = opts.propagate ?? true;
  return {
    transform(text: string, findings: readonly Finding[], ctx: TransformContext): TransformResult {
      // Most documents of a real corpus have nothing to replace: no per-document set-up for them.
      if (findings.length === 0) return { text, replacements: [] };
      const spans = nonOverlapping(findings);
      const all = propagate ? withOtherOccurrences(text, spans, policy) : spans;
      const doc: DocState = { docId: ctx.docId, lang: ctx.lang === 'en' ? 'en' : ctx.lang === 'fr' ? 'fr' : guessLang(text), tags: new Map(), avoid: avoidSet(text, all) };
      const persons = new DocPersons(text, all, isKnownFirstName);
      const parts: { f: Finding; value: string; op: OperatorName; replaced: string }[] = [];
      for (const f of all) {
        const value = text.slice(f.start, f.end);
        const op = policy.operatorFor(f.type);
        let link: MentionLink;
        let nameTokens: NameToken[] | undefined;
        if (f.type === 'PERSON') {
          const l = persons.linkName(value, isKnownFirstName);
          nameTokens = l.tokens;
          link = l.person ? { canon: l.canon, person: l.person } : { canon: l.canon };
        } else if (f.type === 'EMAIL') {
          link = persons.linkEmail(value) ?? { canon: normaliseForKey(value) };
        } else {
          link = { canon: normaliseForKey(value) };
        }
        const input: OpInput = nameTokens ? { value, finding: f, link, nameTokens } : { value, finding: f, link };
        parts.push({ f, value, op: op.name, replaced: op.apply(input, doc, opts.key) });
      }
      hideNestedValues(parts);
      // Pieces joined once at the end; output offsets are counted, not read from a growing string.
      const pieces: string[] = [];
      let outLen = 0;
      let pos = 0;
      const replacements: Replacement[] = [];
      for (const { f, value, op, replaced } of parts) {
        const between = text.slice(pos, f.start);
        pieces.push(between, replaced);
        const outStart = outLen + between.length;
        outLen = outStart + replaced.length;
        replacements.push({ type: f.type, operator: op, start: f.start, end: f.end, outStart, outEnd: outLen });
        pos = f.end;
        if (opts.vault && op !== 'keep') opts.vault.record({ type: f.type, original: value, replacement: replaced, operator: op });
      }
      pieces.push(text.slice(pos));
      return { text: pieces.join(''), replacements };
    },
  };
}

/**
 * Some replacements keep part of their value on purpose (an address surrogate keeps its city, a generalised address
 * is its city). When that part is itself a name or place replaced elsewhere in the document ("Lyon" as a LOCATION),
 * it is replaced inside those replacements too, by the same replacement, so no replaced value survives anywhere.
 */
function hideNestedValues(parts: { f: Finding; value: string; op: OperatorName; replaced: string }[]): void {
  const inner = new Map<string, string>();
  for (const p of parts) {
    if ((p.f.type === 'LOCATION' || p.f.type === 'PERSON') && p.op !== 'keep' && p.value.length >= 2 && !inner.has(p.value)) inner.set(p.value, p.replaced);
  }
  if (inner.size === 0) return;
  for (const p of parts) {
    if (p.op === 'keep' || p.f.type === 'LOCATION' || p.f.type === 'PERSON') continue;
    for (const [v, r] of inner) {
      if (!p.replaced.includes(v)) continue;
      p.replaced = p.replaced.replace(new RegExp(`(?<![\\p{L}\\p{N}])${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu'), r);
    }
  }
}

/** Sorted, with overlaps resolved in favour of the longer then earlier span (the engine already does this). */
function nonOverlapping(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].filter((f) => f.end > f.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      if (f.end - f.start > last.end - last.start) out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
}

const WORD = /[\p{L}\p{N}]/u;

/** Whether text[i] is a letter or digit (false outside the text); ASCII without a regex. */
function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD.test(text[i]!);
}

/** Adds findings for other exact occurrences (whole-word) of values that a non-keep operator replaces. */
function withOtherOccurrences(text: string, spans: Finding[], policy: Policy): Finding[] {
  const values = new Map<string, EntityType>();
  for (const f of spans) {
    if (f.end - f.start < 2 || policy.operatorFor(f.type).name === 'keep') continue;
    values.set(text.slice(f.start, f.end), f.type);
  }
  if (values.size === 0) return spans;
  const extra: Finding[] = [];
  for (const [v, type] of values) {
    let i = text.indexOf(v);
    while (i >= 0) {
      const end = i + v.length;
      const bounded = !isWordAt(text, i - 1) && !isWordAt(text, end);
      if (bounded && !overlapsSorted(spans, i, end) && !extra.some((f) => i < f.end && f.start < end)) {
        extra.push({ type, start: i, end, score: 1, recognizer: 'transform-propagation', explanation: { pattern: 'same value elsewhere in the document', validation: 'none' } });
      }
      i = text.indexOf(v, i + 1);
    }
  }
  return extra.length ? nonOverlapping([...spans, ...extra]) : spans;
}

/**
 * Whether [start, end) overlaps one of `spans` (sorted by start, non-overlapping, so their ends increase too): only
 * the last span starting before `end` can reach past `start`. Binary search instead of a scan per occurrence.
 */
function overlapsSorted(spans: readonly Finding[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start < end) lo = mid + 1; else hi = mid;
  }
  return lo > 0 && spans[lo - 1]!.end > start;
}

/** Normalised words of the PERSON / LOCATION values of the document, and each whole value. */
function avoidSet(text: string, findings: readonly Finding[]): Set<string> {
  const out = new Set<string>();
  for (const f of findings) {
    if (f.type !== 'PERSON' && f.type !== 'LOCATION') continue;
    const v = text.slice(f.start, f.end);
    out.add(normaliseForKey(v));
    for (const w of v.split(/[\s-]+/)) if (w.length >= 2) out.add(normaliseForKey(w));
  }
  return out;
}

/** Cheap French/English guess when the caller did not say (accents and common function words). */
function guessLang(text: string): 'fr' | 'en' {
  const sample = text.slice(0, 2000).toLowerCase();
  const fr = (sample.match(/\b(le|la|les|des|est|et|une|pour|avec|vous)\b|[éèàç]/g) ?? []).length;
  const en = (sample.match(/\b(the|and|is|of|to|with|for|you|your)\b/g) ?? []).length;
  return fr > en ? 'fr' : 'en';
}
