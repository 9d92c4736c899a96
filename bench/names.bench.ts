/**
 * PERSON / LOCATION quality and speed of the name recognizer.
 *  - dev-labelled fr/en (the held-out evaluation's format and scoring: span overlap, plus strict IoU >= 0.5);
 *  - Presidio's synthetic set (PERSON; Presidio's own stock English setup scores P 0.57 / R 0.65 there, per issue 3);
 *  - WikiNEuRal fr test, WikiANN fr/en test: PER and LOC (evaluation only, never used for training);
 *  - speed of full detection beside identifier-only detection (MB/s on one core), and peak memory.
 * `TAMIS_BENCH_QUICK=1` limits the silver sets to their first 2,000 sentences.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../src/detect/index.js';
import { NameRecognizer } from '../src/detect/names/recognizer.js';
import { Engine } from '../src/detect/engine.js';
import { loadDevSet } from './lib/devset.js';
import { loadNamesProse } from './lib/prose.js';
import { formatTable, scoreDoc, type Counts, type Span } from './lib/score.js';
import { sharedDataDir } from './lib/shared.js';

const MAP: Record<string, string> = { PERSON: 'PERSON', LOCATION: 'LOCATION' };

interface Doc { text: string; gold: Span[]; lang: 'fr' | 'en' }

function evaluate(engine: Engine, docs: readonly Doc[], types: readonly string[], langAuto = true): { loose: Map<string, Counts>; strict: Map<string, Counts> } {
  const loose = new Map<string, Counts>();
  const strict = new Map<string, Counts>();
  for (const d of docs) {
    const pred = engine.analyze(d.text, { lang: langAuto ? 'auto' : d.lang, sensitive: false }).entities
      .filter((f) => types.includes(f.type)).map((f) => ({ type: MAP[f.type] ?? f.type, start: f.start, end: f.end }));
    const gold = d.gold.filter((g) => types.includes(g.type));
    scoreDoc(gold, pred, loose);
    scoreDoc(gold, pred, strict, true);
  }
  return { loose, strict };
}

function report(title: string, r: { loose: Map<string, Counts>; strict: Map<string, Counts> }, types: readonly string[]): void {
  console.log(`\n${title} — span overlap`);
  console.log(formatTable(r.loose, types));
  console.log(`${title} — strict (IoU >= 0.5)`);
  console.log(formatTable(r.strict, types));
}

/** CoNLL-like token files: sentences become documents (tokens joined by spaces), IOB2 tags to spans. */
function readTokenFile(file: string, lang: 'fr' | 'en', parse: (line: string) => [string, string] | null, limit: number): Doc[] {
  const docs: Doc[] = [];
  let text = '';
  let gold: Span[] = [];
  let cur: Span | null = null;
  const flush = () => {
    if (cur) gold.push(cur);
    cur = null;
    if (text) docs.push({ text, gold, lang });
    text = ''; gold = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (docs.length >= limit) break;
    const p = line.trim() ? parse(line) : null;
    if (!p) { flush(); continue; }
    const [tok, tag] = p;
    if (text) text += ' ';
    const start = text.length;
    text += tok;
    const type = tag === 'O' ? null : tag.slice(2) === 'PER' ? 'PERSON' : tag.slice(2) === 'LOC' ? 'LOCATION' : 'OTHER';
    if (cur && (!type || tag.startsWith('B-') || cur.type !== type)) { gold.push(cur); cur = null; }
    if (type && !cur) cur = { type, start, end: text.length };
    else if (type && cur) cur.end = text.length;
  }
  flush();
  return docs;
}

