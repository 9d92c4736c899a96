/**
 * `tamis build` benchmark (issue 5):
 *  1. end-to-end MB/s on a generated corpus (default 1 GB; TAMIS_BENCH_MB to shrink) through detect +
 *     pseudonymise + exact and near dedup + Parquet write, with 1 and 2 workers, peak memory, time per stage;
 *  2. near-duplicate precision/recall/F1 on a generated corpus with planted near duplicates of known similarity;
 *  3. the same scoring on shared/data/dedup-eval (Clough & Stevenson, eval only).
 * No datatrove run is possible here: the per-stage times show where the time goes instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { sharedDataDir } from './lib/shared.js';
import { ensureCorpus } from './buildlib/corpus.js';
import { makeNearDupCorpus, scoreNearDup } from './buildlib/neardup.js';
import { DedupIndex } from '../src/pipeline/dedup/index.js';
import { seeds } from '../src/pipeline/dedup/minhash.js';
import { signatureOf } from '../src/pipeline/steps/dedup.js';
import { buildConfigSchema, type DedupConfig } from '../src/pipeline/schema.js';
import { BENCH_KEY, pseudonymiseStepYaml } from './buildlib/policy.js';

const DEFAULTS = buildConfigSchema.parse({ sources: [{ id: 'x', path: 'x', collection: 'direct' }], pipeline: [{ dedup: {} }] }).pipeline[0]!.dedup!;

export async function run(): Promise<void> {
  nearDupSynthetic();
  nearDupSheffield();
  await throughput();
}

function nearDupSynthetic(): void {
  const nBases = 600;
  const { texts, planted } = makeNearDupCorpus(nBases, 600);
  const s = scoreNearDup(texts, planted, nBases, DEFAULTS);
  const near = DEFAULTS.near as Exclude<DedupConfig['near'], false>;
  console.log(`\n## Near-duplicate detection, generated corpus (${nBases} documents + ${planted.length} planted variants: edits, reordering, boilerplate)`);
  console.log(`defaults: word ${near.shingle}-gram shingles, ${near.hashes} hashes, ${near.bands} bands × ${near.rows} rows, threshold ${near.threshold}`);
  console.log('true duplicate = exact Jaccard of the shingle sets >= 0.8');
  console.log(`precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})  target F1 >= 0.95`);
  console.log('similarity bucket | planted pairs | detected as duplicates');
  for (const [b, n, d] of s.byBucket) console.log(`  ${b}-${(Number(b) + 0.05).toFixed(2)} | ${String(n).padStart(4)} | ${String(d).padStart(4)} (${((100 * d) / n).toFixed(0)} %)`);
}

function nearDupSheffield(): void {
  const root = sharedDataDir();
  const dir = root ? join(root, 'dedup-eval') : undefined;
  if (!dir || !existsSync(join(dir, 'file_information.csv'))) { console.log('\n(dedup-eval not found: skipped)'); return; }
  const decode = (b: Buffer) => { const t = new TextDecoder('utf-8', { fatal: true }); try { return t.decode(b); } catch { return new TextDecoder('windows-1252').decode(b); } };
  const rows = readFileSync(join(dir, 'file_information.csv'), 'utf8').trim().split(/\r?\n/).slice(1).map((l) => l.split(','));
  const near = DEFAULTS.near as Exclude<DedupConfig['near'], false>;
  const sd = seeds(near.hashes);
  const counts: Record<string, [number, number]> = {};
  for (const [file, task, cat] of rows) {
    if (!file || !task || !cat || cat === 'orig') continue;
    const idx = new DedupIndex(near.hashes);
    idx.add(signatureOf(decode(readFileSync(join(dir, 'corpus', `orig_task${task}.txt`))), sd, near.shingle));
    idx.add(signatureOf(decode(readFileSync(join(dir, 'corpus', file))), sd, near.shingle));
    const dup = idx.decide(DEFAULTS).dropped.has(1);
    const c = (counts[cat] ??= [0, 0]);
    c[0]++;
    if (dup) c[1]++;
  }
  console.log('\n## Near-duplicate detection, shared/data/dedup-eval (Clough & Stevenson 2011; eval only), default settings');
  console.log('category | answers | flagged as near-duplicate of the source');
  for (const cat of ['cut', 'light', 'heavy', 'non']) { const c = counts[cat] ?? [0, 0]; console.log(`  ${cat.padEnd(5)} | ${String(c[0]).padStart(3)} | ${c[1]}`); }
  const tp = (counts.cut?.[1] ?? 0);
  const fn = (counts.cut?.[0] ?? 0) - tp;
  const fp = (counts.non?.[1] ?? 0) + (counts.heavy?.[1] ?? 0);
  const p = tp + fp ? tp / (tp + fp) : 1, r = tp / Math.max(1, tp + fn);
  console.log(`cut as positives, heavy/non as negatives: precision ${p.toFixed(3)} recall ${r.toFixed(3)}. The answers are short excerpts of a longer source: Jaccard near-dedup is not a containment detector, so low recall here is expected; light/heavy revisions are paraphrases, not near-copies.`);
}

async function throughput(): Promise<void> {
  const mb = Number(process.env.TAMIS_BENCH_MB ?? 1000);
  const dir = join(process.cwd(), '.bench', 'build');
  const corpus = join(dir, 'corpus');
  const bytes = ensureCorpus(corpus, mb);
  const config = join(dir, 'tamis.yaml');
  writeFileSync(config, `project: { name: bench }
sources:
  - { id: bench, path: corpus/*.jsonl, collection: direct, idField: id }
pipeline:
  - minimise: { keepFields: [channel] }
  - detect: {}
${pseudonymiseStepYaml()}  - dedup: {}
output: { path: out, format: parquet }
`);
  console.log(`\n## End-to-end build throughput: ${(bytes / 1e6).toFixed(0)} MB of JSONL (${readdirSync(corpus).filter((f) => f.endsWith('.jsonl')).length} files), detect + pseudonymise + exact/near dedup + Parquet`);
  const res: Record<number, { seconds: number; cpuSeconds: number; stageSeconds: Record<string, number>; maxRssMB: number; totals: Record<string, number>; steps: { name: string; seconds: number; in: number; out: number }[]; duplicates: Record<string, number> }> = {};
  const tsc = spawnSync('npm', ['run', 'build', '--silent'], { encoding: 'utf8' });
  if (tsc.status !== 0) { console.log(`npm run build failed:\n${tsc.stdout}${tsc.stderr}`); return; }
  for (const w of [1, 2]) {
    rmSync(join(dir, 'out', `w${w}`), { recursive: true, force: true });
    const r = spawnSync(process.execPath, ['bench/buildlib/run-build.mjs', config, String(w), `w${w}`], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, TAMIS_KEY: BENCH_KEY } });
    if (r.status !== 0) { console.log(`build with ${w} worker(s) failed:\n${r.stderr}`); return; }
    res[w] = JSON.parse(r.stdout.trim().split('\n').pop()!);
    const x = res[w]!;
    console.log(`workers ${w}: ${x.seconds.toFixed(1)} s wall, ${(bytes / 1e6 / x.seconds).toFixed(2)} MB/s; CPU ${x.cpuSeconds.toFixed(1)} s (${(bytes / 1e6 / x.cpuSeconds).toFixed(2)} MB per CPU-second); peak RSS ${x.maxRssMB.toFixed(0)} MB; stages (wall s): ${Object.entries(x.stageSeconds).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
    console.log(`  records: ${JSON.stringify(x.totals)}; duplicates: ${JSON.stringify(x.duplicates)}`);
    console.log(`  step CPU time (s, summed over tasks): ${x.steps.map((s) => `${s.name} ${s.seconds.toFixed(1)}`).join(', ')}`);
  }
  const a = res[1]!, b = res[2]!;
  console.log(`machine: ${cpus().length} cores, load average at the end ${loadavg().map((x) => x.toFixed(1)).join(' ')} (other processes share these cores: wall-clock figures are only meaningful on an idle machine)`);
  console.log(`speed-up 1 -> 2 workers: ${(a.seconds / b.seconds).toFixed(2)}x (target >= 1.7x); 2-worker throughput ${(bytes / 1e6 / b.seconds).toFixed(2)} MB/s (target >= 5 MB/s)`);
  const same = readdirSync(join(dir, 'out', 'w1', 'data')).every((f) => readFileSync(join(dir, 'out', 'w1', 'data', f)).equals(readFileSync(join(dir, 'out', 'w2', 'data', f))));
  console.log(`data files byte-identical between the 1- and 2-worker builds: ${same}`);
}
