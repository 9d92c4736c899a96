/** Writing lines to stdout or a file with backpressure, and the `tamis detect` line format (a contract). */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Doc } from '../core/types.js';
import type { CompactAnalysis } from './analysis.js';

/**
 * **contract** — one line per document: id, lang, entities (type, subtype when present, start, end, score,
 * recognizer, value only when asked), sensitive (category, score, evidence offsets). Key order is fixed.
 */
export function findingsLine(doc: Doc, a: CompactAnalysis, includeValues: boolean): string {
  return JSON.stringify({
    id: doc.id,
    lang: a.lang,
    entities: a.entities.map((e) => ({
      type: e.type,
      ...(e.subtype ? { subtype: e.subtype } : {}),
      start: e.start,
      end: e.end,
      score: e.score,
      recognizer: e.recognizer,
      ...(includeValues ? { value: doc.text.slice(e.start, e.end) } : {}),
    })),
    sensitive: a.sensitive.map((s) => ({ category: s.category, score: s.score, evidence: s.evidence.map((e) => ({ start: e.start, end: e.end })) })),
  });
}

export interface LineSink {
  write(s: string): Promise<void>;
  close(): Promise<void>;
  /** The reader went away (`tamis detect … | head`): stop producing output; not an error. */
  readonly closed: boolean;
}

/** A sink on stdout (path undefined or "-") or a file; waits for `drain` so a slow consumer bounds memory. */
export function openSink(path: string | undefined): LineSink {
  const stream: Writable = path === undefined || path === '-' ? process.stdout : createWriteStream(path);
  let failed: Error | undefined;
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') closed = true; else failed = e; });
  return {
    get closed() { return closed; },
    async write(s) {
      if (failed) throw failed;
      if (closed) return;
      try {
        if (!stream.write(s)) await drained(stream);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EPIPE') closed = true;
        else throw e;
      }
    },
    async close() {
      if (stream === process.stdout || closed) return;
      await new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
    },
  };
}

/** Resolves on `drain`, rejects on `error`; removes both listeners either way (no listener build-up). */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (e?: Error) => {
      stream.off('drain', onDrain);
      stream.off('error', onError);
      if (e) reject(e); else resolve();
    };
    const onDrain = () => done();
    const onError = (e: Error) => done(e);
    stream.on('drain', onDrain);
    stream.on('error', onError);
  });
}
