import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTamisConfig } from '../register/index.js';
import { humanDuration } from './common.js';
import { DOCUMENTS, generateDocuments, loadBuild, sectionIds, toHtml, toMarkdown, writeDocuments } from './index.js';

const FIXTURE = 'src/docs/fixtures/build';
const config = () => loadTamisConfig('examples/register.tamis.yaml').config;

test('each document has every required section, in French and in English', () => {
  for (const build of [undefined, loadBuild(FIXTURE)]) {
    const fr = generateDocuments(config(), { lang: 'fr', ...(build ? { build } : {}) });
    const en = generateDocuments(config(), { lang: 'en', ...(build ? { build } : {}) });
    for (const spec of DOCUMENTS) {
      const f = fr.find((d) => d.id === spec.id)!;
      const e = en.find((d) => d.id === spec.id)!;
      for (const doc of [f, e]) {
        const ids = sectionIds(doc);
        for (const s of spec.sections) assert.ok(ids.includes(s), `${doc.id}.${doc.lang} lacks section ${s}`);
        const html = toHtml(doc);
        for (const s of spec.sections) assert.ok(html.includes(`<section id="${s}">`), `${doc.id}.${doc.lang} html lacks ${s}`);
        assert.ok(html.includes(`<html lang="${doc.lang}">`));
      }
      assert.notEqual(f.title, e.title, `${spec.id} title not translated`);
      // Every section heading is translated and present in the Markdown.
      const titles = (d: typeof f) => { const out: string[] = []; const walk = (ss: typeof d.sections) => ss.forEach((s) => { out.push(s.title); walk(s.sections ?? []); }); walk(d.sections); return out; };
      const tf = titles(f);
      const te = titles(e);
      assert.equal(tf.length, te.length);
      // Some words are the same in both languages (Motivation, Composition), most are not.
      assert.ok(tf.filter((t, k) => t !== te[k]).length >= tf.length / 2, `${spec.id}: headings not translated`);
      const md = toMarkdown(f);
      for (const t of tf) assert.ok(md.includes(`# ${t}`), `${spec.id}.fr markdown lacks heading ${t}`);
    }
  }
});

test('the figures in the documents equal the build manifest and statistics', () => {
  const build = loadBuild(FIXTURE);
  const { manifest: m, stats } = build;
  assert.equal(m.version, 'v1', 'the most recent build version is used');
  const docs = generateDocuments(config(), { lang: 'en', build });
  const md = (id: string) => toMarkdown(docs.find((d) => d.id === id)!);
  const sheet = md('dataset-sheet');
  assert.ok(sheet.includes(`| **Records read** | ${m.totals.read} |`));
  assert.ok(sheet.includes(`| **Records written** | ${m.totals.written} |`));
  assert.ok(sheet.includes(`| **Records excluded** | ${m.totals.excluded} |`));
  assert.ok(sheet.includes(`| **Records in error** | ${m.totals.errored} |`));
  assert.ok(sheet.includes('| **Collection period** | 2019-01-01 — 2024-12-20 |'));
  assert.ok(sheet.includes(`fr: ${stats!.languages.fr}, en: ${stats!.languages.en}`));
  for (const s of m.sources) {
    const c = s.counts;
    assert.ok(sheet.includes(`| ${s.id} |`) && sheet.includes(`| ${c.read} | ${c.written} | ${c.excluded} | ${c.errored} |`), `source ${s.id}`);
  }
  for (const [t, v] of Object.entries(stats!.pii)) assert.ok(sheet.includes(`| ${t} | ${v.documents} | ${v.spans} |`), t);
  for (const [reason, n] of Object.entries(stats!.exclusionsByReason)) assert.ok(sheet.includes(`| ${reason} | ${n} |`), reason);
  for (const [d, n] of Object.entries(stats!.domains)) assert.ok(sheet.includes(`| ${d} | ${n} |`), d);
  assert.ok(sheet.includes('dpia.shared: Internal model'), 'justifications recorded by the build appear');
  const summary = md('ai-act-summary');
  assert.ok(summary.includes('Top crawled domains (10% of 4 domains, by volume)'));
  assert.ok(summary.includes('| community.acme.example | 2371 |'));
  assert.ok(!summary.includes('| help.acme.example | 188 |'), 'only the top 10% of domains are listed');
  assert.ok(summary.includes(`| forum | https://community.acme.example | forum terms of use | 2021-06-01/2024-11-30 | 2604 |`));
  const dpia = md('dpia');
  assert.ok(dpia.includes(`| HEALTH | 344 | 291 | 61 |`));
  // Risk map: the row of a severity lists the risks at each likelihood.
  assert.ok(dpia.includes('| **significant** | breach of data confidentiality | memorisation and regurgitation of data, automation bias |  |  |'));
});

