/**
 * `runBuild`: the whole build, in four stages with file hand-offs (datatrove style):
 *   1. process  (parallel, per task: a few small files, one file, or one byte range of a big JSON Lines file):
 *               read -> per-document steps -> spill + dedup signatures
 *   2. dedup    (one process): signatures -> LSH buckets -> clusters -> per-task drop lists
 *   3. write    (parallel, per task): spill minus duplicates -> data/part-<task>-<shard>.{parquet,jsonl}
 *   4. finalize (one process): accounting check, manifest.json, stats.json, exclusions/errors, report.html
 * Every task leaves a completion marker; a restarted build skips finished tasks and redoes unfinished ones from
 * scratch. Tasks do not depend on the worker count, so neither does the output.
 */
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { TamisError, UsageError, type ErrorArea } from '../core/errors.js';
import { type BuildContext, dedupFile, processFile, workDir, writeFile, type TaskProgress } from './context.js';
import { readJson, writeFileAtomic } from './files.js';
import { runDedupStage, type DedupSummary } from './dedup-stage.js';
import { finalize } from './finalize.js';
import type { BuildManifest, BuildStats } from './manifest.js';
import { describeTask, makePlan, tasksForRank, type Plan, type Task } from './plan.js';
import { runProcessTask, type ProcessResult } from './process-task.js';
import { Progress } from './progress.js';
import { stepName, type BuildConfig } from './schema.js';
import { runWriteTask } from './write-task.js';
import { preflightSteps } from './steps/index.js';
import { createBuildTransformer, resolveKeyFile } from './transformer.js';
import type { WorkerJob, WorkerReply } from './worker.js';

export type BuildStage = 'all' | 'process' | 'dedup' | 'write' | 'finalize';

export interface BuildOptions {
  config: BuildConfig;
  /** Folder of tamis.yaml: relative paths in the config resolve from here. */
  baseDir: string;
  workers?: number;
  rank?: number;
  world?: number;
  stage?: BuildStage;
  strict?: boolean;
  /** Project key file (--key-file); default $TAMIS_KEY, then .tamis-key next to tamis.yaml, then ./.tamis-key. */
  keyFile?: string;
  /** Overrides output.version. */
  version?: string;
  progress?: boolean;
  justifications?: { rule: string; justification: string }[];
  /** Outcome of the register check run before the build (recorded in the manifest). */
  registerCheck?: BuildManifest['registerCheck'];
  /** Called with a line of information (resume, stage done). */
  log?: (line: string) => void;
}

export interface BuildResult {
  outDir: string;
  /** Present once the build is complete (stage all or finalize). */
  manifest?: BuildManifest;
  stats?: BuildStats;
  /** Tasks skipped because a previous run finished them. */
  resumed: { process: number; write: number };
  alreadyComplete: boolean;
  /** Wall-clock seconds per stage in this run. */
  stageSeconds: Partial<Record<'plan' | 'process' | 'dedup' | 'write' | 'finalize', number>>;
}

