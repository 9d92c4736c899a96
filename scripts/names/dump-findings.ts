/**
 * Developer aid for speed work: the full engine's output (entities with type, offsets, score, recognizer; language;
 * sensitive findings) on the dev set, presidio-synth and the speed benches' natural prose, one JSON line per
 * document, to diff before and after a change that must not change results.
 *   node --import tsx scripts/names/dump-findings.ts > before.jsonl
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDevSet } from '../../bench/lib/devset.js';
import { requireSharedData } from '../../bench/lib/shared.js';
import { createEngine } from '../../src/detect/index.js';

const data = requireSharedData();
const docs: string[] = [...loadDevSet('fr'), ...loadDevSet('en')].map((d) => d.text);
for (const r of JSON.parse(readFileSync(join(data, 'presidio-synth/synth_dataset_v2.json'), 'utf8')) as Array<{ full_text: string }>) docs.push(r.full_text);
const litDir = join(data, 'ner-litbank-fr/entities');
for (const f of readdirSync(litDir).filter((x) => x.endsWith('.txt')).sort()) {
  const t = readFileSync(join(litDir, f), 'utf8');
  for (let i = 0; i < t.length; i += 2000) docs.push(t.slice(i, i + 2000));
}
const legDir = join(data, 'ner-multileg-en/train');
for (const f of readdirSync(legDir).sort()) {
  const lines = readFileSync(join(legDir, f), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
  for (let i = 0; i < lines.length; i += 10) docs.push(lines.slice(i, i + 10).join('\n'));
}
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
