/**
 * The project key: read from the TAMIS_KEY environment variable or a key file written by `tamis keygen`, never from
 * tamis.yaml (a config file gets committed, shared and logged; a key must not). Every use derives its own sub-key
 * with HKDF (RFC 5869) so that a pseudonym, a surrogate draw and a ciphertext never share key material.
 */
import { hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { TamisError } from '../core/errors.js';

export const KEY_ENV = 'TAMIS_KEY';
export const DEFAULT_KEY_FILE = '.tamis-key';
export const MIN_KEY_BYTES = 32;

/** Purposes with their own derived key. Adding one is safe; renaming one changes every output made with it. */
export type KeyPurpose = 'pseudonym' | 'surrogate' | 'hash' | 'encrypt' | 'encrypt-iv' | 'vault' | 'vault-index' | 'tag' | 'dateshift';

export class KeyError extends TamisError {
  constructor(code: string, message: string, hint?: string) {
    super('key', code, message, hint ? { hint } : {});
    this.name = 'KeyError';
  }
}

/** A loaded project key. The raw bytes never leave this object except through `derive`. */
export class ProjectKey {
  readonly #master: Buffer;
  readonly #cache = new Map<string, Buffer>();
  /** Where it came from ("env TAMIS_KEY" or the file path): safe to log. */
  readonly origin: string;

  constructor(master: Uint8Array, origin: string) {
    if (master.length < MIN_KEY_BYTES) {
      throw new KeyError('KEY_TOO_SHORT', `the project key from ${origin} is ${master.length} bytes; at least ${MIN_KEY_BYTES} are required`,
        'create a new one with `tamis keygen`');
    }
    this.#master = Buffer.from(master);
    this.origin = origin;
  }

  /** 32-byte key for one purpose: HKDF-SHA-256(master, salt "tamis/v1", info purpose). */
  derive(purpose: KeyPurpose): Buffer {
    let k = this.#cache.get(purpose);
    if (!k) {
      k = Buffer.from(hkdfSync('sha256', this.#master, 'tamis/v1', purpose, 32));
      this.#cache.set(purpose, k);
    }
    return k;
  }

  /** Never print the key by accident. */
  toJSON(): string { return `[ProjectKey from ${this.origin}]`; }
  toString(): string { return this.toJSON(); }
  [Symbol.for('nodejs.util.inspect.custom')](): string { return this.toJSON(); }
}

/**
 * Decodes a key string: 64+ hex digits, or base64/base64url that decodes to 32+ bytes (what `tamis keygen` writes),
 * or else the raw UTF-8 bytes of a passphrase of 32+ bytes.
 */
export function decodeKey(text: string, origin: string): ProjectKey {
  const s = text.trim();
  if (s.length === 0) throw new KeyError('KEY_EMPTY', `the project key from ${origin} is empty`, 'create one with `tamis keygen`');
  if (/^[0-9a-fA-F]+$/.test(s) && s.length % 2 === 0 && s.length >= 2 * MIN_KEY_BYTES) return new ProjectKey(Buffer.from(s, 'hex'), origin);
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(s) && s.length >= 43) {
    const b = Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (b.length >= MIN_KEY_BYTES) return new ProjectKey(b, origin);
  }
  return new ProjectKey(Buffer.from(s, 'utf8'), origin);
}

export interface LoadKeyOptions {
  /** Explicit key file (--key-file). Wins over the environment. */
  keyFile?: string;
  env?: NodeJS.ProcessEnv;
  /** Look for ./.tamis-key when nothing else is given (default true). */
  searchDefaultFile?: boolean;
}

/** Loads the project key: --key-file, then $TAMIS_KEY, then ./.tamis-key. Throws a KeyError saying what to do. */
export function loadProjectKey(opts: LoadKeyOptions = {}): ProjectKey {
  const env = opts.env ?? process.env;
  if (opts.keyFile) return readKeyFile(opts.keyFile);
  const fromEnv = env[KEY_ENV];
  if (fromEnv !== undefined && fromEnv !== '') return decodeKey(fromEnv, `environment variable ${KEY_ENV}`);
  if (opts.searchDefaultFile !== false && existsSync(DEFAULT_KEY_FILE)) return readKeyFile(DEFAULT_KEY_FILE);
  throw new KeyError('KEY_MISSING', `no project key: set ${KEY_ENV} or pass --key-file`,
    `create one with \`tamis keygen -o ${DEFAULT_KEY_FILE}\` (keep it out of version control), or export ${KEY_ENV}=<base64 key>`);
}

function readKeyFile(file: string): ProjectKey {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new KeyError('KEY_FILE_UNREADABLE', `cannot read key file ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
      'create one with `tamis keygen -o <file>`');
  }
  if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) {
    process.emitWarning(`key file ${file} is readable by other users; run: chmod 600 ${file}`);
  }
  return decodeKey(text, `key file ${file}`);
}

/** A fresh random 32-byte key, base64-encoded. */
export function generateKeyText(): string {
  return randomBytes(MIN_KEY_BYTES).toString('base64');
}

/** Writes a new key file with mode 0600; refuses to overwrite unless `force` (losing a key loses every mapping). */
export function writeKeyFile(file: string, opts: { force?: boolean } = {}): void {
  if (existsSync(file) && !opts.force) {
    throw new KeyError('KEY_FILE_EXISTS', `${file} already exists; refusing to overwrite a project key`,
      'overwriting changes every pseudonym and makes the vault unreadable; pass --force if you really mean it');
  }
  writeFileSync(file, generateKeyText() + '\n', { mode: 0o600, flag: opts.force ? 'w' : 'wx' });
}
