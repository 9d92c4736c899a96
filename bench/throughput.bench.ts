/**
 * Throughput of identifier detection on ONE core (single thread), in MB/s of UTF-8 text, on a generated 50 MB
 * mixed French/English corpus (cached under .bench/), against @openredaction/openredaction on the same corpus in
 * the same run. Targets (issue 2): >= 30 MB/s per core, >= 10x the peer. The peer is timed on a prefix when
 * running it on the whole corpus would take too long; the figure is then an extrapolation, and says so.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { OpenRedaction } from '@openredaction/openredaction';
import { createEngine, detectLanguage } from '../src/detect/index.js';
import { writeCorpus } from './lib/corpus.js';

const CORPUS_MB = Number(process.env.TAMIS_BENCH_MB ?? 50);
/** Wall-clock budget for the peer; it is timed on as many documents as fit. */
const PEER_BUDGET_S = Number(process.env.TAMIS_BENCH_PEER_S ?? 30);

export async function run(): Promise<void> {
  const dir = join(process.cwd(), '.bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `corpus-v3-${CORPUS_MB}mb-seed42.jsonl`);
  if (!existsSync(file) || statSync(file).size < CORPUS_MB * 1e6) {
    const t = performance.now();
    await writeCorpus(file, CORPUS_MB, 42);
    console.log(`generated ${file} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const texts = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
  const bytesOf = (ts: readonly string[]) => ts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  const totalBytes = bytesOf(texts);
  console.log(`corpus: ${texts.length} documents, ${(totalBytes / 1e6).toFixed(1)} MB of text (UTF-8), seed 42`);

  const engine = createEngine({ identifiersOnly: true });
  // Warm-up (JIT, lazy regex compilation), not timed, on a separate 5 MB corpus of another seed: the first few MB
  // run at about two thirds of the steady speed, and warming on other documents keeps the memoised phone
  // validations of the timed corpus cold.
  const warmFile = join(dir, `corpus-v3-5mb-seed43.jsonl`);
  if (!existsSync(warmFile) || statSync(warmFile).size < 5e6) await writeCorpus(warmFile, 5, 43);
  for (const l of readFileSync(warmFile, 'utf8').split('\n')) {
    if (l) engine.analyze((JSON.parse(l) as { text: string }).text, { lang: 'auto', sensitive: false });
  }

  // MB/s per core is computed from the CPU time this process spent (user + system), not wall time: the
  // development machine is shared, and wall time there measures the neighbours as much as the engine.
  const timeEngine = (label: string, fn: (t: string) => number) => {
    let found = 0;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const t of texts) found += fn(t);
    const cpu = cpuSeconds(c0);
    const s = (performance.now() - t0) / 1000;
    return { label, s, cpu, mbps: totalBytes / 1e6 / cpu, found };
  };
  // One cold pass: recognizers memoise validations (phone numbers), so a second pass over the same corpus would
  // flatter the figure.
  const withLang = timeEngine('tamis (language id + identifiers)', (t) => engine.analyze(t, { lang: 'auto', sensitive: false }).entities.length);
  console.log(`density: ${(withLang.found / (totalBytes / 1e6)).toFixed(0)} identifiers found per MB (about one per ${(totalBytes / withLang.found / 1000).toFixed(1)} KB)`);
  const langOnly = timeEngine('  of which language identification', (t) => (detectLanguage(t) === 'other' ? 0 : 1));

  const peer = new OpenRedaction({ includeNames: false, includeAddresses: false, enableCache: false });
  for (const t of texts.slice(0, 50)) peer.detect(t);
  let peerDocs = 0;
  let peerFound = 0;
  const p0 = performance.now();
  const pc0 = process.cpuUsage();
  while (peerDocs < texts.length && performance.now() - p0 < PEER_BUDGET_S * 1000) {
    peerFound += peer.detect(texts[peerDocs] as string).detections.length;
    peerDocs++;
  }
  const peerS = (performance.now() - p0) / 1000;
  const peerCpu = cpuSeconds(pc0);
  const peerBytes = bytesOf(texts.slice(0, peerDocs));
  const peerMbps = peerBytes / 1e6 / peerCpu;
  const partial = peerDocs < texts.length;

  const rows: [string, string, string, string][] = [
    ['engine', 'MB/s (1 core)', 'CPU time / wall', 'findings'],
    [withLang.label, withLang.mbps.toFixed(1), `${withLang.cpu.toFixed(1)} s / ${withLang.s.toFixed(1)} s`, String(withLang.found)],
    [langOnly.label, langOnly.mbps.toFixed(1), `${langOnly.cpu.toFixed(1)} s / ${langOnly.s.toFixed(1)} s`, `${langOnly.found} fr/en docs`],
    [
      `openredaction 1.0.4 (no names/addresses)${partial ? ' *' : ''}`,
      peerMbps.toFixed(2),
      `${peerCpu.toFixed(1)} s / ${peerS.toFixed(1)} s${partial ? ` on ${(peerBytes / 1e6).toFixed(1)} MB` : ''}`,
      `${peerFound}${partial ? ` (on ${peerDocs} docs)` : ''}`,
    ],
  ];
  const w = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(w[i] ?? 0) : c.padStart(w[i] ?? 0))).join('  '));
  if (partial) {
    console.log(`* openredaction timed on the first ${peerDocs} of ${texts.length} documents (${PEER_BUDGET_S} s budget); ` +
      `its MB/s is extrapolated to the full corpus (~${(totalBytes / 1e6 / peerMbps / 60).toFixed(1)} min estimated).`);
  }
  const idOnly = totalBytes / 1e6 / Math.max(1e-9, withLang.cpu - langOnly.cpu);
  console.log(`identifiers alone (total minus language id): ${idOnly.toFixed(1)} MB/s`);
  console.log(`speed ratio tamis/openredaction: ${(withLang.mbps / peerMbps).toFixed(1)}x (with language id), ${(idOnly / peerMbps).toFixed(1)}x (identifiers alone)`);
  console.log(`targets: >= 30 MB/s per core: ${withLang.mbps >= 30 ? 'met' : 'NOT met'}; >= 10x peer: ${withLang.mbps / peerMbps >= 10 ? 'met' : 'NOT met'}`);
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} (MB/s from CPU time)`);
  console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (corpus held in memory)`);
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1e6;
}
