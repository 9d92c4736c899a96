/**
 * Stage 4: gathers the task results into manifest.json, stats.json, exclusions.jsonl, errors.jsonl and
 * report.html, and checks the accounting identity read = written + excluded + errored per source and in total.
 * A build that does not balance fails loudly (nothing may vanish silently). manifest.json is written last: its
 * presence means the build is complete.
 */
import { createReadStream, existsSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TamisError } from '../core/errors.js';
import { VERSION } from '../version.js';
import { type BuildContext, processFile, workDir, writeFile } from './context.js';
import { AtomicLineWriter, readJson, writeFileAtomic } from './files.js';
import type { BuildManifest, BuildStats, SourceManifest, StepManifest } from './manifest.js';
import { continuesFile, describeTask, type Plan, type Task } from './plan.js';
import type { ProcessResult } from './process-task.js';
import { renderReport } from './report/html.js';
import { mergeStepSummaries } from './step.js';
import { emptyLengths, emptyTaskStats, lengthStats, mergeLengths, mergeTaskStats, bump } from './stats.js';
import type { WriteResult } from './write-task.js';
import type { DedupSummary } from './dedup-stage.js';
import { stepName } from './schema.js';

export interface FinalizeInput {
  ctx: BuildContext;
  plan: Plan;
  dedup: DedupSummary;
  startedAt: Date;
  seconds: number;
  stageSeconds?: Record<string, number>;
  justifications?: { rule: string; justification: string }[];
  registerCheck?: BuildManifest['registerCheck'];
}

type Counts = SourceManifest['counts'];

