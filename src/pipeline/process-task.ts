/**
 * Stage 1 of a build, one task (= one input file): read -> per-document steps -> spill the surviving documents
 * and their dedup signatures to .work/process/. Every output is written to a temp name and renamed; the
 * `done.json` marker comes last, so a task without it is redone from scratch on restart.
 */
import { writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError, TamisError } from '../core/errors.js';
import type { Transformer } from '../transform/types.js';
import { type BuildContext, processFile, type TaskProgress } from './context.js';
import { AtomicLineWriter, tmpName, writeFileAtomic } from './files.js';
import type { ErrorRecord, Item } from './item.js';
import type { StepManifest } from './manifest.js';
import { sourceOf, type Task } from './plan.js';
import { readFileItems } from './readers.js';
import { buildSteps } from './steps/index.js';
import { DedupSignatureStep } from './steps/dedup.js';
import { emptyTaskStats, type TaskStats } from './stats.js';
import { createBuildTransformer } from './transformer.js';

export interface ProcessResult {
  task: number;
  source: string;
  read: number;
  /** Documents that survived every per-document step (candidates for writing). */
  kept: number;
  excluded: number;
  errored: number;
  textBytes: number;
  steps: StepManifest[];
  stats: TaskStats;
  /** Width of one signature in uint32 (0 when the pipeline has no dedup step). */
  sigWidth: number;
  seconds: number;
}

/** One spilled document: the fields the writer needs. */
export interface SpillRecord {
  id: string;
  text: string;
  lang?: string;
  meta: Record<string, unknown>;
  source: NonNullable<Item['doc']['source']>;
}

export async function runProcessTask(ctx: BuildContext, task: Task, progress?: (p: TaskProgress) => void): Promise<ProcessResult> {
  const t0 = performance.now();
  const src = sourceOf(ctx.config, task.sourceId);
  const stats = emptyTaskStats();
  const docs = new AtomicLineWriter(processFile(ctx, task, 'docs.jsonl'));
  const excl = new AtomicLineWriter(processFile(ctx, task, 'excl.jsonl'));
  const errs = new AtomicLineWriter(processFile(ctx, task, 'err.jsonl'));
  const sens = new AtomicLineWriter(processFile(ctx, task, 'sensitive.jsonl'));
  const ids = new AtomicLineWriter(processFile(ctx, task, 'ids.jsonl'));
  const steps = buildSteps(ctx.config.pipeline, {
    stats,
    baseDir: ctx.baseDir,
    transformer: (policy): Transformer => createBuildTransformer(policy, ctx),
    onRemoval: (r) => void sens.write(JSON.stringify(r)),
  });
  const sigStep = steps.find((s): s is DedupSignatureStep => s instanceof DedupSignatureStep);
  const sigWidth = sigStep ? sigStep.width : 0;
  const sigChunks: Uint32Array[] = [];
  let read = 0, kept = 0, excluded = 0, errored = 0, textBytes = 0;
  const recordError = async (e: ErrorRecord) => {
    errored++;
    if (ctx.strict) throw new InputError(e.code, e.file, e.location, e.reason);
    await errs.write(JSON.stringify(e));
  };
  let lastPost = 0;
  const post = (done = false) => progress?.({ task: task.index, bytes: textBytes, records: read, steps: steps.map((s) => { const m = s.summary(); return [m.in, m.out]; }), ...(done ? { done } : {}) });
  try {
    const readOpts = {
      textField: src.textField,
      ...(src.idField ? { idField: src.idField } : {}),
      provenance: {
        source: src.id,
        collection: src.collection,
        ...(src.licence ? { licence: src.licence } : {}),
        ...(src.period ? { collectedAt: src.period } : {}),
        ...(src.origin ? { url: src.origin } : {}),
      },
    };
    for await (const ri of readFileItems(task.file, readOpts, src.format)) {
      read++;
      if (ri.kind === 'error') {
        const j = ri.error.toJSON();
        await recordError({ source: src.id, ...j, file: task.relFile });
        continue;
      }
      const doc = ri.doc;
      if (doc.source) doc.source.file = task.relFile;
      textBytes += Buffer.byteLength(doc.text);
      let item: Item | null = { doc };
      try {
        for (const step of steps) {
          item = step.process(item, (x) => { excluded++; void excl.write(JSON.stringify(x)); });
          if (!item) break;
        }
      } catch (e) {
        if (e instanceof TamisError && e.area !== 'input') throw e;
        await recordError({ source: src.id, file: task.relFile, ...(doc.source?.location ? { location: doc.source.location } : {}), id: doc.id, code: 'STEP_FAILED', reason: `processing failed: ${(e as Error).message}` });
        continue;
      }
      if (item) {
        kept++;
        const rec: SpillRecord = { id: item.doc.id, text: item.doc.text, ...(item.doc.lang ? { lang: item.doc.lang } : {}), meta: item.doc.meta, source: item.doc.source ?? { source: src.id } };
        const w = docs.write(JSON.stringify(rec));
        if (w) await w;
        await ids.write(JSON.stringify(rec.id));
        if (sigWidth) sigChunks.push(item.signature ?? new Uint32Array(sigWidth));
      }
      if (read - lastPost >= 200) { lastPost = read; post(); }
    }
    const sigPath = processFile(ctx, task, 'sig');
    mkdirSync(dirname(sigPath), { recursive: true });
    const all = new Uint32Array(sigChunks.length * sigWidth);
    sigChunks.forEach((c, i) => all.set(c, i * sigWidth));
    const tmp = tmpName(sigPath);
    writeFileSync(tmp, Buffer.from(all.buffer, all.byteOffset, all.byteLength));
    renameSync(tmp, sigPath);
    await Promise.all([docs.commit(), excl.commit(), errs.commit(), sens.commit(), ids.commit()]);
  } catch (e) {
    await Promise.all([docs.abort(), excl.abort(), errs.abort(), sens.abort(), ids.abort()]);
    throw e;
  }
  const result: ProcessResult = {
    task: task.index, source: src.id, read, kept, excluded, errored, textBytes,
    steps: steps.map((s) => s.summary()), stats, sigWidth, seconds: (performance.now() - t0) / 1000,
  };
  writeFileAtomic(processFile(ctx, task, 'done.json'), JSON.stringify(result));
  post(true);
  return result;
}
