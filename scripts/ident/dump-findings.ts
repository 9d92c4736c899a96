/**
 * Developer aid for identifier speed work: the identifier engine's full output (language, and every finding with
 * its explanation) on the first 10 MB of the throughput bench's corpus (generated, seed 42), the look-alike heavy
 * 5 MB warm-up corpus (seed 43), the dev set and presidio-synth, one JSON line per document, plus findings at
 * threshold 0 so that a score change shows. Diff before and after a change that must not change results:
 *   node --import tsx scripts/ident/dump-findings.ts > before.jsonl
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from '../../bench/lib/corpus.js';
import { loadDevSet } from '../../bench/lib/devset.js';
import { sharedDataDir } from '../../bench/lib/shared.js';
import { createEngine } from '../../src/detect/index.js';

const dir = join(process.cwd(), '.bench');
mkdirSync(dir, { recursive: true });
const docs: string[] = [];
for (const [mb, seed] of [[10, 42], [5, 43]] as const) {
  const file = join(dir, `dump-corpus-${mb}mb-seed${seed}.jsonl`);
  if (!existsSync(file)) await writeCorpus(file, mb, seed);
  for (const l of readFileSync(file, 'utf8').split('\n')) if (l) docs.push((JSON.parse(l) as { text: string }).text);
}
const data = sharedDataDir();
if (data) {
  docs.push(...[...loadDevSet('fr'), ...loadDevSet('en')].map((d) => d.text));
  for (const r of JSON.parse(readFileSync(join(data, 'presidio-synth/synth_dataset_v2.json'), 'utf8')) as Array<{ full_text: string }>) docs.push(r.full_text);
}
const engine = createEngine({ identifiersOnly: true });
const all = createEngine({ identifiersOnly: true, threshold: 0 });
const out: string[] = [];
for (const [n, t] of docs.entries()) {
  const a = engine.analyze(t, { sensitive: false });
  const z = all.findEntities(t, a.lang);
  out.push(JSON.stringify({ n, lang: a.lang, e: a.entities, z: z.map((f) => [f.type, f.start, f.end, f.score, f.recognizer]) }));
  if (out.length >= 2000) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
}
if (out.length) process.stdout.write(out.join('\n') + '\n');
