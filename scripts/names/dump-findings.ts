/**
 * Developer aid for speed work: the full engine's output (entities with type, offsets, score, recognizer; language;
 * sensitive findings) on the dev set, presidio-synth and the speed benches' natural prose, one JSON line per
 * document, to diff before and after a change that must not change results.
 *   node --import tsx scripts/names/dump-findings.ts > before.jsonl
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDevSet } from '../../bench/lib/devset.js';
import { requireSharedData } from '../../bench/lib/shared.js';
import { loadNamesProse } from '../../bench/lib/prose.js';
import { createEngine } from '../../src/detect/index.js';

const data = requireSharedData();
const docs: string[] = [...loadDevSet('fr'), ...loadDevSet('en')].map((d) => d.text);
for (const r of JSON.parse(readFileSync(join(data, 'presidio-synth/synth_dataset_v2.json'), 'utf8')) as Array<{ full_text: string }>) docs.push(r.full_text);
for (const t of loadNamesProse(data)) docs.push(t);
for (const [sub, file] of [['ner-europeana-fr', 'enp_FR.bnf.bio'], ['ner-wikigold-en', 'wikigold.conll.txt']] as const) {
  let words: string[] = [];
  for (const line of readFileSync(join(data, sub, file), 'utf8').split('\n')) {
    const tok = line.split(/[\t ]/)[0];
    if (tok) words.push(tok);
    if (words.length >= 350) { docs.push(words.join(' ')); words = []; }
  }
}
// The default engine, and one with threshold 0 (weak findings too, so that a score change shows).
const engine = createEngine();
const all = createEngine({ threshold: 0 });
const out: string[] = [];
for (const [n, t] of docs.entries()) {
  const a = engine.analyze(t);
  const z = all.findEntities(t, a.lang);
  out.push(JSON.stringify({ n, lang: a.lang, e: a.entities.map((f) => [f.type, f.start, f.end, f.score, f.recognizer]), s: a.sensitive, z: z.map((f) => [f.type, f.start, f.end, f.score, f.recognizer]) }));
}
process.stdout.write(out.join('\n') + '\n');
