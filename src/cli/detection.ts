/**
 * Runs detection over a stream of read items, in input order, in batches. Small inputs are analysed in-process;
 * once more than `poolAfterBytes` of text has gone through and more than one worker is allowed, batches go to a
 * piscina pool of worker threads (each with its own engine). Results are yielded in submission order, with a
 * bounded number of batches in flight, so memory stays bounded and output order equals input order.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { InputError } from '../core/errors.js';
import type { Doc } from '../core/types.js';
import type { ReadItem } from '../io/types.js';
import { analyzeTexts, buildEngine, type CompactAnalysis, type EngineSettings } from './analysis.js';
import { defaultWorkers } from './options.js';

export type AnalyzedItem = { kind: 'doc'; doc: Doc; analysis: CompactAnalysis } | { kind: 'error'; error: InputError };

export interface RunOptions {
  settings: EngineSettings;
  /** Worker threads allowed; 1 = always in-process. Default: all cores. */
  workers?: number;
  /** Text (UTF-16 code units) analysed in-process before the pool starts. Default 4 Mi. */
  poolAfterBytes?: number;
  /** Called after each batch with the text length it held (progress). */
  onBatch?: (docs: number, chars: number) => void;
  /** Filled in as the run goes: how many worker threads were used (0 = in-process only). */
  stats?: { threads: number };
}

const BATCH_DOCS = 512;
const BATCH_CHARS = 1 << 20;

export { defaultWorkers };

export async function* analyzeItems(items: AsyncIterable<ReadItem>, opts: RunOptions): AsyncGenerator<AnalyzedItem[]> {
  const workers = Math.max(1, opts.workers ?? defaultWorkers());
  const poolAfter = opts.poolAfterBytes ?? 4 * 1024 * 1024;
  let engine: ReturnType<typeof buildEngine> | undefined;
  let pool: Piscina | undefined;
  let inlineChars = 0;
  const queue: Promise<AnalyzedItem[]>[] = [];
  const maxInFlight = workers * 2;

  const submit = (batch: ReadItem[], chars: number): Promise<AnalyzedItem[]> => {
    const docs = batch.filter((b): b is { kind: 'doc'; doc: Doc } => b.kind === 'doc').map((b) => b.doc);
    const texts = docs.map((d) => d.text);
    const merge = (res: CompactAnalysis[]): AnalyzedItem[] => {
      let i = 0;
      opts.onBatch?.(docs.length, chars);
      return batch.map((b) => (b.kind === 'doc' ? { kind: 'doc', doc: b.doc, analysis: res[i++] as CompactAnalysis } : b));
    };
    if (!pool && workers > 1 && inlineChars >= poolAfter) {
      pool = new Piscina({ filename: workerFile(), minThreads: workers, maxThreads: workers, idleTimeout: 1000 });
      if (opts.stats) opts.stats.threads = workers;
    }
    if (pool && texts.length > 0) return pool.run({ settings: opts.settings, texts }).then(merge);
    engine ??= buildEngine(opts.settings);
    inlineChars += chars;
    return Promise.resolve(merge(analyzeTexts(engine, texts, opts.settings.lang)));
  };

  try {
    let batch: ReadItem[] = [];
    let chars = 0;
    for await (const item of items) {
      batch.push(item);
      if (item.kind === 'doc') chars += item.doc.text.length;
      if (batch.length >= BATCH_DOCS || chars >= BATCH_CHARS) {
        queue.push(guard(submit(batch, chars)));
        batch = [];
        chars = 0;
        while (queue.length >= maxInFlight) yield await (queue.shift() as Promise<AnalyzedItem[]>);
        // In-process results are ready at once: hand them out without waiting for the window to fill.
        if (!pool) while (queue.length) yield await (queue.shift() as Promise<AnalyzedItem[]>);
      }
    }
    if (batch.length) queue.push(guard(submit(batch, chars)));
    while (queue.length) yield await (queue.shift() as Promise<AnalyzedItem[]>);
  } finally {
    if (pool) await pool.destroy();
  }
}

/** A failed batch is rethrown when its turn comes; until then it must not count as an unhandled rejection. */
function guard<T>(p: Promise<T>): Promise<T> {
  p.catch(() => {});
  return p;
}

/** The compiled worker next to this module (dist), or a tsx bootstrap when running from the TypeScript sources. */
function workerFile(): string {
  const js = fileURLToPath(new URL('./detect-worker.js', import.meta.url));
  return existsSync(js) ? js : fileURLToPath(new URL('./detect-worker.dev.mjs', import.meta.url));
}
