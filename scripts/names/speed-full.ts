/**
 * Developer aid: full-engine speed (createEngine(), sensitive on) in MB per CPU-second, on the names bench's natural
 * prose and name-dense texts repeated to ~4 MB. `node --cpu-prof --import tsx scripts/names/speed-full.ts prose`
 * profiles one corpus ('prose' or 'dense'; both by default).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDevSet } from '../../bench/lib/devset.js';
import { requireSharedData } from '../../bench/lib/shared.js';
import { loadNamesProse } from '../../bench/lib/prose.js';
import { createEngine } from '../../src/detect/index.js';

const data = requireSharedData();
const dense = [...loadDevSet('fr'), ...loadDevSet('en')].map((d) => d.text)
  .concat((JSON.parse(readFileSync(join(data, 'presidio-synth/synth_dataset_v2.json'), 'utf8')) as Array<{ full_text: string }>).map((r) => r.full_text));
const prose = loadNamesProse(data);
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
