/**
 * Stage 1 of a build, one task (a few small files, one file, or one byte range of a big JSON Lines file): read ->
 * per-document steps -> spill the surviving documents and their dedup signatures to .work/process/. Every output
 * is written to a temp name and renamed; the `done.json` marker comes last, so a task without it is redone from
 * scratch on restart.
 */
import { InputError, TamisError } from '../core/errors.js';
import type { Transformer } from '../transform/types.js';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type BuildContext, processFile, workDir, type TaskProgress } from './context.js';
import { AtomicLineWriter, writeFileAtomic } from './files.js';
import type { ErrorRecord, Item } from './item.js';
import type { StepManifest } from './manifest.js';
import { sourceOf, taskName, type Task } from './plan.js';
import type { SourceConfig } from './schema.js';
import { readFileItems } from './readers.js';
import { readerFor } from '../io/index.js';
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

/**
 * The path the readers see. Readers pick their format and decompression from the file name; when the source
 * overrides them (`format`, `compression`) the task reads through a symlink whose name says so, so every reader
 * honours the override without knowing about it. Ids default to the link's base name, which keeps the original
 * name as its prefix.
 */
function inputPath(ctx: BuildContext, task: Task, fileIndex: number, src: SourceConfig): string {
  const tf = task.files[fileIndex]!;
  const name = basename(tf.file);
  const lower = name.toLowerCase();
  const hasComp = /\.(gz|zst|zstd)$/.test(lower);
  let linkName = name;
  // Link only when the reader the registry would pick is not already the one asked for (.tsv is read by csv, .htm by html).
  if (src.format && readerFor(tf.file)?.name !== src.format) {
    linkName = hasComp ? name.replace(/(\.(gz|zst|zstd))$/i, `.${src.format}$1`) : `${name}.${src.format}`;
  }
  if (src.compression && src.compression !== 'none' && !hasComp) linkName += src.compression === 'gzip' ? '.gz' : '.zst';
  if (linkName === name) return tf.file;
  const link = join(workDir(ctx), 'links', taskName(task), String(fileIndex), linkName);
  mkdirSync(dirname(link), { recursive: true });
  rmSync(link, { force: true });
  symlinkSync(tf.file, link);
  return link;
}

async function drain(lines: string[], to: AtomicLineWriter): Promise<void> {
  for (const l of lines) {
    const w = to.write(l);
    if (w) await w;
  }
  lines.length = 0;
}

export async function runProcessTask(ctx: BuildContext, task: Task, progress?: (p: TaskProgress) => void): Promise<ProcessResult> {
  const t0 = performance.now();
  const src = sourceOf(ctx.config, task.sourceId);
  const stats = emptyTaskStats();
  // Audit lines produced by the (synchronous) steps wait here, then go to disk with backpressure.
  const pendingExcl: string[] = [];
  const pendingSens: string[] = [];
  const steps = buildSteps(ctx.config.pipeline, {
    stats,
    baseDir: ctx.baseDir,
    transformer: (policy): Transformer => createBuildTransformer(policy, ctx),
    onRemoval: (r) => pendingSens.push(JSON.stringify(r)),
  });
  const sigStep = steps.find((s): s is DedupSignatureStep => s instanceof DedupSignatureStep);
  const sigWidth = sigStep ? sigStep.width : 0;
  const docs = new AtomicLineWriter(processFile(ctx, task, 'docs.jsonl'));
  const excl = new AtomicLineWriter(processFile(ctx, task, 'excl.jsonl'));
  const errs = new AtomicLineWriter(processFile(ctx, task, 'err.jsonl'));
  const sens = new AtomicLineWriter(processFile(ctx, task, 'sensitive.jsonl'));
  const ids = new AtomicLineWriter(processFile(ctx, task, 'ids.jsonl'));
  const sigs = new AtomicLineWriter(processFile(ctx, task, 'sig'));
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
    for (let fi = 0; fi < task.files.length; fi++) {
      const { relFile, range } = task.files[fi]!;
      for await (const ri of readFileItems(inputPath(ctx, task, fi, src), range ? { ...readOpts, range } : readOpts)) {
        read++;
        if (ri.kind === 'error') {
          const j = ri.error.toJSON();
          await recordError({ source: src.id, ...j, file: relFile });
          continue;
        }
        const doc = ri.doc;
        if (doc.source) doc.source.file = relFile;
        textBytes += Buffer.byteLength(doc.text);
        let item: Item | null = { doc };
        try {
          for (const step of steps) {
            item = step.process(item, (x) => { excluded++; pendingExcl.push(JSON.stringify(x)); });
            if (!item) break;
          }
        } catch (e) {
          if (e instanceof TamisError && e.area !== 'input') throw e;
          pendingSens.length = 0;
          await recordError({ source: src.id, file: relFile, ...(doc.source?.location ? { location: doc.source.location } : {}), id: doc.id, code: 'STEP_FAILED', reason: `processing failed: ${(e as Error).message}` });
          continue;
        }
        if (pendingExcl.length) await drain(pendingExcl, excl);
        if (pendingSens.length) await drain(pendingSens, sens);
        if (item) {
          kept++;
          const rec: SpillRecord = { id: item.doc.id, text: item.doc.text, ...(item.doc.lang ? { lang: item.doc.lang } : {}), meta: item.doc.meta, source: item.doc.source ?? { source: src.id } };
          const w = docs.write(JSON.stringify(rec));
          if (w) await w;
          const w1 = ids.write(JSON.stringify(rec.id));
          if (w1) await w1;
          if (sigWidth) {
            const sig = item.signature ?? new Uint32Array(sigWidth);
            const w2 = sigs.writeRaw(new Uint8Array(sig.buffer, sig.byteOffset, sig.byteLength));
            if (w2) await w2;
          }
        }
        if (read - lastPost >= 200) { lastPost = read; post(); }
      }
    }
    await Promise.all([docs.commit(), excl.commit(), errs.commit(), sens.commit(), ids.commit(), sigs.commit()]);
  } catch (e) {
    await Promise.all([docs.abort(), excl.abort(), errs.abort(), sens.abort(), ids.abort(), sigs.abort()]);
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
