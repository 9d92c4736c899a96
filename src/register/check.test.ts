import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYamlFile, parseYamlString, validateConfig } from '../config/load.js';
import { checkRegister } from './check.js';
import { loadTamisConfig } from './load.js';
import { isGenericPurpose } from './rules/purpose.js';
import { RULES } from './rules/index.js';
import { tamisConfigSchema, type TamisConfig } from './schema.js';

const EXAMPLE = 'examples/register.tamis.yaml';
const example = (): TamisConfig => structuredClone(loadTamisConfig(EXAMPLE).config);
const failing = (c: unknown, lang: 'fr' | 'en' = 'en') => checkRegister(c, { lang }).findings.filter((f) => f.status === 'fail');
const find = (c: unknown, id: string, lang: 'fr' | 'en' = 'en') => failing(c, lang).find((f) => f.rule === id);

test('the example register passes with no error nor warning', () => {
  const r = checkRegister(example());
  assert.equal(r.ok, true);
  assert.equal(r.counts.errors, 0);
  assert.equal(r.counts.warnings, 0);
  assert.ok(r.counts.passed > 50, `only ${r.counts.passed} rules met`);
});

test('a register without a purpose fails with the purpose message, in both languages', () => {
  const c = example();
  delete c.purpose;
  const r = checkRegister(c);
  assert.equal(r.ok, false);
  const en = find(c, 'purpose.explicit');
  assert.ok(en);
  assert.equal(en.severity, 'error');
  assert.equal(en.sheet, 2);
  assert.match(en.message, /No purpose is defined/);
  assert.match(en.link, /^https:\/\/www\.cnil\.fr\/en\/defining-purpose$/);
  assert.match(find(c, 'purpose.explicit', 'fr')!.message, /Aucune finalité n’est définie/);
});

test('a register without a legal basis fails, naming the sources without one', () => {
  const c = example();
  delete c.lawfulness!.sources!.forum!.basis;
  const f = find(c, 'lawfulness.basis');
  assert.ok(f);
  assert.deepEqual(f.subjects, ['forum']);
  assert.match(f.message, /No legal basis is defined/);
  delete c.lawfulness!.sources;
  assert.ok(find(c, 'lawfulness.basis'));
  assert.equal(checkRegister(c).ok, false);
});

test('a register without a retention period fails, naming the stage', () => {
  const c = example();
  delete c.retention!.dataset!.period;
  const f = find(c, 'retention.defined');
  assert.ok(f);
  assert.deepEqual(f.subjects, ['dataset']);
  assert.match(f.message, /retention period must be defined/);
  assert.match(find(c, 'retention.defined', 'fr')!.message, /durée de conservation/);
});

test('"developing a generative model" alone is rejected as a purpose', () => {
  for (const s of ['Developing a generative AI model', 'Développer un modèle d’IA générative', 'train an LLM', 'Entraîner un grand modèle de langage']) {
    assert.equal(isGenericPurpose(s), true, s);
  }
  for (const s of ['Assistant drafting answers to customer-support tickets', 'Détecter les défauts sur des photos de soudures']) {
    assert.equal(isGenericPurpose(s), false, s);
  }
  const c = example();
  c.purpose!.description = 'Developing a generative model';
  assert.ok(find(c, 'purpose.not-generic'));
});

test('general-purpose systems need a type and capabilities; excluded uses are a good practice', () => {
  const c = example();
  c.purpose = { description: 'Foundation model for French administrative text', kind: 'general-purpose' };
  const ids = failing(c).map((f) => f.rule);
  assert.ok(ids.includes('purpose.gp-system-type'));
  assert.ok(ids.includes('purpose.gp-capabilities'));
  assert.equal(failing(c).find((f) => f.rule === 'purpose.gp-excluded-uses')?.severity, 'note');
});

test('a justified obligation no longer fails but is listed', () => {
  const c = example();
  delete c.retention!.security;
  assert.equal(checkRegister(c).ok, false);
  c.justifications = { 'retention.security': 'Security policy ISSP-12 applies; documented there.', 'no.such-rule': 'x' };
  const r = checkRegister(c);
  assert.equal(r.ok, true);
  assert.deepEqual(r.justifications, [{ rule: 'retention.security', justification: 'Security policy ISSP-12 applies; documented there.' }]);
  assert.equal(r.findings.find((f) => f.rule === 'retention.security')?.status, 'justified');
  assert.deepEqual(r.unknownJustifications, ['no.such-rule']);
});