export async function run(): Promise<void> {
  const data = sharedDataDir();
  if (!data) { console.log('shared/data not found: skipped'); return; }
  const quick = process.env.TAMIS_BENCH_QUICK === '1';
  const limit = quick ? 2000 : Number.POSITIVE_INFINITY;
  const names = new Engine({ recognizers: [new NameRecognizer()] });

  // The dev set, read once: PERSON here, every labelled type with the full engine below, texts for the speed runs.
  const dev = (['fr', 'en'] as const).map((lang) => ({
    lang, docs: loadDevSet(lang).map((d): Doc => ({ text: d.text, lang, gold: d.spans.map((s) => ({ type: s.type, start: s.start, end: s.end })) })),
  }));
  for (const { lang, docs } of dev) {
    report(`dev-labelled ${lang} (${docs.length} docs)`, evaluate(names, docs, ['PERSON']), ['PERSON']);
  }

  const presidio = JSON.parse(readFileSync(join(data, 'presidio-synth/synth_dataset_v2.json'), 'utf8')) as Array<{ full_text: string; spans: Array<{ entity_type: string; start_position: number; end_position: number }> }>;
  const pdocs: Doc[] = presidio.map((r) => ({ text: r.full_text, lang: 'en', gold: r.spans.filter((s) => s.entity_type === 'PERSON').map((s) => ({ type: 'PERSON', start: s.start_position, end: s.end_position })) }));
  report('presidio-synth (1,500 sentences; Presidio stock en: P 0.57 R 0.65)', evaluate(names, pdocs, ['PERSON'], false), ['PERSON']);

  const wn = readTokenFile(join(data, 'wikineural-fr/test.conllu'), 'fr', (l) => { const c = l.split('\t'); return c.length >= 3 ? [c[1] as string, (c[2] as string).trim()] : null; }, limit);
  report(`WikiNEuRal fr test (${wn.length} sentences, eval only)`, evaluate(names, wn, ['PERSON', 'LOCATION'], false), ['PERSON', 'LOCATION']);
  for (const lang of ['fr', 'en'] as const) {
    const wa = readTokenFile(join(data, `wikiann-${lang}/test`), lang, (l) => { const c = l.split('\t'); return c.length >= 2 ? [(c[0] as string).replace(/^\w\w:/, ''), (c[1] as string).trim()] : null; }, limit);
    report(`WikiANN ${lang} test (${wa.length} sentences, eval only)`, evaluate(names, wa, ['PERSON', 'LOCATION'], false), ['PERSON', 'LOCATION']);
  }

  // All personal data together, as the held-out evaluation pools it: the full default engine (identifiers,
  // names, addresses, dates of birth) on the dev set, every labelled type and ANY.
  for (const { lang, docs } of dev) {
    const types = [...new Set(docs.flatMap((d) => d.gold.map((g) => g.type)))];
    const r = evaluate(createEngine(), docs, types);
    report(`dev-labelled ${lang}, full engine, every labelled type`, r, [...types, 'ANY']);
  }

  // Speed, MB per CPU-second on one thread, in steady state: each engine first runs untimed over the first quarter
  // of the documents (JIT warm-up: the first few MB run at about half speed), then is timed over the other three
  // quarters, each document seen once. Corpora: the name-dense dev texts and Presidio sentences (repeated to ~4 MB:
  // a worst case), and natural prose (French LitBank excerpts and EU judgments, ~2 KB documents, ~1.8 MB).
  const dense = dev.flatMap((x) => x.docs.map((d) => d.text)).concat(presidio.map((r) => r.full_text));
  const prose = loadNamesProse(data);
  const repeat = (sample: string[]): string[] => {
    const docs: string[] = [];
    let bytes = 0;
    while (bytes < 4e6) for (const t of sample) { docs.push(t); bytes += Buffer.byteLength(t); }
    return docs;
  };
  const speed = (docs: readonly string[], fn: (t: string) => unknown): number => {
    const cut = Math.floor(docs.length / 4);
    for (const t of docs.slice(0, cut)) fn(t);
    const timed = docs.slice(cut);
    const bytes = timed.reduce((s, t) => s + Buffer.byteLength(t), 0);
    // CPU time, not wall time: the figure is per core and stays meaningful on a busy machine.
    const c0 = process.cpuUsage();
    for (const t of timed) fn(t);
    const u = process.cpuUsage(c0);
    return bytes / 1e6 / ((u.user + u.system) / 1e6);
  };
  for (const [label, docs] of [['name-dense dev + Presidio texts, repeated', repeat(dense)], ['natural prose (LitBank fr, MultiLeg en)', prose]] as const) {
    const mb = docs.slice(Math.floor(docs.length / 4)).reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6;
    // Fresh engines per corpus, so that no cache carries over from one corpus to the next.
    const fullEngine = createEngine();
    const fullOn = speed(docs, (t) => fullEngine.analyze(t));
    const noSens = createEngine();
    const fullOff = speed(docs, (t) => noSens.analyze(t, { sensitive: false }));
    const ids = createEngine({ identifiersOnly: true });
    const idsOnly = speed(docs, (t) => ids.analyze(t, { sensitive: false }));
    const nm = new Engine({ recognizers: [new NameRecognizer()] });
    const namesOnly = speed(docs, (t) => nm.analyze(t, { sensitive: false }));
    console.log(`\nspeed, ${label}, ${mb.toFixed(1)} MB timed, MB per CPU-second on one thread (steady state):\n` +
      `  full detection (identifiers, names, addresses, dates of birth, sensitive categories, language id) ${fullOn.toFixed(1)} (target >= 5)\n` +
      `  the same without sensitive categories ${fullOff.toFixed(1)}; identifiers only ${idsOnly.toFixed(1)}; name recognizer alone (language id included) ${namesOnly.toFixed(1)}`);
  }
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