export async function finalize(f: FinalizeInput): Promise<{ manifest: BuildManifest; stats: BuildStats }> {
  const { ctx, plan } = f;
  const proc: ProcessResult[] = [];
  const wr: WriteResult[] = [];
  for (const t of plan.tasks) {
    const p = readJson<ProcessResult>(processFile(ctx, t, 'done.json'));
    const w = readJson<WriteResult>(writeFile(ctx, t, 'done.json'));
    if (!p || !w) throw new TamisError('pipeline', 'BUILD_INCOMPLETE', `task ${t.index} (${describeTask(t)}) has not finished`, { hint: 'run tamis build again to resume' });
    proc.push(p);
    wr.push(w);
  }
  // Accounting, per source and in total, from independent counters: readers, exclusion events, writers.
  const bySource = new Map<string, Counts>();
  const problems: string[] = [];
  plan.tasks.forEach((t, i) => {
    const p = proc[i]!;
    const w = wr[i]!;
    const c = bySource.get(t.sourceId) ?? { read: 0, written: 0, excluded: 0, errored: 0 };
    c.read += p.read;
    c.errored += p.errored;
    c.excluded += p.excluded + w.dedupExcluded.exact + w.dedupExcluded.near;
    c.written += w.written;
    bySource.set(t.sourceId, c);
    if (p.kept !== w.written + w.dedupExcluded.exact + w.dedupExcluded.near) problems.push(`task ${t.index} (${describeTask(t)}): kept ${p.kept} after the per-document steps but wrote ${w.written} and deduplicated ${w.dedupExcluded.exact + w.dedupExcluded.near}`);
  });
  const totals: Counts = { read: 0, written: 0, excluded: 0, errored: 0 };
  for (const [id, c] of bySource) {
    if (c.read !== c.written + c.excluded + c.errored) problems.push(`source ${id}: read ${c.read} ≠ written ${c.written} + excluded ${c.excluded} + errored ${c.errored}`);
    totals.read += c.read; totals.written += c.written; totals.excluded += c.excluded; totals.errored += c.errored;
  }
  if (totals.read !== totals.written + totals.excluded + totals.errored) problems.push(`total: read ${totals.read} ≠ written ${totals.written} + excluded ${totals.excluded} + errored ${totals.errored}`);

  // Audit files, concatenated in task order (deterministic), and their line counts checked against the counters.
  // The ranges of a split file count as one unit: its per-document exclusions, then its dedup exclusions, as when
  // the file was one task.
  const excl = await concat(join(ctx.outDir, 'exclusions.jsonl'), fileUnits(plan).flatMap((u) => [...u.map((t) => processFile(ctx, t, 'excl.jsonl')), ...u.map((t) => writeFile(ctx, t, 'excl.jsonl'))]));
  const errs = await concat(join(ctx.outDir, 'errors.jsonl'), plan.tasks.map((t) => processFile(ctx, t, 'err.jsonl')));
  await concat(join(ctx.outDir, 'sensitive.jsonl'), plan.tasks.map((t) => processFile(ctx, t, 'sensitive.jsonl')));
  if (excl !== totals.excluded) problems.push(`exclusions.jsonl has ${excl} lines, ${totals.excluded} records were excluded`);
  if (errs !== totals.errored) problems.push(`errors.jsonl has ${errs} lines, ${totals.errored} records errored`);

  // Steps: stage-1 summaries, plus the dedup decisions (applied in stage 3) on the dedup step.
  let steps: StepManifest[] = [];
  for (const p of proc) steps = mergeStepSummaries(steps, p.steps);
  const names = ctx.config.pipeline.map(stepName);
  steps = names.map((n, i) => steps[i] ?? { name: n, in: 0, out: 0, dropped: {}, seconds: 0 });
  const dd = steps.find((s) => s.name === 'dedup');
  if (dd) {
    const ex = wr.reduce((a, w) => a + w.dedupExcluded.exact, 0);
    const nr = wr.reduce((a, w) => a + w.dedupExcluded.near, 0);
    if (ex) dd.dropped['exact-duplicate'] = ex;
    if (nr) dd.dropped['near-duplicate'] = nr;
    dd.out -= ex + nr;
  }
  const ts = emptyTaskStats();
  for (const p of proc) mergeTaskStats(ts, p.stats);
  const languages: Record<string, number> = {};
  const domains: Record<string, number> = {};
  for (const w of wr) {
    for (const [k, v] of Object.entries(w.languages)) bump(languages, k, v);
    for (const [k, v] of Object.entries(w.domains)) bump(domains, k, v);
  }
  const exclusionsByReason: Record<string, number> = {};
  for (const s of steps) for (const [r, n] of Object.entries(s.dropped)) bump(exclusionsByReason, `${s.name}:${r}`, n);
  const stats: BuildStats = {
    pii: ts.pii, piiBySource: ts.piiBySource, treatment: ts.treatment, sensitive: ts.sensitive, languages,
    duplicates: { exact: dd?.dropped['exact-duplicate'] ?? 0, near: dd?.dropped['near-duplicate'] ?? 0, clusters: f.dedup.clusters },
    lengths: lengthStats(wr.reduce((a, w) => mergeLengths(a, w.lengths), emptyLengths())),
    domains,
    exclusionsByReason,
  };

  const sources: SourceManifest[] = ctx.config.sources.map((s) => {
    const files = plan.tasks.filter((t) => t.sourceId === s.id).flatMap((t) => t.files.filter((f) => !continuesFile(f)).map((f) => ({ path: f.relFile, bytes: f.bytes, sha256: f.sha256 })));
    const srcDomains: Record<string, number> = {};
    plan.tasks.forEach((t, i) => { if (t.sourceId === s.id) for (const [d, n] of Object.entries(wr[i]!.domains)) bump(srcDomains, d, n); });
    return {
      id: s.id, path: Array.isArray(s.path) ? s.path.join(', ') : s.path, collection: s.collection,
      ...(s.licence ? { licence: s.licence } : {}), ...(s.period ? { period: s.period } : {}), ...(s.origin ? { origin: s.origin } : {}),
      files, counts: bySource.get(s.id) ?? { read: 0, written: 0, excluded: 0, errored: 0 },
      ...(Object.keys(srcDomains).length ? { domains: srcDomains } : {}),
    };
  });
  const manifest: BuildManifest = {
    tool: { name: 'tamis', version: VERSION },
    version: plan.version,
    createdAt: f.startedAt.toISOString(),
    configHash: plan.configHash,
    ...(typeof ctx.config.project?.name === 'string' ? { project: ctx.config.project.name } : {}),
    sources,
    steps,
    totals,
    output: {
      format: ctx.config.output.format,
      files: wr.flatMap((w) => w.files).map((x) => ({ ...x, path: relative(ctx.outDir, x.path) })),
    },
    ...(f.justifications?.length ? { justifications: f.justifications } : {}),
    ...(f.registerCheck ? { registerCheck: f.registerCheck } : {}),
    timings: { totalSeconds: Math.round(f.seconds * 1000) / 1000, ...(f.stageSeconds ? { stages: roundAll(f.stageSeconds) } : {}) },
  };
  writeFileAtomic(join(ctx.outDir, 'stats.json'), `${JSON.stringify(stats, null, 2)}\n`);
  writeFileAtomic(join(ctx.outDir, 'report.html'), renderReport(manifest, stats, problems));
  if (problems.length > 0) {
    writeFileAtomic(join(ctx.outDir, 'accounting-failed.json'), JSON.stringify({ problems, totals }, null, 2));
    throw new TamisError('pipeline', 'ACCOUNTING', `the build does not balance:\n  ${problems.join('\n  ')}`, { hint: 'this is a bug in tamis: please report it with accounting-failed.json' });
  }
  writeFileAtomic(join(ctx.outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  rmSync(workDir(ctx), { recursive: true, force: true });
  return { manifest, stats };
}

/** Tasks in order, the ranges of each split file gathered into one unit. */
function fileUnits(plan: Plan): Task[][] {
  const units: Task[][] = [];
  for (const t of plan.tasks) {
    const f = t.files[0];
    if (f && continuesFile(f) && units.length > 0) units[units.length - 1]!.push(t);
    else units.push([t]);
  }
  return units;
}

async function concat(out: string, inputs: string[]): Promise<number> {
  const w = new AtomicLineWriter(out);
  for (const p of inputs) {
    if (!existsSync(p)) continue;
    for await (const chunk of createReadStream(p, { encoding: 'utf8' })) {
      const s = chunk as string;
      for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) w.lines++;
      const wait = w.writeRaw(s);
      if (wait) await wait;
    }
  }
  await w.commit();
  return w.lines;
}

function roundAll(r: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
}

