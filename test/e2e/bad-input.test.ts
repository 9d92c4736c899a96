/**
 * Bad input end to end: every case names the file and the line/row and the reason, the other records are still
 * processed, the summary counts the errors, the exit code is 1, and no raw personal data appears in messages.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { jsonLines, jsonl, tamis, tempDir, writeParquet } from './helpers.js';

const fx = tempDir('bad');
after(() => fx.cleanup());

const SECRET = 'zoe.secret@example.org';

function ids(stdout: string): unknown[] {
  return jsonLines(stdout).map((l) => l.id);
}

test('malformed JSON line: named by file and line, no content echoed, the other lines processed', () => {
  const p = fx.file('malformed.jsonl', `{"text":"ok 1"}\n{"text": "${SECRET} broken\n{"text":"ok 3"}\n`);
  const r = tamis(['detect', p]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /malformed\.jsonl:line 2: malformed JSON/);
  assert.ok(!r.stderr.includes(SECRET), 'raw personal data must not appear in messages');
  assert.deepEqual(ids(r.stdout), ['malformed.jsonl:1', 'malformed.jsonl:3']);
  assert.match(r.stderr, /2 documents, .*1 input error \(MALFORMED_JSON 1\)/);
});

test('missing or non-string text field', () => {
  const p = fx.file('fields.jsonl', jsonl([{ text: 'ok' }, { body: SECRET }, { text: 42 }, { text: null }, { text: 'ok too' }]));
  const r = tamis(['detect', p]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /fields\.jsonl:line 2: no "text" field \(fields: "body"/);
  assert.match(r.stderr, /fields\.jsonl:line 3: field "text" is a number, not a string/);
  assert.match(r.stderr, /fields\.jsonl:line 4: field "text" is null, not a string/);
  assert.ok(!r.stderr.includes(SECRET));
  assert.deepEqual(ids(r.stdout), ['fields.jsonl:1', 'fields.jsonl:5']);
  assert.match(r.stderr, /3 input errors/);
});

test('invalid UTF-8 in a line: reported with the byte position and skipped', () => {
  const bytes = Buffer.concat([Buffer.from('{"text":"first"}\n{"text":"caf'), Buffer.from([0xe9, 0x20]), Buffer.from('noir"}\n{"text":"third"}\n')]);
  const p = fx.file('latin1.jsonl', bytes);
  const r = tamis(['detect', p]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /latin1\.jsonl:line 2: invalid UTF-8 at byte 13/);
  assert.deepEqual(ids(r.stdout), ['latin1.jsonl:1', 'latin1.jsonl:3']);
});

test('empty and truncated gzip: reported, the records before the cut and the other files processed', () => {
  const good = jsonl(Array.from({ length: 2000 }, (_, i) => ({ text: `record ${i} with some filler text to make the stream longer than one block` })));
  const gz = gzipSync(good);
  const trunc = fx.file('trunc.jsonl.gz', gz.subarray(0, Math.floor(gz.length / 2)));
  const empty = fx.file('empty.jsonl.gz', Buffer.alloc(0));
  const ok = fx.file('ok.jsonl', jsonl([{ text: 'still here' }]));
  const r = tamis(['detect', empty, trunc, ok]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /empty\.jsonl\.gz: empty file: not a valid gzip stream/);
  assert.match(r.stderr, /trunc\.jsonl\.gz:after line \d+: truncated gzip stream/);
  const out = ids(r.stdout);
  assert.ok(out.length > 100 && out.length < 2000, `records before the cut are processed (${out.length})`);
  assert.equal(out.at(-1), 'ok.jsonl:1');
  assert.match(r.stderr, /2 input errors/);
});

test('a 50 MB single line is processed (streamed, no quadratic buffering)', () => {
  const filler = 'lorem ipsum dolor sit amet '.repeat(Math.ceil((50 * 1024 * 1024) / 27));
  const p = join(fx.dir, 'huge.jsonl');
  writeFileSync(p, `{"text":"${filler}contact: ${SECRET}"}\n{"text":"next"}\n`);
  const r = tamis(['detect', p, '--include-values', '--lang', 'en']);
  assert.equal(r.code, 0, r.stderr);
  const lines = jsonLines(r.stdout);
  assert.equal(lines.length, 2);
  const e = (lines[0]?.entities as { value: string; start: number }[]).find((x) => x.value === SECRET);
  assert.ok(e, 'the e-mail at the end of the 50 MB line is found');
  assert.equal(e.start, filler.length + 'contact: '.length);
});

test('a missing file is reported and the other inputs are processed', () => {
  const ok = fx.file('present.jsonl', jsonl([{ text: 'hello' }]));
  const r = tamis(['detect', join(fx.dir, 'absent.jsonl'), ok]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /absent\.jsonl: no such file or directory/);
  assert.deepEqual(ids(r.stdout), ['present.jsonl:1']);
});

test('corrupt and truncated parquet files are reported; a null text row is reported', async () => {
  const good = join(fx.dir, 'good.parquet');
  await writeParquet(good, [{ id: 'p1', text: 'hello', n: 1 }, { id: 'p2', text: null, n: 2 }, { id: 'p3', text: 'bye', n: 3 }]);
  const garbage = fx.file('garbage.parquet', 'this is not parquet at all');
  const whole = readFileSync(good);
  const cut = fx.file('cut.parquet', whole.subarray(0, Math.floor(whole.length / 2)));
  const r = tamis(['detect', garbage, cut, good, '--id-field', 'id']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /garbage\.parquet: not a readable Parquet file/);
  assert.match(r.stderr, /cut\.parquet: not a readable Parquet file/);
  assert.match(r.stderr, /good\.parquet:row 2: field "text" is null/);
  assert.deepEqual(ids(r.stdout), ['p1', 'p3']);
});

test('csv: wrong column count and a missing text column', () => {
  const p = fx.file('rows.csv', `id,text\n1,hello\n2,"a, b",extra\n3,bye\n`);
  const noText = fx.file('notext.csv', `id,body\n1,${SECRET}\n`);
  const r = tamis(['detect', p, noText]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /rows\.csv:row 2 \(line 3\): 3 fields, the header has 2/);
  assert.match(r.stderr, /notext\.csv:header: no "text" column \(columns: "id", "body"/);
  assert.ok(!r.stderr.includes(SECRET));
  assert.deepEqual(ids(r.stdout), ['1', '3']);
});

test('json: a malformed element is reported by index, the others processed', () => {
  const p = fx.file('arr.json', '[{"text":"one"}, {"text": tru}, {"text":"three"}]');
  const r = tamis(['detect', p]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /arr\.json:record 2: malformed JSON/);
  assert.deepEqual(ids(r.stdout), ['arr.json:1', 'arr.json:3']);
});

test('unsupported file type and unknown option are usage problems', () => {
  const bin = fx.file('data.xlsx', 'x');
  const r = tamis(['detect', bin]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /data\.xlsx: unsupported file type/);
  const u = tamis(['detect', bin, '--frobnicate']);
  assert.equal(u.code, 2);
  assert.match(u.stderr, /unknown option '--frobnicate'/);
  const t = tamis(['detect', bin, '--types', 'EMAIL,NOPE']);
  assert.equal(t.code, 2);
  assert.match(t.stderr, /unknown entity type NOPE/);
  const th = tamis(['detect', bin, '--threshold', '7']);
  assert.equal(th.code, 2);
});
