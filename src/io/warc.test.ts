import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { warcReader } from './warc.js';
import type { ReadItem } from './types.js';

async function record(url: string, html: string, type: 'response' | 'request' = 'response', gzip = true): Promise<Uint8Array> {
  const body = new TextEncoder().encode(html);
  async function* content() { yield body; }
  const r = WARCRecord.create({ url, date: '2024-05-02T10:00:00Z', type, httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' }, statusline: type === 'response' ? 'HTTP/1.1 200 OK' : 'GET / HTTP/1.1' }, content());
  return WARCSerializer.serialize(r, { gzip });
}

async function all(it: AsyncIterable<ReadItem>) {
  const out: ReadItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}

const html = (t: string) => `<html><head><title>${t}</title></head><body><article><p>${t}: ceci est un message de forum assez long pour être retenu comme article principal par Readability, avec plusieurs phrases de contenu. Encore une phrase pour faire bonne mesure et dépasser le seuil.</p></article></body></html>`;

test('warc.gz: one document per HTML response, URL and date into provenance; requests skipped', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamis-warc-'));
  const f = join(dir, 'crawl.warc.gz');
  const parts = [await record('https://forum.example.org/t/1', '', 'request'), await record('https://forum.example.org/t/1', html('Premier')), await record('https://blog.example.net/a', html('Second'))];
  writeFileSync(f, Buffer.concat(parts.map((p) => Buffer.from(p))));
  assert.ok(warcReader.matches(f));
  const items = await all(warcReader.read(f, { textField: 'text', provenance: { source: 'web', collection: 'scraped' } }));
  const docs = items.flatMap((i) => (i.kind === 'doc' ? [i.doc] : []));
  assert.equal(docs.length, 2);
  assert.equal(docs[0]!.source?.url, 'https://forum.example.org/t/1');
  assert.equal(docs[0]!.source?.collectedAt, '2024-05-02T10:00:00Z');
  assert.equal(docs[0]!.source?.location, 'record 2');
  assert.match(docs[1]!.text, /Second: ceci est un message/);
});

test('warc.gz: a truncated archive yields the documents before the cut and a located error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamis-warc-'));
  const f = join(dir, 'cut.warc.gz');
  const parts = [await record('https://a.example/1', html('Un')), await record('https://a.example/2', html('Deux'))];
  writeFileSync(f, Buffer.concat(parts.map((p) => Buffer.from(p))));
  const full = readFileSync(f);
  writeFileSync(f, full.subarray(0, full.length - 40));
  const items = await all(warcReader.read(f, { textField: 'text' }));
  assert.equal(items[0]!.kind, 'doc');
  const last = items[items.length - 1]!;
  assert.equal(last.kind, 'error');
  if (last.kind === 'error') assert.match(last.error.message, /record 2/);
});

test('warc: an uncompressed archive cut inside its last record reports that record, not a partial document', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamis-warc-'));
  const f = join(dir, 'cut.warc');
  const parts = [await record('https://a.example/1', html('Un'), 'response', false), await record('https://a.example/2', html('Deux'), 'response', false)];
  const full = Buffer.concat(parts.map((p) => Buffer.from(p)));
  writeFileSync(f, full);
  assert.deepEqual((await all(warcReader.read(f, { textField: 'text' }))).map((i) => i.kind), ['doc', 'doc']);
  writeFileSync(f, full.subarray(0, full.length - 150));
  const items = await all(warcReader.read(f, { textField: 'text' }));
  assert.deepEqual(items.map((i) => i.kind), ['doc', 'error']);
  if (items[1]!.kind === 'error') assert.match(items[1]!.error.message, /record 2: the archive ends inside this record/);
});
