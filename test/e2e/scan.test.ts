/** `tamis scan` end to end: per-file and total tables with masked examples, JSON format, the --fail-on CI gate. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { jsonl, tamis, tempDir } from './helpers.js';

const fx = tempDir('scan');
after(() => fx.cleanup());

before(() => {
  fx.file('tickets.jsonl', jsonl([
    { text: 'Bonjour, écrivez-moi à jean.dupont@gmail.com pour le suivi.' },
    { text: 'Nothing to see here, only prose about the weather.' },
    { text: 'Copie à jean.dupont@gmail.com et à anne.roux@example.fr.' },
    { text: 'Encore un message sans donnée personnelle.' },
  ]));
  fx.file('notes.csv', 'id,text\n1,plain words only\n2,more plain words\n');
});

test('text report: per file and per type counts, share of documents, masked examples; never raw values', () => {
  const r = tamis(['scan', fx.dir, '--no-progress']);
  assert.equal(r.code, 0, r.stderr);
  const out = r.stdout;
  assert.match(out, /notes\.csv {2}2 documents\n {2}no personal data found/);
  assert.match(out, /tickets\.jsonl {2}4 documents/);
  assert.match(out, /EMAIL +3 +2 +50\.0% +j\*\*\*@g\*\*\*\.com, a\*\*\*@e\*\*\*\.fr/);
  assert.match(out, /TOTAL \(2 files\) {2}6 documents/);
  assert.match(out, /EMAIL +3 +2 +33\.3%/);
  assert.doesNotMatch(out + r.stderr, /jean\.dupont|anne\.roux/);
});

test('--format json gives the same figures, machine-readable', () => {
  const r = tamis(['scan', fx.dir, '--format', 'json', '--examples', '1']);
  assert.equal(r.code, 0, r.stderr);
  const j = JSON.parse(r.stdout) as { files: { file: string; documents: number; types: Record<string, { found: number; documents: number; share: number; examples: string[] }> }[]; totals: { documents: number; errors: number; types: Record<string, { found: number }> } };
  assert.equal(j.files.length, 2);
  const t = j.files.find((f) => f.file.endsWith('tickets.jsonl'));
  assert.deepEqual(t?.types.EMAIL, { found: 3, documents: 2, examples: ['j***@g***.com'], share: 0.5 });
  assert.equal(j.totals.documents, 6);
  assert.equal(j.totals.types.EMAIL?.found, 3);
});

test('--fail-on: exit 1 when a listed type is found, 0 when none is, 2 for an unknown type', () => {
  const hit = tamis(['scan', fx.dir, '--fail-on', 'EMAIL,IBAN', '--no-progress']);
  assert.equal(hit.code, 1);
  assert.match(hit.stderr, /--fail-on: found EMAIL \(3\)/);
  const clean = tamis(['scan', join(fx.dir, 'notes.csv'), '--fail-on', 'EMAIL', '--no-progress']);
  assert.equal(clean.code, 0, clean.stderr);
  const bad = tamis(['scan', fx.dir, '--fail-on', 'EMAIL,SHOE_SIZE']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown entity type SHOE_SIZE/);
});

test('input errors are counted per file and make the exit code 1', () => {
  const bad = tempDir('scan-bad');
  try {
    bad.file('a.jsonl', '{"text":"fine"}\nnot json\n');
    const r = tamis(['scan', bad.dir, join(bad.dir, 'missing.jsonl'), '--no-progress']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /a\.jsonl {2}1 document, 1 input error/);
    assert.match(r.stderr, /a\.jsonl:line 2: malformed JSON/);
    assert.match(r.stderr, /missing\.jsonl: no such file or directory/);
    assert.match(r.stderr, /2 input errors/);
  } finally {
    bad.cleanup();
  }
});

test('progress goes to stderr as plain lines when stderr is not a terminal, never to stdout', () => {
  const r = tamis(['scan', fx.dir, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /tamis scan: 2\/2 files, 6 documents/);
  assert.equal((JSON.parse(r.stdout) as { totals: { documents: number } }).totals.documents, 6);
  const quiet = tamis(['scan', fx.dir, '--no-progress']);
  assert.doesNotMatch(quiet.stderr, /tamis scan: \d+\/\d+ files/);
});
