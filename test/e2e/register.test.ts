import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

import { distIsFresh, ROOT } from './helpers.js';

const CLI = join(ROOT, 'test/e2e/register-cli.ts');
const EXAMPLE = join(ROOT, 'examples/register.tamis.yaml');
// Absolute loader URL: the tests run the CLI from temporary folders, where `--import tsx` would not resolve.
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

function tamis(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  // LANG is pinned so the default language (taken from the locale) does not depend on the machine.
  // The built CLI when dist/ is fresh (starts faster, and is what users run), else the sources through tsx.
  const argv = distIsFresh ? [join(ROOT, 'bin', 'tamis.js'), ...args] : ['--import', TSX, CLI, ...args];
  const r = spawnSync(process.execPath, argv, { cwd: opts.cwd ?? ROOT, input: opts.input ?? '', encoding: 'utf8', timeout: 60_000, env: { ...process.env, LANG: 'en_GB.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...opts.env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function tmp(): string { return mkdtempSync(join(tmpdir(), 'tamis-e2e-')); }

test('tamis check: exit 0 on the example, 1 with the findings on an incomplete register, JSON and French output', () => {
  const ok = tamis(['check', '--config', EXAMPLE]);
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.out, /register meets its obligations/);
  const dir = tmp();
  try {
    const cfg = join(dir, 'tamis.yaml');
    writeFileSync(cfg, 'project:\n  name: demo\npurpose:\n  description: Developing a generative model\n');
    const bad = tamis(['check', '--config', cfg]);
    assert.equal(bad.code, 1);
    assert.match(bad.out, /error {2}purpose\.not-generic {2}\(sheet 2/);
    assert.match(bad.out, /https:\/\/www\.cnil\.fr\/en\/defining-purpose/);
    const json = JSON.parse(tamis(['check', '--config', cfg, '--format', 'json']).out);
    assert.equal(json.ok, false);
    assert.ok(json.findings.some((f: { rule: string; level: string }) => f.rule === 'lawfulness.basis' && f.level === 'obligation'));
    assert.match(tamis(['check', '--config', cfg, '--lang', 'fr']).out, /Aucune base légale n’est définie/);
    const usage = tamis(['check', '--config', cfg, '--format', 'xml']);
    assert.equal(usage.code, 2);
    assert.match(usage.err, /--format must be text or json/);
    writeFileSync(cfg, 'purpose:\n  kind: commercial\n');
    const invalid = tamis(['check', '--config', cfg]);
    assert.equal(invalid.code, 2);
    assert.match(invalid.err, /tamis\.yaml:2:\d+ +purpose\.kind/);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('tamis init --answers --dir writes a config that passes tamis check', () => {
  const dir = tmp();
  try {
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'tickets.jsonl'), '{"id":"1","text":"Bonjour"}\n');
    copyFileSync(join(ROOT, 'src/register/fixtures/answers.yaml'), join(dir, 'answers.yaml'));
    const r = tamis(['init', '--answers', 'answers.yaml', '--dir', 'data', '--lang', 'fr'], { cwd: dir });
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /tamis\.yaml écrit/);
    const c = parse(readFileSync(join(dir, 'tamis.yaml'), 'utf8'));
    assert.deepEqual(c.sources, [{ id: 'tickets', path: 'data/tickets.jsonl', format: 'jsonl', collection: 'reused' }], 'the answers set the collection mode on the source');
    assert.equal(c.pipeline.length, 4);
    const check = tamis(['check'], { cwd: dir });
    assert.equal(check.code, 0, check.out);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('tamis init asks interactively through a pipe, with explanations, links and choices', () => {
  const dir = tmp();
  try {
    // Answers in question order: name, controller, contact, DPO, a wrong then a right regime choice; then end of input.
    const input = ['my-dataset', 'Exemple SARL', 'rgpd@exemple.example', '', '7', '1', 'n'].join('\n') + '\n';
    const r = tamis(['init', '--lang', 'en'], { cwd: dir, input });
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Project name {2}\(project\.name\)/);
    assert.match(r.out, /https:\/\/www\.cnil\.fr\/en\/determining-legal-qualification-ai-system-providers/);
    assert.match(r.out, / {3}1\. gdpr — GDPR/);
    assert.match(r.out, /! regime\.framework: "7" is not one of/);
    const c = parse(readFileSync(join(dir, 'tamis.yaml'), 'utf8'));
    assert.equal(c.project.name, 'my-dataset');
    assert.equal(c.project.controller.name, 'Exemple SARL');
    assert.equal(c.project.controller.dpo, undefined, 'an empty answer sets nothing');
    assert.equal(c.regime.framework, 'gdpr');
    assert.equal(c.regime.generalPurpose, false);
    // A second run keeps the answers and shows them as defaults.
    const again = tamis(['init'], { cwd: dir, input: '\n', env: { LANG: 'fr_FR.UTF-8' } });
    assert.match(again.out, /Nom du projet {2}\(project\.name\)[\s\S]*\[my-dataset\]/);
    assert.equal(parse(readFileSync(join(dir, 'tamis.yaml'), 'utf8')).project.name, 'my-dataset');
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('tamis init works in a terminal (driven through a pty with script(1))', (t) => {
  if (spawnSync('script', ['--version'], { encoding: 'utf8' }).status !== 0) { t.skip('script(1) not available'); return; }
  const dir = tmp();
  try {
    const cmd = [process.execPath, '--import', TSX, CLI, 'init', '--lang', 'fr'].map((a) => `'${a}'`).join(' ');
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: dir, input: 'projet-pty\n', encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Nom du projet {2}\(project\.name\)/);
    assert.equal(parse(readFileSync(join(dir, 'tamis.yaml'), 'utf8')).project.name, 'projet-pty');
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('tamis docs writes every document in both languages, with the build figures', () => {
  const dir = tmp();
  try {
    const r = tamis(['docs', '--config', EXAMPLE, '--build', 'src/docs/fixtures/build', '-o', join(dir, 'out')]);
    assert.equal(r.code, 0, r.err);
    for (const id of ['dataset-sheet', 'datasheet', 'ai-act-summary', 'dpia', 'legitimate-interest-assessment', 'information-notice']) {
      for (const lang of ['fr', 'en']) for (const ext of ['md', 'html']) assert.ok(existsSync(join(dir, 'out', `${id}.${lang}.${ext}`)), `${id}.${lang}.${ext}`);
    }
    assert.match(readFileSync(join(dir, 'out', 'dataset-sheet.fr.md'), 'utf8'), /\| \*\*Enregistrements lus\*\* \| 13500 \|/);
    const missing = tamis(['docs', '--config', EXAMPLE, '--build', join(dir, 'nope'), '-o', join(dir, 'out')]);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /nope: cannot read build folder/);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
