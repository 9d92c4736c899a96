/**
 * Worker-thread entry (piscina): runs one stage-1 or stage-3 task; progress goes back through a MessagePort.
 * Tamis errors are returned as data: their class and code would not survive the thread boundary otherwise.
 */
import type { MessagePort } from 'node:worker_threads';
import { TamisError } from '../core/errors.js';
import type { BuildContext } from './context.js';
import type { Task } from './plan.js';
import { runProcessTask } from './process-task.js';
import { runWriteTask } from './write-task.js';

export interface WorkerJob { stage: 'process' | 'write'; ctx: BuildContext; task: Task; port?: MessagePort }
export interface WorkerReply { result?: unknown; error?: { area: string; code: string; message: string; hint?: string } }

export default async function run(job: WorkerJob): Promise<WorkerReply> {
  try {
    const result = job.stage === 'process'
      ? await runProcessTask(job.ctx, job.task, job.port ? (p) => job.port!.postMessage(p) : undefined)
      : await runWriteTask(job.ctx, job.task);
    return { result };
  } catch (e) {
    if (e instanceof TamisError) return { error: { area: e.area, code: e.code, message: e.message, ...(e.hint ? { hint: e.hint } : {}) } };
    throw e;
  } finally {
    job.port?.close();
  }
}
