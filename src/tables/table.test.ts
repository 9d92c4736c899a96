import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ibanValid } from '../detect/checksums.js';
import { createEngine } from '../detect/index.js';
import { testKey } from '../transform/testing.js';
import { createTransformer } from '../transform/transformer.js';
import { parseColumnsArg } from './columns.js';
import { openDuck, pseudonymiseTable } from './table.js';
import { riskMetrics, suggestGeneralisation } from './risk.js';

const CSV = [
  'id,name,email,iban,age,postcode,diagnosis,notes',
  '1,Marie Dubois,marie.dubois@acme.fr,FR7630006000011234567890189,34,69003,asthma,Appeler Marie au sujet de paul.martin@acme.fr',
  '2,Paul Martin,paul.martin@acme.fr,FR7630006000011234567890189,35,69003,diabetes,RAS',
  '3,Léa Petit,lea.petit@gmail.com,FR7630006000011234567890189,51,75011,asthma,écrire à lea.petit@gmail.com',
  '4,John Smith,john@smith.example,FR7630006000011234567890189,52,75011,flu,',
].join('\n') + '\n';

test('tables: column policies on CSV (keep, drop, surrogate, pseudonymise, generalise, detect-inside)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamis-table-'));
  const input = join(dir, 'in.csv');
  writeFileSync(input, CSV);
  const key = testKey('t');
  const columns = parseColumnsArg('name=surrogate:PERSON,email=pseudonymise:EMAIL,iban=surrogate:IBAN,age=generalise:age:10,postcode=generalise:postcode:2,notes=detect-inside,diagnosis=drop');
  const r = await pseudonymiseTable({
    input, output: join(dir, 'out.csv'), columns, key, engine: createEngine(), transformer: createTransformer({ policy: { default: 'surrogate' }, key }),
    risk: { quasiIdentifiers: ['age', 'postcode'], sensitive: 'diagnosis' },
  });
  assert.equal(r.rows, 4);
  assert.deepEqual(r.columnsDropped, ['diagnosis']);
  assert.deepEqual(r.columnsUnlisted, ['id']);
  const out = readFileSync(join(dir, 'out.csv'), 'utf8');
  for (const v of ['Dubois', 'marie.dubois@acme.fr', 'paul.martin@acme.fr', 'lea.petit@gmail.com', 'FR7630006000011234567890189', 'asthma', '69003']) {
    assert.ok(!out.includes(v), `"${v}" still in the output`);
  }
  const rows = out.trim().split('\n').map((l) => l.split(','));
  assert.deepEqual(rows[0], ['id', 'name', 'email', 'iban', 'age', 'postcode', 'notes']);
  assert.equal(rows[1]![4], '30-39');
  assert.equal(rows[1]![5], '69');
  assert.match(rows[1]![2]!, /^EMAIL_[0-9a-f]{8}$/);
  assert.ok(ibanValid(rows[1]![3]!));
  assert.equal(rows[1]![3], rows[2]![3], 'same IBAN, same surrogate');
  assert.match(rows[1]![6]!, /^Appeler Marie au sujet de [a-z]+\.[a-z]+@example\.(com|org|net)$/, 'detect-inside replaced the e-mail (names need the name model)');
  // Risk: before, every (age, postcode) is unique; after generalisation, classes of 2.
  assert.equal(r.risk!.before.k, 1);
  assert.equal(r.risk!.before.uniqueShare, 1);
  assert.equal(r.risk!.before.l, 1);
  assert.equal(r.risk!.after!.k, 2);
  assert.equal(r.risk!.after!.uniqueRows, 0);
});

test('risk: k-anonymity, unique share, l-diversity, and a generalisation search that reaches k >= 5', async () => {
  const conn = await openDuck();
  // 1000 rows: age 20..66, postcode among 41, sex: most rows unique on the three.
  await conn.run(`CREATE TABLE t AS SELECT 20 + (i * 7) % 47 AS age, CAST(69000 + (i * 13) % 41 AS VARCHAR) AS postcode,
    CASE WHEN i % 2 = 0 THEN 'F' ELSE 'M' END AS sex, CASE WHEN i % 3 = 0 THEN 'a' ELSE 'b' END AS diag FROM range(1000) r(i)`);
  const m = await riskMetrics(conn, 't', ['age', 'postcode', 'sex'], 'diag');
  assert.equal(m.rows, 1000);
  assert.ok(m.k < 5);
  assert.ok(m.l !== undefined && m.l >= 1);
  const s = await suggestGeneralisation(conn, 't', ['age', 'postcode', 'sex']);
  assert.ok(s.reached);
  assert.ok(s.k >= 5);
  assert.equal(s.levels.length, 3);
  assert.equal(s.levels[0]!.kind, 'numeric');
  assert.equal(s.levels[1]!.kind, 'postcode');
  conn.closeSync();
});

test('column policies: bad specs are refused with the allowed values', () => {
  assert.throws(() => parseColumnsArg('name=surogate'), /policy must be one of keep, drop/);
  assert.throws(() => parseColumnsArg('name=surrogate'), /type/);
  assert.throws(() => parseColumnsArg('age=generalise:decade'), /kind/);
  assert.throws(() => parseColumnsArg('name'), /is not column=policy/);
});

test('tables: Parquet in and out; unlisted text columns are scanned, other columns keep their types', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamis-table-'));
  writeFileSync(join(dir, 'in.csv'), CSV);
  const key = testKey('p');
  const common = { columns: {}, key, engine: createEngine(), transformer: createTransformer({ policy: { default: 'tag' }, key }) };
  await pseudonymiseTable({ ...common, input: join(dir, 'in.csv'), output: join(dir, 'mid.parquet'), columns: { name: { policy: 'surrogate', type: 'PERSON' } } });
  const r = await pseudonymiseTable({ ...common, input: join(dir, 'mid.parquet'), output: join(dir, 'out.csv') });
  assert.equal(r.rows, 4);
  const out = readFileSync(join(dir, 'out.csv'), 'utf8');
  assert.ok(!out.includes('@'), 'e-mails in unlisted text columns were found and tagged');
  assert.match(out, /\[EMAIL_1\]/);
  const conn = await openDuck();
  const types = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${join(dir, 'mid.parquet')}')`)).getRowObjectsJS() as { column_name: string; column_type: string }[];
  assert.equal(types.find((t) => t.column_name === 'age')?.column_type, 'BIGINT');
  conn.closeSync();
});
