/**
 * The build plan: sources expanded to files, one task per file, numbered in a stable order (sources in config
 * order, files sorted). Tasks are independent of the worker count, so the output is too. Rank/world split:
 * task i belongs to rank i mod world.
 */
import { statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { UsageError } from '../core/errors.js';
import { VERSION } from '../version.js';
import { expandPath } from './glob.js';
import type { BuildConfig, SourceConfig } from './schema.js';
import { sha256File } from './files.js';

export interface Task {
  index: number;
  sourceId: string;
  /** Absolute path. */
  file: string;
  /** Path relative to the config folder (what the output and manifest show: machine-independent). */
  relFile: string;
  bytes: number;
  sha256: string;
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
  for (const s of config.sources) {
    const patterns = Array.isArray(s.path) ? s.path : [s.path];
    const files = [...new Set(patterns.flatMap((p) => expandPath(p, baseDir)))].sort();
    if (files.length === 0) throw new UsageError(`source "${s.id}": no file matches ${patterns.join(', ')}`, { hint: 'paths are relative to the folder of tamis.yaml' });
    for (const file of files) {
      tasks.push({ index: tasks.length, sourceId: s.id, file, relFile: relative(baseDir, file) || file, bytes: statSync(file).size, sha256: await sha256File(file) });
    }
  }
  const hash = configHash(config);
  const inputs = createHash('sha256').update(VERSION).update(hash);
  for (const t of tasks) inputs.update(`${t.sourceId}\0${t.relFile}\0${t.sha256}\n`);
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

export function taskName(t: Task | number): string {
  return String(typeof t === 'number' ? t : t.index).padStart(5, '0');
}
