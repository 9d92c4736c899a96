import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseYamlFile } from '../config/load.js';
import { coerceAnswer } from './answers.js';
import { checkRegister } from './check.js';
import { runInit, type Prompter } from './init.js';
import { QUESTIONS } from './questions.js';
import { scaffold, sourceId } from './scaffold.js';

const answers = () => parseYamlFile('src/register/fixtures/answers.yaml').data as Record<string, unknown>;

test('init with an answers file writes a register that passes check', async () => {
  const r = await runInit({ yaml: '', lang: 'fr', answers: answers() });
  const config = parse(r.yaml);
  assert.equal(config.regime.framework, 'gdpr', 'a choice number is mapped to its value');
  assert.equal(config.regime.generalPurpose, false, '"non" is a boolean');
  assert.equal(config.retention.raw.period, 'P6M');
  assert.deepEqual(config.roles.organisations, [{ name: 'Exemple SARL', gdprRole: 'controller', aiActRole: 'provider' }]);
  assert.deepEqual(config.dpia.criteria, ['large-scale', 'innovative-technology']);
  assert.equal(config.dpia.risks.length, 8);
  assert.deepEqual(config.dpia.risks[0], { risk: 'memorisation-regurgitation', severity: 'significant', likelihood: 'limited', measures: ['pseudonymisation', 'tests de régurgitation'] });
  assert.equal(config.lawfulness.sources.tickets.reuse.ownData, true);
  assert.deepEqual(config.design.minimisation.fields, [{ name: 'corps du ticket' }, { name: 'réponse de l\'agent' }]);
  const report = checkRegister(config);
  assert.equal(report.ok, true, JSON.stringify(report.findings.filter((f) => f.status === 'fail' && f.level === 'obligation')));
  assert.deepEqual(report.justifications.map((j) => j.rule).sort(), ['design.minimisation', 'dpia.risk-assessed']);
});

test('init keeps existing values, comments and the pipeline part', async () => {
  const existing = '# our project\nproject:\n  name: keep-me # inline\nsources:\n  - { id: tickets, path: data/t.jsonl }\npipeline:\n  - detect: { languages: [fr] }\noutput: { path: out/, format: jsonl }\n';
  const r = await runInit({ yaml: existing, lang: 'en', answers: { 'purpose.description': 'Suggest answers to support agents' } });
  const c = parse(r.yaml);
  assert.equal(c.project.name, 'keep-me');
  assert.equal(c.purpose.description, 'Suggest answers to support agents');
  assert.deepEqual(c.pipeline, [{ detect: { languages: ['fr'] } }]);
  assert.deepEqual(c.output, { path: 'out/', format: 'jsonl' });
  assert.ok(r.yaml.includes('# our project') && r.yaml.includes('# inline'));
});

test('bad answers are refused with the expected values', async () => {
  await assert.rejects(runInit({ yaml: '', lang: 'en', answers: { 'regime.framework': 'gpdr' } }), /not one of gdpr, law-enforcement-directive, national-defence/);
  await assert.rejects(runInit({ yaml: '', lang: 'en', answers: { 'retention.raw.period': '6 months' } }), /ISO 8601/);
  await assert.rejects(runInit({ yaml: '', lang: 'en', answers: { 'purpse.description': 'x' } }), /unknown key "purpse.description"/);
  const bool = QUESTIONS.find((q) => q.kind === 'bool')!;
  assert.throws(() => coerceAnswer(bool, 'maybe'), /yes or no/);
  assert.equal(coerceAnswer(bool, ''), undefined, 'an empty answer keeps the current value');
});

test('the interactive engine asks per source, re-asks on a bad answer and keeps values on empty answers', async () => {
  const asked: string[] = [];
  const told: string[] = [];
  const script = new Map<string, string[]>([['regime.framework', ['9', 'gdpr']], ['lawfulness.sources.tickets.basis', ['legitimate-interest']], ['project.name', ['']]]);
  const prompter: Prompter = {
    async ask(q, path, _s, current) { asked.push(`${path}=${String(current ?? '')}`); return script.get(path)?.shift(); },
    tell(m) { told.push(m); },
  };
  const r = await runInit({ yaml: 'project: { name: old }\nsources: [{ id: tickets, path: t.jsonl }]\n', lang: 'en', prompter });
  const c = parse(r.yaml);
  assert.equal(c.project.name, 'old');
  assert.equal(c.regime.framework, 'gdpr');
  assert.equal(c.lawfulness.sources.tickets.basis, 'legitimate-interest');
  assert.equal(told.length, 1);
  assert.ok(asked.includes('project.name=old'));
  assert.equal(asked.filter((a) => a.startsWith('regime.framework')).length, 2);
  assert.ok(asked.some((a) => a.startsWith('lawfulness.legitimateInterest.interest')), 'legitimate-interest questions follow the choice');
  assert.ok(!asked.some((a) => a.startsWith('purpose.research')), 'research questions are skipped for other cases');
});

