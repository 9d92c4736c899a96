import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { findAll, testKey } from './testing.js';
import { createTransformer } from './transformer.js';
import { Vault } from './vault.js';

test('vault: records original -> replacement encrypted, reveals with the key only, never in clear', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'tamis-vault-')), 'vault.jsonl');
  const key = testKey('v');
  const vault = new Vault(path, key);
  const text = 'Marie Dubois, marie.dubois@acme.fr, 06 12 34 56 78';
  const r = createTransformer({ policy: { PERSON: 'pseudonym', default: 'surrogate' }, key, vault })
    .transform(text, findAll(text, { 'Marie Dubois': 'PERSON', 'marie.dubois@acme.fr': 'EMAIL', '06 12 34 56 78': 'PHONE' }), { docId: 'd', lang: 'fr' });
  vault.flush();
  assert.equal(statSync(path).mode & 0o777, 0o600);
  const raw = readFileSync(path, 'utf8');
  for (const v of ['Marie', 'Dubois', 'dubois', 'acme', '06 12 34']) assert.ok(!raw.includes(v), `vault holds "${v}" in clear`);
  const pseudo = r.text.slice(r.replacements[0]!.outStart, r.replacements[0]!.outEnd);
  assert.match(pseudo, /^PERSON_[0-9a-f]{8}$/);
  assert.deepEqual(Vault.reveal(path, key, pseudo), { type: 'PERSON', original: 'Marie Dubois', replacement: pseudo, operator: 'pseudonym' });
  assert.equal(Vault.reveal(path, key, 'PERSON_00000000'), undefined);
  assert.equal([...Vault.entries(path, key)].length, 3);
  // Reopening appends without duplicating; another key cannot read it.
  const again = new Vault(path, key);
  again.record({ type: 'PERSON', original: 'Marie Dubois', replacement: pseudo, operator: 'pseudonym' });
  again.flush();
  assert.equal([...Vault.entries(path, key)].length, 3);
  assert.throws(() => [...Vault.entries(path, testKey('w'))], /cannot be decrypted/);
});