export async function runBuild(o: BuildOptions): Promise<BuildResult> {
  const started = new Date();
  const t0 = performance.now();
  const log = o.log ?? (() => {});
  const world = o.world ?? 1;
  const rank = o.rank ?? 0;
  const stage = o.stage ?? 'all';
  if (!(Number.isInteger(world) && world >= 1 && Number.isInteger(rank) && rank >= 0 && rank < world)) throw new UsageError(`--rank must be in 0..${world - 1} and --world >= 1`);
  if (world > 1 && stage === 'all') {
    throw new UsageError('with --world > 1, run the stages separately: --stage process (array), dedup (one job), write (array), finalize (one job)', { hint: 'see docs/build.md, "Running on a cluster"' });
  }
  const workers = Math.max(1, o.workers ?? availableParallelism());
  const baseDir = resolve(o.baseDir);
  const plan = await makePlan(o.config, baseDir, o.version ?? o.config.output.version);
  const outDir = resolve(baseDir, o.config.output.path, plan.version);
  const keyFile = resolveKeyFile(o.keyFile, baseDir);
  const ctx: BuildContext = { config: o.config, baseDir, outDir, strict: o.strict ?? false, ...(keyFile ? { keyFile: resolve(keyFile) } : {}) };
  preflightSteps(o.config.pipeline, { baseDir, transformer: (policy) => createBuildTransformer(policy, ctx) });
  const resumed = { process: 0, write: 0 };
  const stageSeconds: BuildResult['stageSeconds'] = { plan: (performance.now() - t0) / 1000 };
  let ts = performance.now();
  const lap = (k: keyof BuildResult['stageSeconds']) => { const now = performance.now(); stageSeconds[k] = (now - ts) / 1000; ts = now; };
  if (existsSync(join(outDir, 'manifest.json'))) {
    log(`build ${plan.version} is already complete: ${outDir}`);
    return { outDir, resumed, alreadyComplete: true, stageSeconds, manifest: readJson<BuildManifest>(join(outDir, 'manifest.json'))!, stats: readJson<BuildStats>(join(outDir, 'stats.json'))! };
  }
  const planFile = join(workDir(ctx), 'plan.json');
  const prev = readJson<Plan>(planFile);
  if (prev && prev.configHash !== plan.configHash) throw new UsageError(`${outDir} holds an unfinished build of another configuration`, { hint: 'remove it, or set output.version' });
  // Same configuration but other tasks (a build left unfinished by a tamis that did not split big files): its task
  // markers would not mean the same thing.
  if (prev && planShape(prev) !== planShape(plan)) throw new UsageError(`${outDir} holds an unfinished build whose tasks differ from this plan`, { hint: 'remove it, or set output.version' });
  if (!prev) writeFileAtomic(planFile, JSON.stringify(plan));

  const mine = tasksForRank(plan.tasks, rank, world);
  const names = o.config.pipeline.map(stepName);
  const progress = new Progress(names, mine.reduce((a, t) => a + t.bytes, 0), process.stderr, o.progress ?? false);
  const pool = workers > 1 ? new Piscina({ filename: workerUrl(), minThreads: workers, maxThreads: workers, idleTimeout: 1000 }) : undefined;
  try {
    if (stage === 'all' || stage === 'process') {
      progress.setStage('process');
      const todo = mine.filter((t) => !existsSync(processFile(ctx, t, 'done.json')));
      resumed.process = mine.length - todo.length;
      if (resumed.process) log(`resuming: ${resumed.process} of ${mine.length} process tasks already done`);
      await runAll(todo, (t) => runTask(pool, { stage: 'process', ctx, task: t }, (p) => progress.update(p)), pool !== undefined);
      lap('process');
    }
    let dedup: DedupSummary = { exact: 0, near: 0, clusters: 0 };
    const dedupDone = join(workDir(ctx), 'dedup', 'done.json');
    if (stage === 'all' || stage === 'dedup') {
      progress.setStage('dedup');
      const missing = plan.tasks.filter((t) => !existsSync(processFile(ctx, t, 'done.json')));
      if (missing.length) throw new UsageError(`dedup: ${missing.length} process tasks are not finished (first: ${describeTask(missing[0]!)})`);
      const prevDedup = readJson<DedupSummary>(dedupDone);
      if (prevDedup && plan.tasks.every((t) => existsSync(dedupFile(ctx, t)))) dedup = prevDedup;
      else {
        dedup = runDedupStage(ctx, plan);
        writeFileAtomic(dedupDone, JSON.stringify(dedup));
      }
      lap('dedup');
    }
    if (stage === 'all' || stage === 'write') {
      progress.setStage('write');
      if (!existsSync(dedupDone)) throw new UsageError('write: the dedup stage has not run');
      const todo = mine.filter((t) => !existsSync(writeFile(ctx, t, 'done.json')));
      resumed.write = mine.length - todo.length;
      await runAll(todo, (t) => runTask(pool, { stage: 'write', ctx, task: t }), pool !== undefined);
      lap('write');
    }
    if (stage === 'all' || stage === 'finalize') {
      progress.setStage('finalize');
      dedup = readJson<DedupSummary>(dedupDone) ?? dedup;
      const r = await finalize({ ctx, plan, dedup, startedAt: started, seconds: (performance.now() - t0) / 1000, stageSeconds, ...(o.justifications ? { justifications: o.justifications } : {}), ...(o.registerCheck ? { registerCheck: o.registerCheck } : {}) });
      lap('finalize');
      progress.setStage('done');
      return { outDir, resumed, alreadyComplete: false, stageSeconds, manifest: r.manifest, stats: r.stats };
    }
    return { outDir, resumed, alreadyComplete: false, stageSeconds };
  } finally {
    await pool?.destroy();
  }
}

/** What a task marker stands for: the task's source, files and ranges. */
function planShape(p: Plan): string {
  return JSON.stringify(p.tasks.map((t) => [t.index, t.sourceId, t.files.map((f) => [f.relFile, f.range ?? null])]));
}

function workerUrl(): string {
  // Under tsx (tests, bench) this module is .ts; once compiled, .js.
  return new URL(import.meta.url.endsWith('.ts') ? './worker-dev.mjs' : './worker.js', import.meta.url).href;
}

/**
 * Runs every task: through the pool (which bounds concurrency) or, without one, one after the other in this
 * thread. The first failure fails the stage once the running tasks settle.
 */
async function runAll(tasks: readonly Task[], fn: (t: Task) => Promise<unknown>, parallel: boolean): Promise<void> {
  if (!parallel) {
    for (const t of tasks) await fn(t);
    return;
  }
  const results = await Promise.allSettled(tasks.map(fn));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

async function runTask(pool: Piscina | undefined, job: WorkerJob, onProgress?: (p: TaskProgress) => void): Promise<unknown> {
  if (!pool) {
    return job.stage === 'process' ? runProcessTask(job.ctx, job.task, onProgress) : runWriteTask(job.ctx, job.task);
  }
  const ch = onProgress ? new MessageChannel() : undefined;
  ch?.port1.on('message', (p: TaskProgress) => onProgress!(p));
  try {
    const r = (await (ch ? pool.run({ ...job, port: ch.port2 }, { transferList: [ch.port2] }) : pool.run(job))) as WorkerReply;
    if (r.error) throw new TamisError(r.error.area as ErrorArea, r.error.code, r.error.message, r.error.hint ? { hint: r.error.hint } : {});
    // The port's last message may still be in flight when the task resolves: the final figures come from the result.
    if (onProgress && job.stage === 'process') {
      const p = r.result as ProcessResult;
      onProgress({ task: p.task, bytes: p.textBytes, records: p.read, steps: p.steps.map((s) => [s.in, s.out]), done: true });
    }
    return r.result;
  } finally {
    ch?.port1.close();
  }
}
