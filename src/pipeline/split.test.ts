import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { jsonlReader } from '../io/jsonl.js';
import type { ReadItem, ReadOptions } from '../io/types.js';
import { hashAndSplit, MIN_RANGE_BYTES, rangeSize, splittable } from './split.js';
import { makePlan } from './plan.js';
import { buildConfigSchema } from './schema.js';

const dir = mkdtempSync(join(tmpdir(), 'tamis-split-'));

/** Every kind of line a cut may fall next to: ids by line number, blank lines, errors, CRLF, no final newline. */
const TRICKY = Buffer.concat([
  Buffer.from('{"text":"un"}\n\n{"text":"deux","n":2}\r\n   \n{"text": \n'),
  Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d, 0x0a]), // invalid UTF-8
  Buffer.from('[1,2]\n{"id":"own","text":"trois"}\n{"other":"x"}\n\n\n{"text":"é\\n"}\n{"text":"fin sans retour"}'),
]);

function describe(i: ReadItem): string {
  if (i.kind === 'error') return `E ${i.error.code} ${i.error.location ?? ''} ${i.error.message}`;
  return `D ${i.doc.id} ${i.doc.source?.location ?? ''} ${JSON.stringify(i.doc.text)} ${JSON.stringify(i.doc.meta)}`;
}

async function readAll(file: string, opts: ReadOptions): Promise<string[]> {
  const out: string[] = [];
  for await (const i of jsonlReader.read(file, opts)) out.push(describe(i));
  return out;
}

test('hashAndSplit: ranges cover the file, cut only after a newline, know their first line; the hash is the file\'s', async () => {
  const contents = [TRICKY, Buffer.from('a\nb\nc\n'), Buffer.from('\n\n\n'), Buffer.from('pas de retour'), Buffer.from('')];
  for (const [k, c] of contents.entries()) {
    const file = join(dir, `c${k}.jsonl`);
    writeFileSync(file, c);
    for (let every = 0; every <= c.length + 1; every++) {
      const r = await hashAndSplit(file, every);
      assert.equal(r.sha256, createHash('sha256').update(c).digest('hex'));
      assert.equal(r.size, c.length);
      if (r.ranges.length === 0) continue;
      assert.ok(r.ranges.length >= 2);
      assert.equal(r.ranges[0]!.start, 0);
      assert.equal(r.ranges[r.ranges.length - 1]!.end, c.length);
      r.ranges.forEach((g, i) => {
        assert.ok(g.end > g.start, 'no empty range');
        if (i > 0) assert.equal(g.start, r.ranges[i - 1]!.end);
        if (i < r.ranges.length - 1) assert.ok(g.end - g.start >= every, 'a range is at least `every` long');
        if (g.start > 0) assert.equal(c[g.start - 1], 10, 'a cut follows a newline');
        assert.equal(g.firstLine, 1 + c.subarray(0, g.start).filter((b) => b === 10).length);
      });
    }
  }
});

test('reading a file range by range gives exactly the whole-file read: ids, locations, errors', async () => {
  const file = join(dir, 'tricky.jsonl');
  writeFileSync(file, TRICKY);
  const opts: ReadOptions = { textField: 'text', provenance: { source: 's' } };
  const whole = await readAll(file, opts);
  assert.ok(whole.some((l) => l.startsWith('E MALFORMED_JSON line 5 ')), whole.join('\n'));
  assert.ok(whole.some((l) => l.startsWith('E INVALID_UTF8 line 6 ')), whole.join('\n'));
  assert.ok(whole.some((l) => l.startsWith('D tricky.jsonl:13 line 13 "fin sans retour"')), whole.join('\n'));
  let splits = 0;
  for (let every = 1; every <= TRICKY.length; every++) {
    const { ranges } = await hashAndSplit(file, every);
    if (ranges.length === 0) continue;
    splits++;
    const parts: string[] = [];
    for (const range of ranges) parts.push(...(await readAll(file, { ...opts, range })));
    assert.deepEqual(parts, whole, `cut every ${every} bytes`);
  }
  assert.ok(splits > 50);
});

test('only plain JSON Lines files are split, by name or by the source overrides', () => {
  assert.equal(splittable({}, 'a/b.jsonl'), true);
  assert.equal(splittable({}, 'a/b.NDJSON'), true);
  assert.equal(splittable({}, 'a/b.jsonl.gz'), false);
  assert.equal(splittable({}, 'a/b.jsonl.zst'), false);
  assert.equal(splittable({ compression: 'gzip' }, 'a/b.jsonl'), false);
  assert.equal(splittable({ compression: 'none' }, 'a/b.jsonl'), true);
  assert.equal(splittable({}, 'a/b.csv'), false);
  assert.equal(splittable({}, 'a/b.txt'), false);
  assert.equal(splittable({ format: 'jsonl' }, 'a/b.bin'), true);
  assert.equal(splittable({ format: 'csv' }, 'a/b.jsonl'), false);
  assert.equal(rangeSize(10, 1), 0);
  assert.equal(rangeSize(MIN_RANGE_BYTES + 1, 1), MIN_RANGE_BYTES);
  assert.equal(rangeSize(10_000_000, 4_000_000), 4_000_000);
  assert.equal(rangeSize(4_000_000, 4_000_000), 0);
});

test('the plan splits a big JSON Lines file into consecutive range tasks, and nothing else', async () => {
  const d = mkdtempSync(join(tmpdir(), 'tamis-plan-'));
  const line = (i: number) => JSON.stringify({ text: `document numéro ${i} `.repeat(8) });
  const big = Array.from({ length: 12_000 }, (_, i) => line(i)).join('\n') + '\n';
  writeFileSync(join(d, 'a.jsonl'), 'x\n');
  writeFileSync(join(d, 'b.jsonl'), big);
  writeFileSync(join(d, 'c.jsonl'), 'y\n');
  writeFileSync(join(d, 'd.jsonl.gz'), gzipSync(big, { level: 0 }));
  const config = buildConfigSchema.parse({
    sources: [{ id: 's', path: '*.jsonl*', collection: 'direct' }],
    pipeline: [{ quality: { minWords: 1 } }],
    output: { path: 'out', taskSize: 300_000 },
  });
  const plan = await makePlan(config, d);
  const shape = plan.tasks.map((t) => [t.index, t.files.map((f) => f.relFile).join('+'), t.files[0]!.range ? 'range' : 'whole']);
  const ranges = plan.tasks.filter((t) => t.files[0]!.range);
  assert.ok(ranges.length >= 4, JSON.stringify(shape));
  assert.deepEqual(shape[0], [0, 'a.jsonl', 'whole']);
  assert.ok(ranges.every((t, i) => t.index === i + 1 && t.files.length === 1 && t.files[0]!.relFile === 'b.jsonl'));
  assert.equal(ranges.reduce((a, t) => a + t.bytes, 0), Buffer.byteLength(big));
  assert.ok(ranges.every((t) => t.files[0]!.bytes === Buffer.byteLength(big) && t.files[0]!.sha256 === ranges[0]!.files[0]!.sha256));
  // The file after a split one starts its own task; the compressed copy is one task.
  assert.deepEqual(shape.slice(ranges.length + 1), [[ranges.length + 1, 'c.jsonl', 'whole'], [ranges.length + 2, 'd.jsonl.gz', 'whole']]);
  // Same files, same config: same plan.
  assert.deepEqual(await makePlan(config, d), plan);
});
