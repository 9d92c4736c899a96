/**
 * Stage 2: the global dedup decision. Loads every task's signatures and ids (the hand-off files of stage 1),
 * decides, and writes one decision file per task for stage 3. Cheap and single-process; on a cluster it runs
 * as one job between the two arrays (docs/dedup.md).
 */
import { readFileSync } from 'node:fs';
import { type BuildContext, dedupFile, processFile } from './context.js';
import { readJson, writeFileAtomic } from './files.js';
import { DedupIndex } from './dedup/index.js';
import type { Plan } from './plan.js';
import type { ProcessResult } from './process-task.js';
import type { DedupConfig } from './schema.js';

/** Per task: spill ordinal -> why dropped and which document was kept. */
export interface TaskDedup {
  dropped: [number, 'exact-duplicate' | 'near-duplicate', string][];
}

export interface DedupSummary { exact: number; near: number; clusters: number }

export function dedupConfigOf(ctx: BuildContext): DedupConfig | undefined {
  return ctx.config.pipeline.find((s) => s.dedup)?.dedup;
}

export function runDedupStage(ctx: BuildContext, plan: Plan): DedupSummary {
  const cfg = dedupConfigOf(ctx);
  const perTask: TaskDedup[] = plan.tasks.map(() => ({ dropped: [] }));
  const summary: DedupSummary = { exact: 0, near: 0, clusters: 0 };
  if (cfg) {
    const width = 2 + (cfg.near === false ? 0 : cfg.near.hashes);
    const index = new DedupIndex(width - 2);
    const owner: { task: number; first: number; ids: string[] }[] = [];
    for (const t of plan.tasks) {
      const done = readJson<ProcessResult>(processFile(ctx, t, 'done.json'));
      if (!done) throw new Error(`dedup: task ${t.index} has not finished stage 1`);
      const buf = readFileSync(processFile(ctx, t, 'sig'));
      const sigs = new Uint32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
      const ids = spillIds(ctx, t.index);
      if (ids.length * width !== sigs.length) throw new Error(`dedup: task ${t.index}: ${ids.length} documents but ${sigs.length / width} signatures`);
      owner.push({ task: t.index, first: index.add(sigs), ids });
    }
    const locate = (g: number) => {
      let lo = 0, hi = owner.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (owner[mid]!.first <= g) lo = mid;
        else hi = mid - 1;
      }
      const o = owner[lo]!;
      return { task: o.task, ordinal: g - o.first, id: o.ids[g - o.first]! };
    };
    const decision = index.decide(cfg);
    const sorted = [...decision.dropped.entries()].sort((a, b) => a[0] - b[0]);
    for (const [g, d] of sorted) {
      const me = locate(g);
      perTask[me.task]!.dropped.push([me.ordinal, d.kind, locate(d.keep).id]);
      if (d.kind === 'exact-duplicate') summary.exact++;
      else summary.near++;
    }
    summary.clusters = decision.clusters;
  }
  plan.tasks.forEach((t, i) => writeFileAtomic(dedupFile(ctx, t), JSON.stringify(perTask[i])));
  return summary;
}

/** Ids of the spilled documents of a task, in order. */
function spillIds(ctx: BuildContext, task: number): string[] {
  const text = readFileSync(processFile(ctx, task, 'ids.jsonl'), 'utf8');
  const ids: string[] = [];
  for (const line of text.split('\n')) if (line) ids.push(JSON.parse(line) as string);
  return ids;
}
