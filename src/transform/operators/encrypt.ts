/**
 * `encrypt`: replaces a value by `[ENC:TYPE:<base64url>]`, AES-256-GCM under the project key's "encrypt" sub-key,
 * the type bound as associated data. `decryptTokens` reverses it, for authorised re-identification (`tamis reveal`).
 */
import { TamisError } from '../../core/errors.js';
import { openGcm, sealGcm, syntheticIv } from '../crypto.js';
import type { ProjectKey } from '../keys.js';
import { validateOptions } from './options.js';
import { needKey, type DocState, type OpInput, type Operator } from './types.js';

export class EncryptOperator implements Operator {
  readonly name = 'encrypt' as const;
  constructor(opts: Record<string, never> = {}) { validateOptions('encrypt', opts); }
  apply(input: OpInput, _doc: DocState, key: ProjectKey | undefined): string {
    const k = needKey('encrypt', key);
    const type = input.finding.type;
    const sealed = sealGcm(k.derive('encrypt'), input.value, type, syntheticIv(k.derive('encrypt-iv'), type, input.value));
    return `[ENC:${type}:${sealed.toString('base64url')}]`;
  }
}

const TOKEN = /\[ENC:([A-Z_]+):([A-Za-z0-9_-]+)\]/g;

/** Decrypts every `[ENC:...]` token of a text. Throws if a token was made with another key or altered. */
export function decryptTokens(text: string, key: ProjectKey): { text: string; count: number } {
  let count = 0;
  const out = text.replace(TOKEN, (_, type: string, b64: string) => {
    try {
      const v = openGcm(key.derive('encrypt'), Buffer.from(b64, 'base64url'), type);
      count++;
      return v;
    } catch {
      throw new TamisError('key', 'DECRYPT_FAILED', `an encrypted ${type} token cannot be decrypted with the key from ${key.origin}`,
        { hint: 'use the key the data was pseudonymised with; a token that was altered cannot be decrypted' });
    }
  });
  return { text: out, count };
}
