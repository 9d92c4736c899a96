/**
 * The vault: the optional mapping from replacements back to originals, for authorised re-identification (a data
 * subject's access or erasure request, a legal obligation). Off by default. Never written in clear: one JSON line
 * per entry, the entry AES-256-GCM-encrypted under the project key's "vault" sub-key, indexed by a keyed HMAC of
 * the replacement (so a replacement can be looked up without decrypting everything, and the index reveals nothing
 * without the key). File mode 0600.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { TamisError } from '../core/errors.js';
import type { EntityType } from '../core/types.js';
import { openGcm, sealGcm } from './crypto.js';
import type { ProjectKey } from './keys.js';
import { hmac } from './prf.js';

const HEADER = { 'tamis-vault': 1, cipher: 'aes-256-gcm', kdf: 'hkdf-sha256' };

export interface VaultEntry { type: EntityType; original: string; replacement: string; operator: string }

export class Vault {
  private readonly ids = new Set<string>();
  private pending: string[] = [];
  constructor(readonly path: string, private readonly key: ProjectKey) {
    if (existsSync(path)) {
      for (const line of readVaultLines(path)) this.ids.add(line.i);
    } else {
      writeFileSync(path, JSON.stringify(HEADER) + '\n', { mode: 0o600 });
    }
  }

  private indexOf(replacement: string): string {
    return hmac(this.key.derive('vault-index'), replacement).subarray(0, 16).toString('base64url');
  }

  /** Records one mapping (once per replacement). */
  record(e: VaultEntry): void {
    if (e.replacement === '' || e.replacement === e.original) return;
    const i = this.indexOf(e.replacement);
    if (this.ids.has(i)) return;
    this.ids.add(i);
    const c = sealGcm(this.key.derive('vault'), JSON.stringify({ t: e.type, o: e.original, r: e.replacement, op: e.operator }), i);
    this.pending.push(JSON.stringify({ i, c: c.toString('base64url') }));
    if (this.pending.length >= 512) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    appendFileSync(this.path, this.pending.join('\n') + '\n', { mode: 0o600 });
    this.pending = [];
  }

  get size(): number { return this.ids.size; }

  /** Originals behind a replacement (exact match), decrypted. */
  static reveal(path: string, key: ProjectKey, replacement: string): VaultEntry | undefined {
    const i = hmac(key.derive('vault-index'), replacement).subarray(0, 16).toString('base64url');
    for (const line of readVaultLines(path)) {
      if (line.i !== i) continue;
      return decryptEntry(line, key);
    }
    return undefined;
  }

  /** Every entry, decrypted (for an authorised export; the caller decides where it goes). */
  static *entries(path: string, key: ProjectKey): Generator<VaultEntry> {
    for (const line of readVaultLines(path)) yield decryptEntry(line, key);
  }
}

function decryptEntry(line: { i: string; c: string }, key: ProjectKey): VaultEntry {
  let plain: string;
  try {
    plain = openGcm(key.derive('vault'), Buffer.from(line.c, 'base64url'), line.i);
  } catch {
    throw new TamisError('key', 'VAULT_DECRYPT_FAILED', `the vault cannot be decrypted with the key from ${key.origin}`,
      { hint: 'use the project key the vault was written with' });
  }
  const o = JSON.parse(plain) as { t: EntityType; o: string; r: string; op: string };
  return { type: o.t, original: o.o, replacement: o.r, operator: o.op };
}

function readVaultLines(path: string): { i: string; c: string }[] {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
  const head = lines.shift();
  if (!head || !head.includes('"tamis-vault"')) {
    throw new TamisError('input', 'VAULT_FORMAT', `${path} is not a Tamis vault`, { hint: 'pass the file written by `tamis pseudonymise --vault`' });
  }
  return lines.map((l) => JSON.parse(l) as { i: string; c: string });
}