test('two DPIA criteria require a done DPIA; one criterion does not', () => {
  const c = example();
  c.dpia!.status = 'planned';
  assert.ok(find(c, 'dpia.required'));
  c.dpia = { criteria: ['large-scale'], cnilList: false, aiActHighRisk: false, status: 'not-required' };
  assert.equal(find(c, 'dpia.required'), undefined);
  assert.ok(find(c, 'dpia.not-required-reason'));
  c.dpia.aiActHighRisk = true;
  assert.ok(find(c, 'dpia.required'), 'a high-risk system under the AI Act needs a DPIA');
});

test('collection-mode checks apply per source', () => {
  const c = example();
  delete c.lawfulness!.sources!.forum!.scraping!.criteria;
  c.lawfulness!.sources!.dump = { collection: 'reused', basis: 'legitimate-interest', reuse: { ownData: false, notManifestlyUnlawful: false, origin: 'x', licence: 'CC0', documentation: 'read' } };
  c.lawfulness!.sources!.crm = { collection: 'reused', basis: 'legitimate-interest', reuse: { ownData: true, compatibility: { link: 'a', context: 'b', nature: 'c', consequences: 'd' } } };
  assert.deepEqual(find(c, 'scraping.criteria')?.subjects, ['forum']);
  assert.deepEqual(find(c, 'reuse.lawful-source')?.subjects, ['dump']);
  assert.deepEqual(find(c, 'reuse.court-decision')?.subjects, ['dump']);
  assert.deepEqual(find(c, 'reuse.compatibility')?.subjects, ['crm'], 'own data reused needs the compatibility test');
  c.lawfulness!.sources!.crm!.basis = 'consent';
  c.lawfulness!.sources!.crm!.consentMechanism = 'opt-in box';
  assert.equal(find(c, 'reuse.compatibility'), undefined, 'not with consent');
});

test('the collection mode of the pipeline source is used, and a different one in the register is flagged', () => {
  const c = example();
  delete c.lawfulness!.sources!.emails!.collection;
  assert.ok(find(c, 'lawfulness.collection-mode'));
  c.sources = [{ id: 'tickets', path: 'a', collection: 'direct' }, { id: 'emails', path: 'b', collection: 'direct' }, { id: 'forum', path: 'c', collection: 'direct' }, { id: 'web', path: 'd', collection: 'scraped' }];
  assert.equal(find(c, 'lawfulness.collection-mode'), undefined);
  assert.deepEqual(find(c, 'lawfulness.collection-mismatch')?.subjects, ['forum']);
});

test('sensitive data: the manifestly-public exception needs its analysis; audit copies need all safeguards', () => {
  const c = example();
  c.lawfulness!.sensitiveData = { present: true, sought: true, exception: 'manifestly-made-public' };
  assert.ok(find(c, 'sensitive.manifestly-public'));
  c.retention!.audit!.encrypted = false;
  assert.deepEqual(find(c, 'retention.audit-safeguards')?.subjects, ['encrypted']);
});

test('sources declared in the pipeline must each have a legal basis', () => {
  const c = example();
  c.sources = ['tickets', 'emails', 'forum', 'web', 'crm'].map((id) => ({ id, path: `${id}.jsonl`, collection: 'direct' }));
  assert.deepEqual(find(c, 'lawfulness.basis')?.subjects, ['crm']);
  delete c.information!.direct;
  assert.ok(find(c, 'information.direct'), 'a direct source needs Art. 13 information');
});

