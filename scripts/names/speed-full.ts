/**
 * Developer aid: full-engine speed (createEngine(), sensitive on) in MB per CPU-second, on the names bench's natural
 * prose and name-dense texts repeated to ~4 MB. `node --cpu-prof --import tsx scripts/names/speed-full.ts prose`
 * profiles one corpus ('prose' or 'dense'; both by default).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDevSet } from '../../bench/lib/devset.js';
import { requireSharedData } from '../../bench/lib/shared.js';
import { createEngine } from '../../src/detect/index.js';

const data = requireSharedData();
const dense = [...loadDevSet('fr'), ...loadDevSet('en')].map((d) => d.text)
  .concat((JSON.parse(readFileSync(join(data, 'presidio-synth/synth_dataset_v2.json'), 'utf8')) as Array<{ full_text: string }>).map((r) => r.full_text));
const prose: string[] = [];
const litDir = join(data, 'ner-litbank-fr/entities');
for (const f of readdirSync(litDir).filter((x) => x.endsWith('.txt')).sort()) {
  const t = readFileSync(join(litDir, f), 'utf8');
  for (let i = 0; i < t.length; i += 2000) prose.push(t.slice(i, i + 2000));
}
const legDir = join(data, 'ner-multileg-en/train');
for (const f of readdirSync(legDir).sort()) {
  const lines = readFileSync(join(legDir, f), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
  for (let i = 0; i < lines.length; i += 10) prose.push(lines.slice(i, i + 10).join('\n'));
}
const engine = createEngine();
const which = process.argv[2];
for (const [label, sample] of [['prose', prose], ['dense', dense]] as const) {
  if (which && which !== label) continue;
  const docs: string[] = [];
  let bytes = 0;
  while (bytes < 4e6) for (const t of sample) { docs.push(t); bytes += Buffer.byteLength(t); }
  engine.analyze('warm up Jean Dupont à Lyon');
  const c0 = process.cpuUsage();
  for (const t of docs) engine.analyze(t);
  const u = process.cpuUsage(c0);
  console.log(`${label}: ${(bytes / 1e6 / ((u.user + u.system) / 1e6)).toFixed(2)} MB per CPU-second (full engine, sensitive on)`);
}
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
