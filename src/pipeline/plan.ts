/**
 * The build plan: sources expanded to files, grouped into tasks numbered in a stable order (sources in config
 * order, files sorted). Small files are grouped up to `output.taskSize`; a plain JSON Lines file bigger than that
 * is split into byte ranges of about taskSize (at least 256 KiB), one task each, consecutive, in file order
 * (split.ts); any other bigger file is a task alone. Tasks depend only on the config and the files, never on the
 * worker count, so the output does not either. Rank/world split: task i belongs to rank i mod world.
 */
import { statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { UsageError } from '../core/errors.js';
import { VERSION } from '../version.js';
import { expandPath } from './glob.js';
import type { BuildConfig, SourceConfig } from './schema.js';
import type { ByteRange } from '../io/types.js';
import { hashAndSplit, rangeSize, splittable } from './split.js';

export interface TaskFile {
  /** Absolute path. */
  file: string;
  /** Path relative to the config folder (what the output and manifest show: machine-independent). */
  relFile: string;
  /** Size and hash of the whole file (also for a range). */
  bytes: number;
  sha256: string;
  /** Set when the task reads only this part of the file (a split file: the task's only file). */
  range?: ByteRange;
}

/**
 * One unit of work: consecutive files of one source, up to `output.taskSize` bytes, or one range of a split file
 * (`bytes` is then the range's size), or one bigger file that cannot be split.
 */
export interface Task {
  index: number;
  sourceId: string;
  files: TaskFile[];
  bytes: number;
}

export interface Plan {
  version: string;
  configHash: string;
  tasks: Task[];
}

/** sha256 of the config as parsed (key order kept): the same YAML gives the same hash. */
export function configHash(config: BuildConfig): string {
  return createHash('sha256').update(JSON.stringify(config)).digest('hex');
}

export async function makePlan(config: BuildConfig, baseDir: string, version?: string): Promise<Plan> {
  const tasks: Task[] = [];
  const limit = config.output.taskSize;
  for (const s of config.sources) {
    const patterns = Array.isArray(s.path) ? s.path : [s.path];
    const files = [...new Set(patterns.flatMap((p) => expandPath(p, baseDir)))].sort();
    if (files.length === 0) throw new UsageError(`source "${s.id}": no file matches ${patterns.join(', ')}`, { hint: 'paths are relative to the folder of tamis.yaml' });
    let cur: Task | undefined;
    for (const file of files) {
      const bytes = statSync(file).size;
      const hashed = await hashAndSplit(file, splittable(s, file) ? rangeSize(bytes, limit) : 0);
      const f: TaskFile = { file, relFile: relative(baseDir, file) || file, bytes, sha256: hashed.sha256 };
      if (hashed.ranges.length > 0) {
        for (const range of hashed.ranges) tasks.push({ index: tasks.length, sourceId: s.id, files: [{ ...f, range }], bytes: range.end - range.start });
        cur = undefined;
        continue;
      }
      if (!cur || cur.bytes + f.bytes > limit) {
        cur = { index: tasks.length, sourceId: s.id, files: [], bytes: 0 };
        tasks.push(cur);
      }
      cur.files.push(f);
      cur.bytes += f.bytes;
    }
  }
  const hash = configHash(config);
  const inputs = createHash('sha256').update(VERSION).update(hash);
  for (const t of tasks) for (const f of t.files) if (!continuesFile(f)) inputs.update(`${t.sourceId}\0${f.relFile}\0${f.sha256}\n`);
  return { version: version ?? `v-${inputs.digest('hex').slice(0, 12)}`, configHash: hash, tasks };
}

export function sourceOf(config: BuildConfig, id: string): SourceConfig {
  const s = config.sources.find((x) => x.id === id);
  if (!s) throw new Error(`unknown source ${id}`);
  return s;
}

export function tasksForRank(tasks: readonly Task[], rank: number, world: number): Task[] {
  return tasks.filter((t) => t.index % world === rank);
}

/** True for the second and later ranges of a split file: the file was already listed by the task before. */
export function continuesFile(f: TaskFile): boolean {
  return f.range !== undefined && f.range.start > 0;
}

/** Short description for messages: the first file (and its range), and how many more. */
export function describeTask(t: Task): string {
  const f = t.files[0];
  const range = f?.range ? ` (bytes ${f.range.start}-${f.range.end}, from line ${f.range.firstLine})` : '';
  return `${f?.relFile ?? '?'}${range}${t.files.length > 1 ? ` (+${t.files.length - 1} files)` : ''}`;
}

export function taskName(t: Task | number): string {
  return String(typeof t === 'number' ? t : t.index).padStart(5, '0');
}
