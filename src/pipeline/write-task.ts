/**
 * Stage 3, one task: streams the task's spilled documents, leaves out those the dedup stage dropped (each one an
 * exclusion of the dedup step), and writes the data files `part-<task>-<shard>`. Marker last.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { type BuildContext, dataDir, dedupFile, processFile, writeFile } from './context.js';
import { AtomicLineWriter, readJson, writeFileAtomic } from './files.js';
import type { Exclusion } from './item.js';
import { taskName, type Task } from './plan.js';
import type { SpillRecord } from './process-task.js';
import type { TaskDedup } from './dedup-stage.js';
import { addLength, bump, domainOf, emptyLengths, type LengthSummary } from './stats.js';
import { ShardWriter, type WrittenFile } from './writer.js';

export interface WriteResult {
  task: number;
  written: number;
  dedupExcluded: { exact: number; near: number };
  files: WrittenFile[];
  /** Character lengths of the written documents. */
  lengths: LengthSummary;
  languages: Record<string, number>;
  domains: Record<string, number>;
  seconds: number;
}

export async function runWriteTask(ctx: BuildContext, task: Task): Promise<WriteResult> {
  const t0 = performance.now();
  const decisions = readJson<TaskDedup>(dedupFile(ctx, task)) ?? { dropped: [] };
  const excl = new AtomicLineWriter(writeFile(ctx, task, 'excl.jsonl'));
  const out = new ShardWriter({
    dir: dataDir(ctx), prefix: `part-${taskName(task)}`, format: ctx.config.output.format,
    shardSize: ctx.config.output.shardSize, rowGroupSize: ctx.config.output.rowGroupSize,
  });
  const res: WriteResult = { task: task.index, written: 0, dedupExcluded: { exact: 0, near: 0 }, files: [], lengths: emptyLengths(), languages: {}, domains: {}, seconds: 0 };
  let di = 0;
  let ordinal = -1;
  const rl = createInterface({ input: createReadStream(processFile(ctx, task, 'docs.jsonl')), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line) continue;
    ordinal++;
    const rec = JSON.parse(line) as SpillRecord;
    const d = decisions.dropped[di];
    if (d && d[0] === ordinal) {
      di++;
      const x: Exclusion = {
        id: rec.id, source: rec.source.source, ...(rec.source.file ? { file: rec.source.file } : {}),
        ...(rec.source.location ? { location: rec.source.location } : {}), step: 'dedup', reason: d[1], detail: { keptId: d[2] },
      };
      await excl.write(JSON.stringify(x));
      if (d[1] === 'exact-duplicate') res.dedupExcluded.exact++;
      else res.dedupExcluded.near++;
      continue;
    }
    const p = rec.source;
    await out.add({
      id: rec.id, text: rec.text, lang: rec.lang ?? null, source: p.source, file: p.file ?? null, location: p.location ?? null,
      licence: p.licence ?? null, collection: p.collection ?? null, collected_at: p.collectedAt ?? null, url: p.url ?? null,
      meta: JSON.stringify(rec.meta),
    });
    res.written++;
    addLength(res.lengths, rec.text.length);
    bump(res.languages, rec.lang ?? 'unknown');
    const dom = domainOf(p.url);
    if (dom) bump(res.domains, dom);
  }
  await out.flush();
  await excl.commit();
  res.files = out.files;
  res.seconds = (performance.now() - t0) / 1000;
  writeFileAtomic(writeFile(ctx, task, 'done.json'), JSON.stringify(res));
  return res;
}
