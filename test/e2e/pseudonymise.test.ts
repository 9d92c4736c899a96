/**
 * `tamis keygen`, `tamis pseudonymise`, `tamis reveal` end to end (in process, through the CLI edge): exit codes,
 * byte-identical reruns, and no original value in the output, the logs or the report.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

/** Spawns the CLI (a child process: the test runner reports through this process's stdout). */
async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'run-cli.ts'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, TAMIS_KEY: '' } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

const DOCS = [
  { id: 'a', text: 'Bonjour, je suis Marie Dubois. Écrire à marie.dubois@acme.fr ou à jean.martin@gmail.com avant lundi, ou appeler le 06 71 29 84 05.' },
  { id: 'b', text: 'Contact: paul.smith@example.org, IBAN FR76 3000 6000 0112 3456 7890 189 — nothing else.' },
];

test('keygen refuses to overwrite; pseudonymise is deterministic and leaks nothing; reveal reverses through the vault', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamis-e2e-'));
  const key = join(dir, 'key');
  assert.equal((await cli('keygen', '-o', key)).code, 0);
  const again = await cli('keygen', '-o', key);
  assert.equal(again.code, 2);
  assert.match(again.err, /refusing to overwrite/);

  const input = join(dir, 'in.jsonl');
  writeFileSync(input, DOCS.map((d) => JSON.stringify(d)).join('\n') + '\n{"text": Marie Dubois}\n');
  const r1 = await cli('pseudonymise', input, '-o', join(dir, 'o1.jsonl'), '--key-file', key, '--vault', join(dir, 'vault.jsonl'), '--report', join(dir, 'report.json'));
  assert.equal(r1.code, 1, 'a bad record is reported and counted');
  assert.match(r1.err, /in\.jsonl:line 3: malformed JSON/);
  assert.match(r1.err, /2 documents .* replaced \d+ spans \(.*EMAIL 3.*\)/);
  const r2 = await cli('pseudonymise', input, '-o', join(dir, 'o2.jsonl'), '--key-file', key);
  const o1 = readFileSync(join(dir, 'o1.jsonl'), 'utf8');
  assert.equal(o1, readFileSync(join(dir, 'o2.jsonl'), 'utf8'));
  const everything = o1 + r1.err + r2.err + readFileSync(join(dir, 'report.json'), 'utf8') + readFileSync(join(dir, 'vault.jsonl'), 'utf8');
  for (const v of ['marie.dubois@acme.fr', 'jean.martin@gmail.com', 'paul.smith@example.org', 'dubois', 'Dubois', 'martin', '06 71 29 84 05', 'FR76 3000 6000 0112 3456 7890 189']) assert.ok(!everything.includes(v), v);

  const surrogate = (JSON.parse(o1.split('\n')[0]!) as { text: string }).text.match(/Écrire à (\S+@\S+) ou/)![1]!;
  const rev = await cli('reveal', '--vault', join(dir, 'vault.jsonl'), '--key-file', key, surrogate);
  assert.equal(rev.code, 0);
  assert.equal((JSON.parse(rev.out) as { original: string }).original, 'marie.dubois@acme.fr');

  const missing = await cli('pseudonymise', input, '-o', join(dir, 'o3.jsonl'), '--key-file', join(dir, 'nokey'));
  assert.equal(missing.code, 2);
  assert.match(missing.err, /cannot read key file/);
});

test('pseudonymise a CSV table with column policies and a risk report', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamis-e2e-'));
  const key = join(dir, 'key');
  await cli('keygen', '-o', key);
  const rows = ['name,age,city,diag'];
  for (let i = 0; i < 60; i++) rows.push(`Person${i} Name,${20 + (i % 30)},${['Lyon', 'Paris', 'Nantes'][i % 3]},${i % 4 === 0 ? 'a' : 'b'}`);
  writeFileSync(join(dir, 't.csv'), rows.join('\n') + '\n');
  const r = await cli('pseudonymise', join(dir, 't.csv'), '-o', join(dir, 'o.parquet'), '--key-file', key,
    '--columns', 'name=pseudonymise:PERSON,age=generalise:age:10', '--risk', 'age,city', '--sensitive', 'diag');
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /60 rows/);
  assert.match(r.err, /before +rows 60 .* k 2 /);
  assert.match(r.err, /after +rows 60 .* k \d+/);
  assert.match(r.err, /k >= 5 is reached/);
  assert.match(r.err, /columns without a policy \(text columns scanned for personal data, others kept\): city, diag/);
});
