/**
 * The contract every reader honours (hono's shared-case style): add a row to CASES for a new reader. Each case
 * writes the same three records in its format; the reader must yield them in order, as documents with provenance,
 * and must turn a missing file into one located error item instead of throwing.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readerFor } from './registry.js';
import type { ReadItem, Reader } from './types.js';

const RECORDS = [
  { id: 'r1', text: 'Première ligne, avec des accents.', tag: 'a' },
  { id: 'r2', text: 'Second record: "quoted", with, commas', tag: 'b' },
  { id: 'r3', text: 'Third one\nspans two lines', tag: 'c' },
];
const csvCell = (s: string) => `"${s.replace(/"/g, '""')}"`;

interface Case { file: string; write: (path: string) => Promise<void> | void; ids: string[] }
const CASES: Case[] = [
  { file: 'x.jsonl', write: (p) => writeFileSync(p, RECORDS.map((r) => JSON.stringify(r)).join('\n')), ids: ['r1', 'r2', 'r3'] },
  { file: 'x.jsonl.gz', write: (p) => writeFileSync(p, gzipSync(RECORDS.map((r) => JSON.stringify(r)).join('\n'))), ids: ['r1', 'r2', 'r3'] },
  { file: 'x.json', write: (p) => writeFileSync(p, JSON.stringify(RECORDS)), ids: ['r1', 'r2', 'r3'] },
  { file: 'x.csv', write: (p) => writeFileSync(p, 'id,text,tag\n' + RECORDS.map((r) => [r.id, csvCell(r.text), r.tag].join(',')).join('\r\n')), ids: ['r1', 'r2', 'r3'] },
  {
    file: 'x.parquet',
    write: async (p) => {
      const { DuckDBInstance } = await import('@duckdb/node-api');
      const inst = await DuckDBInstance.create(':memory:');
      const c = await inst.connect();
      await c.run('CREATE TABLE t (id VARCHAR, text VARCHAR, tag VARCHAR)');
      for (const r of RECORDS) await c.run('INSERT INTO t VALUES ($1, $2, $3)', [r.id, r.text, r.tag]);
      await c.run(`COPY t TO '${p.replace(/'/g, "''")}' (FORMAT parquet)`);
      c.closeSync();
      inst.closeSync();
    },
    ids: ['r1', 'r2', 'r3'],
  },
  { file: 'x.txt', write: (p) => writeFileSync(p, RECORDS.map((r) => r.text).join('\n')), ids: ['x.txt'] },
];

const dir = mkdtempSync(join(tmpdir(), 'tamis-contract-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function collect(reader: Reader, path: string, idField?: string): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const it of reader.read(path, { textField: 'text', ...(idField ? { idField } : {}), provenance: { source: 'contract', licence: 'test' } })) out.push(it);
  return out;
}

for (const c of CASES) {
  test(`${c.file}: records in order, with text, meta and provenance`, async () => {
    const path = join(dir, c.file);
    await c.write(path);
    const reader = readerFor(path);
    assert.ok(reader, `a reader handles ${c.file}`);
    const items = await collect(reader, path, c.ids.length > 1 ? 'id' : undefined);
    assert.deepEqual(items.filter((i) => i.kind === 'error'), []);
    const docs = items.flatMap((i) => (i.kind === 'doc' ? [i.doc] : []));
    assert.deepEqual(docs.map((d) => d.id), c.ids);
    if (c.ids.length > 1) {
      assert.deepEqual(docs.map((d) => d.text), RECORDS.map((r) => r.text));
      assert.deepEqual(docs.map((d) => d.meta.tag), ['a', 'b', 'c']);
      assert.ok(docs.every((d) => !('text' in d.meta) && !('id' in d.meta)), 'text and id fields are not duplicated in meta');
      assert.ok(docs.every((d) => d.source?.location), 'each record has its location');
    } else {
      assert.equal(docs[0]?.text, RECORDS.map((r) => r.text).join('\n'));
    }
    for (const d of docs) {
      assert.equal(d.source?.file, path);
      assert.equal(d.source?.source, 'contract');
      assert.equal(d.source?.licence, 'test');
    }
  });

  test(`${c.file}: a missing file is one located error item, not an exception`, async () => {
    const path = join(dir, `missing-${c.file}`);
    const reader = readerFor(path);
    assert.ok(reader);
    const items = await collect(reader, path);
    assert.equal(items.length, 1);
    const [it] = items;
    assert.equal(it?.kind, 'error');
    if (it?.kind === 'error') {
      assert.equal(it.error.code, 'NOT_FOUND');
      assert.ok(it.error.message.includes(basename(path)));
    }
  });
}
