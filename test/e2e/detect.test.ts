/** `tamis detect` end to end: every input format, the output contract, input order, offsets, options. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, jsonLines, jsonl, tamis, tempDir, writeParquet } from './helpers.js';

const fx = tempDir('detect');
after(() => fx.cleanup());

// Synthetic values only. The emoji and accents before the e-mail make UTF-16 and UTF-8 offsets differ.
const DOCS = [
  { id: 'a1', text: 'Écrire 😀 à léa : lea.martin@example.org, merci.', channel: 'mail' },
  { id: 'a2', text: 'Nothing personal here, only a few words about the weather and the trains.', channel: 'chat' },
  { id: 'a3', text: 'Two addresses: oliver.smith@example.com and ella_w@mail.example.co.uk.', channel: 'form' },
];

before(async () => {
  fx.file('docs.jsonl', jsonl(DOCS));
  fx.file('docs.jsonl.gz', gzipSync(jsonl(DOCS)));
  fx.file('docs.json', JSON.stringify(DOCS, null, 2));
  fx.file('one.json', JSON.stringify(DOCS[0]));
  fx.file('docs.csv', 'id,text,channel\n' + DOCS.map((d) => `${d.id},"${d.text.replace(/"/g, '""')}",${d.channel}`).join('\n') + '\n');
  fx.file('note.txt', `Bonjour,\nvous pouvez écrire à hugo.petit@example.fr pour la suite.\n`);
  copyFileSync(join(ROOT, 'test', 'e2e', 'fixtures', 'sample.jsonl.zst'), join(fx.dir, 'sample.jsonl.zst'));
  await writeParquet(join(fx.dir, 'docs.parquet'), DOCS.map((d, i) => ({ id: d.id, text: d.text, n: i })));
});

const ENTITY_KEYS = ['type', 'start', 'end', 'score', 'recognizer'];

function checkContract(lines: Record<string, unknown>[], texts: Map<string, string>, withValues: boolean): void {
  for (const line of lines) {
    assert.deepEqual(Object.keys(line), ['id', 'lang', 'entities', 'sensitive'], 'top-level keys and their order');
    assert.equal(typeof line.id, 'string');
    assert.ok(['fr', 'en', 'other'].includes(line.lang as string));
    assert.ok(Array.isArray(line.sensitive));
    const text = texts.get(line.id as string);
    assert.ok(text !== undefined, `unknown id ${String(line.id)}`);
    let prev = -1;
    for (const e of line.entities as Record<string, unknown>[]) {
      const keys = Object.keys(e).filter((k) => k !== 'subtype' && k !== 'value');
      assert.deepEqual(keys, ENTITY_KEYS);
      assert.equal('value' in e, withValues, 'value only with --include-values');
      const start = e.start as number;
      const end = e.end as number;
      assert.ok(Number.isInteger(start) && Number.isInteger(end) && start < end && end <= text.length);
      assert.ok(start >= prev, 'entities sorted by offset');
      prev = start;
      if (withValues) assert.equal(text.slice(start, end), e.value, 'UTF-16 offsets slice back to the value');
    }
  }
}

const byId = new Map(DOCS.map((d) => [d.id, d.text]));
let ref: Record<string, unknown>[] | undefined;

test('jsonl: one line per document, in input order, contract fields, offsets slice back to the values', () => {
  const r = tamis(['detect', join(fx.dir, 'docs.jsonl'), '--id-field', 'id', '--include-values']);
  assert.equal(r.code, 0, r.stderr);
  const lines = jsonLines(r.stdout);
  assert.deepEqual(lines.map((l) => l.id), ['a1', 'a2', 'a3']);
  checkContract(lines, byId, true);
  const emails = (l: Record<string, unknown>) => (l.entities as { type: string; value: string }[]).filter((e) => e.type === 'EMAIL').map((e) => e.value);
  assert.deepEqual(emails(lines[0] as Record<string, unknown>), ['lea.martin@example.org']);
  assert.deepEqual(emails(lines[2] as Record<string, unknown>), ['oliver.smith@example.com', 'ella_w@mail.example.co.uk']);
  const a1 = (lines[0]?.entities as { type: string; start: number }[]).find((e) => e.type === 'EMAIL');
  assert.equal(a1?.start, DOCS[0]?.text.indexOf('lea.martin@'), 'UTF-16 index (the emoji counts 2)');
  assert.equal(lines[1]?.entities instanceof Array && (lines[1].entities as unknown[]).length, 0);
  assert.match(r.stderr, /3 documents/);
});

test('without --include-values no raw value is written', () => {
  const r = tamis(['detect', join(fx.dir, 'docs.jsonl'), '--id-field', 'id']);
  assert.equal(r.code, 0, r.stderr);
  checkContract(jsonLines(r.stdout), byId, false);
  assert.doesNotMatch(r.stdout, /example\.org|example\.com/);
});

test('default ids: the record\'s own "id" field, else <file>:<line>', () => {
  const r = tamis(['detect', join(fx.dir, 'docs.jsonl')]);
  assert.deepEqual(jsonLines(r.stdout).map((l) => l.id), ['a1', 'a2', 'a3']);
  const p = fx.file('noid.jsonl', jsonl(DOCS.map(({ text }) => ({ text }))));
  assert.deepEqual(jsonLines(tamis(['detect', p]).stdout).map((l) => l.id), ['noid.jsonl:1', 'noid.jsonl:2', 'noid.jsonl:3']);
});

for (const name of ['docs.jsonl.gz', 'docs.json', 'docs.csv', 'docs.parquet']) {
  test(`${name}: same documents and findings as the jsonl`, () => {
    ref ??= jsonLines(tamis(['detect', join(fx.dir, 'docs.jsonl'), '--id-field', 'id', '--include-values']).stdout);
    const r = tamis(['detect', join(fx.dir, name), '--id-field', 'id', '--include-values']);
    assert.equal(r.code, 0, r.stderr);
    const lines = jsonLines(r.stdout);
    checkContract(lines, byId, true);
    assert.deepEqual(lines, ref);
  });
}

test('json: a single top-level object is one document', () => {
  const r = tamis(['detect', join(fx.dir, 'one.json'), '--id-field', 'id']);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(jsonLines(r.stdout).map((l) => l.id), ['a1']);
});

test('jsonl.zst: zstd-compressed input', () => {
  const r = tamis(['detect', join(fx.dir, 'sample.jsonl.zst'), '--id-field', 'id']);
  assert.equal(r.code, 0, r.stderr);
  const lines = jsonLines(r.stdout);
  assert.deepEqual(lines.map((l) => l.id), ['z1', 'z2', 'z3']);
  assert.ok((lines[0]?.entities as { type: string }[]).some((e) => e.type === 'EMAIL'));
});

test('txt: one document per file, id = file name', () => {
  const r = tamis(['detect', join(fx.dir, 'note.txt'), '--include-values']);
  assert.equal(r.code, 0, r.stderr);
  const [line] = jsonLines(r.stdout);
  assert.equal(line?.id, 'note.txt');
  assert.equal(line?.lang, 'fr');
  assert.ok((line?.entities as { value: string }[]).some((e) => e.value === 'hugo.petit@example.fr'));
});

test('a folder is read recursively in sorted order; -o writes a file', () => {
  const out = join(fx.dir, 'out', 'findings.jsonl');
  const sub = tempDir('folder');
  try {
    sub.file('b.jsonl', jsonl([{ text: 'b1' }, { text: 'b2' }]));
    sub.file('a.jsonl', jsonl([{ text: 'a1' }]));
    sub.file('ignored.bin', 'x');
    const r = tamis(['detect', sub.dir, '-o', join(sub.dir, 'findings.out')]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.deepEqual(jsonLines(readFileSync(join(sub.dir, 'findings.out'), 'utf8')).map((l) => l.id), ['a.jsonl:1', 'b.jsonl:1', 'b.jsonl:2']);
  } finally {
    sub.cleanup();
  }
  assert.equal(existsSync(out), false);
});

test('glob patterns select files', () => {
  const r = tamis(['detect', join(fx.dir, 'docs.{jsonl,csv}')]);
  assert.equal(r.code, 0, r.stderr);
  // csv first (sorted), then jsonl; both carry their own ids.
  assert.deepEqual(jsonLines(r.stdout).map((l) => l.id), ['a1', 'a2', 'a3', 'a1', 'a2', 'a3']);
});

test('--text-field, --lang, --types and --threshold are applied', () => {
  const p = fx.file('body.jsonl', jsonl([{ body: 'write to camille.roux@example.fr today' }]));
  const r = tamis(['detect', p, '--text-field', 'body', '--lang', 'fr', '--types', 'EMAIL']);
  assert.equal(r.code, 0, r.stderr);
  const [line] = jsonLines(r.stdout);
  assert.equal(line?.lang, 'fr');
  assert.deepEqual((line?.entities as { type: string }[]).map((e) => e.type), ['EMAIL']);
  const none = jsonLines(tamis(['detect', p, '--text-field', 'body', '--types', 'IBAN']).stdout);
  assert.deepEqual(none[0]?.entities, []);
  const strict = jsonLines(tamis(['detect', p, '--text-field', 'body', '--threshold', '1']).stdout);
  assert.ok((strict[0]?.entities as { score: number }[]).every((e) => e.score >= 1));
});

test('large input goes through worker threads with the same output, in order', async () => {
  const { writeCorpus } = await import('../../bench/lib/corpus.js');
  const p = join(fx.dir, 'big.jsonl');
  // Just above the 4 Mi characters after which the pool starts; identifiers only, to keep the test quick.
  await writeCorpus(p, 5, 11);
  const one = tamis(['detect', p, '--workers', '1', '--types', 'EMAIL,PHONE,IBAN']);
  const two = tamis(['detect', p, '--workers', '2', '--types', 'EMAIL,PHONE,IBAN']);
  assert.equal(one.code, 0, one.stderr);
  assert.equal(two.code, 0, two.stderr);
  assert.match(one.stderr, /in-process/);
  assert.match(two.stderr, /2 worker threads/);
  assert.equal(two.stdout, one.stdout);
});

test('the built bin/tamis.js runs the same command', (t) => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) { t.skip('dist/ not built (npm run build)'); return; }
  const r = tamis(['detect', join(fx.dir, 'docs.jsonl'), '--id-field', 'id'], { bin: true });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(jsonLines(r.stdout).map((l) => l.id), ['a1', 'a2', 'a3']);
});

test('- reads JSON Lines from standard input, with located errors and default ids', () => {
  const input = jsonl([DOCS[0], { text: 'écrire à hugo.petit@example.fr' }]) + '{"text": broken\n';
  const r = tamis(['detect', '-', '--lang', 'fr'], { input });
  assert.equal(r.code, 1, r.stderr);
  const lines = jsonLines(r.stdout);
  assert.deepEqual(lines.map((l) => l.id), ['a1', 'stdin.jsonl:2']);
  assert.deepEqual((lines[1]!.entities as { type: string }[]).map((e) => e.type), ['EMAIL']);
  assert.match(r.stderr, /line 3/);
  assert.match(r.stderr, /1 input error/);
});

test('LOCATION only with --locations', () => {
  const input = jsonl([{ id: 'p', text: 'Hier, Sophie Martin a pris le train de Lyon à Marseille.' }]);
  const types = (args: string[]) => (jsonLines(tamis(['detect', '-', '--lang', 'fr', ...args], { input }).stdout)[0]!.entities as { type: string }[]).map((e) => e.type);
  assert.deepEqual(types([]), ['PERSON']);
  assert.deepEqual(types(['--locations']), ['PERSON', 'LOCATION', 'LOCATION']);
});
