/** What every task needs, as plain data (it crosses into worker threads). */
import { join } from 'node:path';
import type { BuildConfig } from './schema.js';
import type { Task } from './plan.js';
import { taskName } from './plan.js';

export interface BuildContext {
  config: BuildConfig;
  baseDir: string;
  /** build/<version> */
  outDir: string;
  strict: boolean;
  /** Project key file for keyed pseudonymisation (else $TAMIS_KEY or ./.tamis-key, see transformer.ts). */
  keyFile?: string;
}

export const workDir = (ctx: BuildContext) => join(ctx.outDir, '.work');
export const processFile = (ctx: BuildContext, t: Task | number, kind: string) => join(workDir(ctx), 'process', `${taskName(t)}.${kind}`);
export const writeFile = (ctx: BuildContext, t: Task | number, kind: string) => join(workDir(ctx), 'write', `${taskName(t)}.${kind}`);
export const dedupFile = (ctx: BuildContext, t: Task | number) => join(workDir(ctx), 'dedup', `${taskName(t)}.json`);
export const dataDir = (ctx: BuildContext) => join(ctx.outDir, 'data');

/** Progress messages a task posts while it runs. */
export interface TaskProgress {
  task: number;
  /** UTF-8 bytes of text read so far. */
  bytes: number;
  records: number;
  /** Per step: in, out. */
  steps: [number, number][];
  done?: boolean;
}
