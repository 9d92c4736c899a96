import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { decodeKey, KeyError, loadProjectKey, writeKeyFile } from './keys.js';

test('keys: hex, base64 and passphrase forms decode; too short or empty keys are refused with a hint', () => {
  assert.equal(decodeKey('ab'.repeat(32), 'x').origin, 'x');
  assert.ok(decodeKey(Buffer.alloc(32, 7).toString('base64'), 'x'));
  assert.ok(decodeKey('a passphrase that is at least 32 bytes long', 'x'));
  assert.throws(() => decodeKey('short', 'env'), (e: unknown) => e instanceof KeyError && e.code === 'KEY_TOO_SHORT' && /tamis keygen/.test(e.hint ?? ''));
  assert.throws(() => decodeKey('  ', 'env'), (e: unknown) => e instanceof KeyError && e.code === 'KEY_EMPTY');
});

test('keys: missing key says how to create one; env and key file are read; the config is never a source', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamis-key-'));
  assert.throws(() => loadProjectKey({ env: {}, searchDefaultFile: false }), (e: unknown) => e instanceof KeyError && e.code === 'KEY_MISSING' && /keygen/.test(e.hint ?? ''));
  const k = loadProjectKey({ env: { TAMIS_KEY: 'cd'.repeat(32) } });
  assert.match(k.origin, /TAMIS_KEY/);
  const file = join(dir, 'k');
  writeKeyFile(file);
  assert.equal(statSync(file).mode & 0o777, 0o600);
  assert.ok(loadProjectKey({ keyFile: file, env: {} }));
  assert.throws(() => writeKeyFile(file), (e: unknown) => e instanceof KeyError && e.code === 'KEY_FILE_EXISTS');
  const before = readFileSync(file, 'utf8');
  writeKeyFile(file, { force: true });
  assert.notEqual(readFileSync(file, 'utf8'), before);
  assert.throws(() => loadProjectKey({ keyFile: join(dir, 'nope') }), (e: unknown) => e instanceof KeyError && e.code === 'KEY_FILE_UNREADABLE');
});

test('keys: each purpose gets its own derived key; the key never prints', () => {
  const k = decodeKey('ef'.repeat(32), 'test');
  assert.notDeepEqual(k.derive('pseudonym'), k.derive('surrogate'));
  assert.notDeepEqual(k.derive('encrypt'), k.derive('vault'));
  assert.equal(k.derive('hash').length, 32);
  assert.doesNotMatch(JSON.stringify({ k }) + String(k), /efef/);
});