test('--dir scaffolds one source per file or folder with a default pipeline', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamis-init-'));
  try {
    writeFileSync(join(dir, 'Tickets 2024.jsonl.gz'), '');
    writeFileSync(join(dir, 'faq.csv'), '');
    writeFileSync(join(dir, 'notes.xyz'), '');
    mkdirSync(join(dir, 'forum'));
    writeFileSync(join(dir, 'forum', 'a.warc.gz'), '');
    writeFileSync(join(dir, 'forum', 'b.warc.gz'), '');
    const s = await scaffold(join(dir), dir);
    assert.deepEqual(s.sources, [
      { id: 'tickets-2024', path: 'Tickets 2024.jsonl.gz', format: 'jsonl', collection: 'direct' },
      { id: 'faq', path: 'faq.csv', format: 'csv', collection: 'direct' },
      { id: 'forum', path: 'forum/*.warc.gz', format: 'warc', collection: 'scraped' },
    ]);
    assert.deepEqual(s.skipped, ['notes.xyz']);
    assert.deepEqual(s.pipeline.map((x) => Object.keys(x)[0]), ['detect', 'drop-sensitive', 'pseudonymise', 'dedup']);
    assert.equal(sourceId('Données été.parquet'), 'donnees-ete');
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('with no source known, init asks for source ids and then asks each source its legal basis', async () => {
  const answersByPath = new Map<string, string>([['lawfulness.sourceIds', 'tickets; forum'], ['lawfulness.sources.forum.collection', 'scraped'], ['lawfulness.sources.forum.basis', 'legitimate-interest']]);
  const asked: string[] = [];
  const prompter: Prompter = { async ask(_q, path) { asked.push(path); return answersByPath.get(path); }, tell() {} };
  const c = parse((await runInit({ yaml: '', lang: 'en', prompter })).yaml);
  assert.deepEqual(Object.keys(c.lawfulness.sources), ['tickets', 'forum']);
  assert.equal(c.lawfulness.sources.forum.basis, 'legitimate-interest');
  assert.ok(asked.includes('lawfulness.sources.tickets.basis'));
  assert.ok(asked.includes('lawfulness.sources.forum.scraping.criteria'), 'scraping questions follow the collection mode');
  assert.ok(!asked.includes('lawfulness.sources.tickets.scraping.criteria'));
});

test('a short form in the way of an answer is expanded', async () => {
  const r = await runInit({ yaml: 'retention:\n  raw: P6M\n', lang: 'en', answers: { 'retention.raw.period': 'P1Y', 'retention.raw.justification': 'why' } });
  assert.deepEqual(parse(r.yaml).retention.raw, { period: 'P1Y', justification: 'why' });
});

test('a collection answer goes to the pipeline source when it is declared there', async () => {
  const r = await runInit({ yaml: 'sources:\n  - { id: faq, path: faq.csv, collection: direct }\n', lang: 'en', answers: { 'lawfulness.sources.faq.collection': 'reused', 'lawfulness.sources.faq.basis': 'consent' } });
  const c = parse(r.yaml);
  assert.equal(c.sources[0].collection, 'reused');
  assert.deepEqual(c.lawfulness.sources.faq, { basis: 'consent' });
});

test('the --dir scaffold is a pipeline part the build accepts', async () => {
  const { buildConfigSchema } = await import('../pipeline/schema.js');
  const dir = mkdtempSync(join(tmpdir(), 'tamis-init-'));
  try {
    for (const f of ['a.jsonl', 'b.csv', 'c.parquet', 'd.txt', 'e.html', 'f.warc.gz', 'g.json']) writeFileSync(join(dir, f), '');
    const s = await scaffold(dir, dir);
    const r = buildConfigSchema.safeParse({ sources: s.sources, pipeline: s.pipeline, output: s.output });
    assert.ok(r.success, JSON.stringify(!r.success && r.error.issues));
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
