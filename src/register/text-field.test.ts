import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { guessTextField } from './text-field.js';

const dir = mkdtempSync(join(tmpdir(), 'tamis-textfield-'));
const file = (name: string, content: string | Buffer) => { const p = join(dir, name); writeFileSync(p, content); return p; };

test('a conventionally named column wins, whatever its position or case', async () => {
  const p = file('a.csv', 'id,Body,date\n1,"Bonjour, ma commande est en retard.",2024-01-02\n');
  assert.equal(await guessTextField(p, 'csv'), 'Body');
});

test('without a known name, the column with the longest prose is the text', async () => {
  const p = file('b.csv', 'ref,note,when\nA-1,"The parcel arrived damaged and the box was open on one side.",2024-01-02\nA-2,"Could you call me back about the refund please?",2024-01-03\n');
  assert.equal(await guessTextField(p, 'csv'), 'note');
});

test('a long identifier column without spaces does not beat a shorter prose column', async () => {
  const p = file('c.csv', 'hash,remark\n' + Array.from({ length: 5 }, (_, i) => `${'f'.repeat(200)}${i},"a short remark about it"`).join('\n') + '\n');
  assert.equal(await guessTextField(p, 'csv'), 'remark');
});

test('TSV and gzip are read; JSON Lines keys are used', async () => {
  assert.equal(await guessTextField(file('d.tsv', 'id\tmessage\n1\thello there\n'), 'csv'), 'message');
  assert.equal(await guessTextField(file('e.csv.gz', gzipSync('id,contenu\n1,"du texte ici"\n')), 'csv'), 'contenu');
  assert.equal(await guessTextField(file('f.jsonl', '{"id":1,"title":"x","post":"some words here"}\nnot json\n'), 'jsonl'), 'post');
});

test('nothing is guessed for other formats, empty or unreadable files', async () => {
  assert.equal(await guessTextField(file('g.csv', ''), 'csv'), undefined);
  assert.equal(await guessTextField(join(dir, 'missing.csv'), 'csv'), undefined);
  assert.equal(await guessTextField(file('h.csv.gz', 'not gzip'), 'csv'), undefined);
  assert.equal(await guessTextField(file('i.parquet', 'x'), 'parquet'), undefined);
});
