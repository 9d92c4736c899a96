/** The simple operators: keep, redact, mask, tag, hash. */
import { normaliseForKey, hmac } from '../prf.js';
import type { ProjectKey } from '../keys.js';
import { validateOptions } from './options.js';
import { needKey, type DocState, type OpInput, type Operator } from './types.js';

export class KeepOperator implements Operator {
  readonly name = 'keep' as const;
  constructor(opts: Record<string, never> = {}) { validateOptions('keep', opts); }
  apply(input: OpInput): string { return input.value; }
}

export interface RedactOptions { /** Text put in place of the value (default: nothing). */ with?: string }
export class RedactOperator implements Operator {
  readonly name = 'redact' as const;
  private readonly opts: RedactOptions;
  constructor(opts: RedactOptions = {}) { this.opts = validateOptions('redact', opts); }
  apply(): string { return this.opts.with ?? ''; }
}

export interface MaskOptions {
  /** Characters left visible (default 0). At most half the value is ever left visible. */
  chars?: number;
  /** Masking character (default "*"). */
  char?: string;
  /** Side whose characters stay visible: "start" (default) or "end". */
  from?: 'start' | 'end';
  /** Keep spaces and punctuation so the shape stays readable (default true). */
  keepSeparators?: boolean;
}
export class MaskOperator implements Operator {
  readonly name = 'mask' as const;
  private readonly opts: MaskOptions;
  constructor(opts: MaskOptions = {}) { this.opts = validateOptions('mask', opts); }
  apply({ value }: OpInput): string {
    const chars = [...value];
    const visible = Math.min(this.opts.chars ?? 0, Math.floor(chars.length / 2));
    const ch = this.opts.char ?? '*';
    const keepSep = this.opts.keepSeparators ?? true;
    const fromEnd = this.opts.from === 'end';
    return chars.map((c, i) => {
      const shown = fromEnd ? i >= chars.length - visible : i < visible;
      if (shown) return c;
      return keepSep && /[\s.\-@/:,]/.test(c) ? c : ch;
    }).join('');
  }
}

export interface TagOptions { /** Template with {type} and {n} (default "[{type}_{n}]"). */ format?: string }
/** `[PERSON_1]`: numbered in order of first appearance in the document; linked mentions share a number. */
export class TagOperator implements Operator {
  readonly name = 'tag' as const;
  private readonly opts: TagOptions;
  constructor(opts: TagOptions = {}) { this.opts = validateOptions('tag', opts); }
  apply(input: OpInput, doc: DocState): string {
    const type = input.finding.type;
    let m = doc.tags.get(type);
    if (!m) { m = new Map(); doc.tags.set(type, m); }
    let n = m.get(input.link.canon);
    if (n === undefined) { n = m.size + 1; m.set(input.link.canon, n); }
    return (this.opts.format ?? '[{type}_{n}]').replaceAll('{type}', type).replaceAll('{n}', String(n));
  }
}

export interface HashOptions { /** Hex characters kept (default 16, 8..64). */ length?: number; /** Prefix with the type (default true). */ prefix?: boolean }
/** Keyed HMAC-SHA-256 of the exact (normalised) value: unlike a plain hash, it cannot be reversed by guessing. */
export class HashOperator implements Operator {
  readonly name = 'hash' as const;
  private readonly opts: HashOptions;
  constructor(opts: HashOptions = {}) { this.opts = validateOptions('hash', opts); }
  apply(input: OpInput, _doc: DocState, key: ProjectKey | undefined): string {
    const k = needKey('hash', key).derive('hash');
    const h = hmac(k, `${input.finding.type}\u0000${normaliseForKey(input.value)}`).toString('hex').slice(0, this.opts.length ?? 16);
    return this.opts.prefix === false ? h : `${input.finding.type}_${h}`;
  }
}