test('every rule is complete data: unique id, sheet, both languages, a cnil.fr link', () => {
  const ids = new Set<string>();
  for (const r of RULES) {
    assert.ok(!ids.has(r.id), `duplicate ${r.id}`);
    ids.add(r.id);
    assert.ok(r.sheet >= 1 && r.sheet <= 9, r.id);
    for (const t of [r.title, r.message, r.fix]) { assert.ok(t.fr.length > 5 && t.en.length > 5, r.id); assert.notEqual(t.fr, t.en, r.id); }
    for (const s of r.sources) assert.match(s, /^https:\/\/(www\.)?cnil\.fr\//, r.id);
  }
  for (const sheet of [1, 2, 3, 4, 5, 6, 7, 8, 9]) assert.ok(RULES.some((r) => r.sheet === sheet), `sheet ${sheet}`);
  for (const level of ['obligation', 'recommendation', 'good-practice']) assert.ok(RULES.some((r) => r.level === level));
});

test('an empty register fails every top-level obligation and never throws', () => {
  const r = checkRegister({});
  assert.equal(r.ok, false);
  for (const id of ['regime.framework', 'purpose.explicit', 'roles.controller', 'lawfulness.basis', 'dpia.criteria', 'design.minimisation', 'retention.defined', 'rights.contact']) {
    assert.ok(r.findings.some((f) => f.rule === id), id);
  }
});

test('a typo in a register key is reported at its line and column', () => {
  const y = parseYamlString('project:\n  name: x\npurpose:\n  descripton: y\n', 'tamis.yaml');
  assert.throws(() => validateConfig(y, tamisConfigSchema), (e: Error) => e.message.includes('tamis.yaml:3:') && e.message.includes('descripton'));
  const z = parseYamlString('retention:\n  raw:\n    period: 6 months\n', 'tamis.yaml');
  assert.throws(() => validateConfig(z, tamisConfigSchema), /tamis\.yaml:3:\d+\s+retention\.raw\.period: must be an ISO 8601 duration/);
});

test('open release brings the open-source good practices into play', () => {
  const c = example();
  assert.equal(checkRegister(c).findings.some((f) => f.rule.startsWith('release.')), false, 'internal use: not applicable');
  c.purpose!.release = { modes: ['open-weights'] };
  const ids = failing(c).filter((f) => f.rule.startsWith('release.')).map((f) => f.rule).sort();
  assert.deepEqual(ids, ['release.documentation', 'release.licence', 'release.red-teaming', 'release.regurgitation-tests', 'release.update-channel']);
  assert.ok(failing(c).every((f) => !f.rule.startsWith('release.') || f.severity === 'note'));
});

test('the short forms of DESIGN.md are accepted: `raw: P6M`, `dpo: e-mail`', () => {
  const c = tamisConfigSchema.parse({ retention: { raw: 'P6M', dataset: { period: 'P3Y' } }, project: { controller: { dpo: 'dpo@acme.example' } } });
  assert.equal(c.retention?.raw?.period, 'P6M');
  assert.equal(c.project?.controller?.dpo?.email, 'dpo@acme.example');
  assert.equal(find(c, 'retention.defined'), undefined);
});

test('retention cannot be justified in advance by a possible dispute', () => {
  const c = example();
  c.retention!.audit!.justification = 'Kept in case of litigation with a customer.';
  assert.deepEqual(find(c, 'retention.no-litigation')?.subjects, ['audit']);
  c.retention!.audit!.justification = 'Au cas où un contentieux surviendrait.';
  assert.ok(find(c, 'retention.no-litigation', 'fr'));
});

test('the link is in the reader’s language when the rule cites both pages', () => {
  const c = example();
  c.dpia!.status = 'planned';
  assert.equal(find(c, 'dpia.required', 'fr')?.link, 'https://cnil.fr/fr/realiser-une-analyse-dimpact-si-necessaire');
  assert.equal(find(c, 'dpia.required', 'en')?.link, 'https://cnil.fr/en/node/164405');
});

test('the example register merged with the example pipeline part passes check and the build schema', async () => {
  const { buildConfigSchema } = await import('../pipeline/schema.js');
  const pipelinePart = parseYamlFile('examples/tamis.yaml').data as Record<string, unknown>;
  const merged = { ...example(), sources: pipelinePart.sources, pipeline: pipelinePart.pipeline, output: pipelinePart.output };
  const r = checkRegister(merged);
  assert.equal(r.ok, true, JSON.stringify(r.findings.filter((f) => f.status === 'fail')));
  assert.equal(r.counts.warnings, 0, JSON.stringify(r.findings.filter((f) => f.severity === 'warning')));
  assert.ok(buildConfigSchema.safeParse(merged).success);
});
