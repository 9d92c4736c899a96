/**
 * Sensitive categories (GDPR Art. 9/10), scored per document as in the held-out evaluation: per category and for
 * "any category present", precision/recall on the dev set (fr, en, both) and on our own synthetic evaluation set
 * (bench/data/sensitive-eval.jsonl, written before the detector and not tuned on). Then per-core speed of the
 * detector alone and of the full engine on a few MB of text.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SENSITIVE_CATEGORIES } from '../src/core/types.js';
import { createEngine } from '../src/detect/index.js';
import { LexiconSensitiveDetector } from '../src/detect/sensitive/index.js';
import { loadDevSet } from './lib/devset.js';
import { formatTable, type Counts } from './lib/score.js';
import { sharedDataDir } from './lib/shared.js';

interface LabelledDoc { id: string; lang: string; text: string; sensitive: string[] }

const here = dirname(fileURLToPath(import.meta.url));

function count(into: Map<string, Counts>, key: string, gold: boolean, pred: boolean): void {
  const c = into.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  if (gold && pred) c.tp++;
  else if (pred) c.fp++;
  else if (gold) c.fn++;
  into.set(key, c);
}

/** Document-level scoring: each category present/absent, plus ANY (at least one category). */
export function evaluate(docs: readonly LabelledDoc[], verbose = false): Map<string, Counts> {
  const engine = createEngine();
  const counts = new Map<string, Counts>();
  for (const cat of SENSITIVE_CATEGORIES) counts.set(cat, { tp: 0, fp: 0, fn: 0 });
  for (const d of docs) {
    const a = engine.analyze(d.text, { lang: d.lang === 'fr' || d.lang === 'en' ? d.lang : 'auto' });
    const pred = new Set<string>(a.sensitive.map((s) => s.category));
    const gold = new Set(d.sensitive);
    for (const cat of SENSITIVE_CATEGORIES) count(counts, cat, gold.has(cat), pred.has(cat));
    count(counts, 'ANY', gold.size > 0, pred.size > 0);
    if (verbose) {
      const fp = [...pred].filter((c) => !gold.has(c));
      const fn = [...gold].filter((c) => !pred.has(c));
      if (fp.length || fn.length) console.log(`  ${d.id}: fp=[${fp.join(',')}] fn=[${fn.join(',')}]`);
    }
  }
  return counts;
}

function loadEvalSet(): LabelledDoc[] {
  return readFileSync(join(here, 'data', 'sensitive-eval.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledDoc);
}

/**
 * MB/s of one core in steady state: CPU time of this process (so that other load on the machine does not skew the
 * figure), measured over the last three quarters of the texts after an untimed pass over the first quarter (JIT
 * warm-up: the first few MB run at about half speed).
 */
function speed(texts: readonly string[], fn: (t: string) => void): number {
  const cut = Math.floor(texts.length / 4);
  for (const t of texts.slice(0, cut)) fn(t);
  const timed = texts.slice(cut);
  let bytes = 0;
  for (const t of timed) bytes += Buffer.byteLength(t, 'utf8');
  const c0 = process.cpuUsage();
  for (const t of timed) fn(t);
  const c = process.cpuUsage(c0);
  return bytes / 1e6 / ((c.user + c.system) / 1e6);
}

function naturalText(dir: string): string[] {
  const docs: string[] = [];
  const read = (f: string) => {
    let words: string[] = [];
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      const tok = line.split(/[\t ]/)[0];
      if (tok) words.push(tok);
      if (words.length >= 350) { docs.push(words.join(' ')); words = []; }
    }
  };
  read(join(dir, 'ner-europeana-fr', 'enp_FR.bnf.bio'));
  read(join(dir, 'ner-wikigold-en', 'wikigold.conll.txt'));
  return docs;
}

function repeatTo(base: readonly string[], bytes: number): { texts: string[]; size: number } {
  const texts: string[] = [];
  let size = 0;
  while (size < bytes) for (const t of base) { texts.push(t); size += t.length; }
  return { texts, size };
}

export async function run(): Promise<void> {
  const verbose = process.env.TAMIS_BENCH_VERBOSE === '1';
  const dev: LabelledDoc[] = [];
  if (sharedDataDir()) {
    for (const lang of ['fr', 'en'] as const) {
      const docs = loadDevSet(lang);
      dev.push(...docs);
      console.log(`\nDev set ${lang} (${docs.length} docs), document level:`);
      console.log(formatTable(evaluate(docs, verbose)));
    }
    console.log(`\nDev set fr+en (${dev.length} docs), document level:`);
    console.log(formatTable(evaluate(dev)));
  } else {
    console.log('shared/data not found: dev-set evaluation skipped');
  }

  const own = loadEvalSet();
  console.log(`\nOwn synthetic evaluation set (${own.length} docs, written before tuning), document level:`);
  console.log(formatTable(evaluate(own, verbose)));

  // Speed: (1) the dev and eval texts repeated to a few MB: cue-dense, the worst case for attribution;
  // (2) natural newspaper/encyclopaedia text, where most sentences have no cue.
  const det = new LexiconSensitiveDetector();
  const engine = createEngine();
  const idOnly = createEngine({ identifiersOnly: true });
  const sets: [string, string[]][] = [['dev+eval documents (cue-dense)', [...dev.map((d) => d.text), ...own.map((d) => d.text)]]];
  const shared = sharedDataDir();
  if (shared) sets.push(['natural text (Europeana fr + wikigold en)', naturalText(shared)]);
  console.log('\nSpeed, MB/s of one core (CPU time, steady state: timed on the last three quarters after an untimed first quarter):');
  for (const [name, base] of sets) {
    const { texts, size } = repeatTo(base, 4e6);
    const detOnly = speed(texts, (t) => det.analyze(t, 'other', []));
    const full = speed(texts, (t) => engine.analyze(t));
    const ids = speed(texts, (t) => idOnly.analyze(t));
    console.log(`  ${name}, ${(size / 1e6).toFixed(1)} MB (${((size * 3) / 4e6).toFixed(1)} timed): sensitive detector alone ${detOnly.toFixed(1)}; ` +
      `full engine ${full.toFixed(1)} (target >= 5; identifier-only engine ${ids.toFixed(1)})`);
  }
  console.log(`Peak RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
}
