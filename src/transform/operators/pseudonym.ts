/**
 * Keyed pseudonyms: `PERSON_3fa9c1d2`. The code is HMAC(pseudonym key, canonical mention), where the canonical
 * mention of a linked person is its full name — so "Marie Dubois", "M. Dubois" and "marie.dubois@acme.fr" in one
 * document share the code, and the same full name gets the same code in every document and every run under the
 * same key. An e-mail linked to a person gets the person's code (`EMAIL_3fa9c1d2`), which keeps the link visible.
 */
import type { ProjectKey } from '../keys.js';
import { hmac } from '../prf.js';
import { validateOptions } from './options.js';
import { needKey, type DocState, type OpInput, type Operator } from './types.js';

export interface PseudonymOptions { /** Hex characters of the code (default 8, 6..32). */ length?: number; /** Template, default "{type}_{code}". */ format?: string }

export class PseudonymOperator implements Operator {
  readonly name = 'pseudonym' as const;
  private readonly opts: PseudonymOptions;
  constructor(opts: PseudonymOptions = {}) { this.opts = validateOptions('pseudonym', opts); }
  apply(input: OpInput, _doc: DocState, key: ProjectKey | undefined): string {
    const k = needKey('pseudonym', key).derive('pseudonym');
    const space = input.link.person ? 'PERSON' : input.finding.type;
    const code = hmac(k, `${space}\u0000${input.link.canon}`).toString('hex').slice(0, this.opts.length ?? 8);
    return (this.opts.format ?? '{type}_{code}').replaceAll('{type}', input.finding.type).replaceAll('{code}', code);
  }
}