test('without a build, the documents say what is not measured instead of inventing figures', () => {
  const md = toMarkdown(generateDocuments(config(), { lang: 'fr' }).find((d) => d.id === 'dataset-sheet')!);
  assert.match(md, /Non mesuré : lancez `tamis build`/);
  assert.ok(!/\| \*\*Enregistrements lus\*\* \| \d/.test(md));
});

test('HTML is self-contained and escapes register text', () => {
  const c = config();
  c.project!.name = '<script>alert(1)</script>';
  for (const d of generateDocuments(c, { lang: 'en' })) {
    const html = toHtml(d);
    assert.ok(!/<script|<link|src="http/.test(html), d.id);
    assert.ok(html.includes('&lt;script&gt;'));
    assert.ok(html.includes('@media print'));
  }
});

test('writeDocuments writes Markdown and HTML per document and language; a bad build folder is reported', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamis-docs-'));
  try {
    const files = writeDocuments(dir, [...generateDocuments(config(), { lang: 'fr' }), ...generateDocuments(config(), { lang: 'en' })]);
    assert.equal(files.length, DOCUMENTS.length * 2 * 2 + 1);
    assert.match(readFileSync(join(dir, 'index.html'), 'utf8'), /href="dpia\.fr\.html"/);
    assert.match(readFileSync(join(dir, 'information-notice.fr.md'), 'utf8'), /# Notice d’information/);
    assert.throws(() => loadBuild(dir), /no manifest\.json/);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('the DPIA action plan flags where the build contradicts the register', () => {
  const build = loadBuild(FIXTURE);
  const c = config();
  c.lawfulness!.sensitiveData = { present: false };
  const md = toMarkdown(generateDocuments(c, { lang: 'en', build }).find((d) => d.id === 'dpia')!);
  assert.match(md, /The build found sensitive data \(HEALTH, RELIGION\) although the register does not expect any/);
  assert.match(md, /Build sources with no legal basis in the register: stackexchange/);
});

test('durations are written in words', () => {
  assert.equal(humanDuration('P1Y6M', 'en'), '1 year 6 months');
  assert.equal(humanDuration('P3Y', 'fr'), '3 ans');
  assert.equal(humanDuration('P30D', 'fr'), '30 jours');
  assert.equal(humanDuration('soon', 'en'), 'soon');
  const md = toMarkdown(generateDocuments(config(), { lang: 'fr' }).find((d) => d.id === 'information-notice')!);
  assert.ok(md.includes('| **Données brutes** | 6 mois |'));
});

test('the AI Act summary sorts sources by kind', () => {
  const c = config();
  c.lawfulness!.sources!.licensed = { collection: 'reused', basis: 'legitimate-interest', reuse: { ownData: false, publiclyAvailable: false, origin: 'Data vendor X' } };
  c.lawfulness!.sources!.open = { collection: 'reused', basis: 'legitimate-interest', reuse: { ownData: false, origin: 'Open dump' } };
  const doc = generateDocuments(c, { lang: 'en' }).find((d) => d.id === 'ai-act-summary')!;
  const sec = (id: string) => toMarkdown({ ...doc, sections: doc.sections.flatMap((s) => s.sections ?? []).filter((s) => s.id === id) });
  assert.match(sec('private-datasets'), /\| licensed \| Data vendor X \|/);
  assert.match(sec('public-datasets'), /\| open \| Open dump \|/);
  assert.match(sec('user-data'), /\| tickets \|/);
  assert.match(sec('crawled-data'), /\| forum \|/);
});
