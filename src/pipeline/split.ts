/**
 * Splitting a big plain JSON Lines file into byte ranges, so that one huge file does not run on one core. The
 * plan reads every file once to hash it; the cut points are found in the same pass. A cut is always right after a
 * '\n' (a range never starts or ends inside a line), and each range knows the whole-file number of its first line,
 * so ids (`<file>:<line>`) and error locations ("line N") are those of a whole-file read.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readerFor } from '../io/index.js';
import { compressionOf } from '../io/bytes.js';
import type { ByteRange } from '../io/types.js';
import type { SourceConfig } from './schema.js';

export interface HashedFile {
  sha256: string;
  /** Bytes read. */
  size: number;
  /** The file's ranges in order, covering it exactly; empty when the file is not split (fewer than two ranges). */
  ranges: ByteRange[];
}

/**
 * Ranges are never smaller than this, whatever `output.taskSize`: below it the per-task costs (a data file, the
 * markers, the steps set up again) outweigh the gain, and a tiny taskSize (the tests use 1 to get one task per
 * small file) does not cut a file into a task per line.
 */
export const MIN_RANGE_BYTES = 256 * 1024;

/** The range size for a file of `bytes` bytes under `taskSize`: 0 (do not split) when the file fits in a task. */
export function rangeSize(bytes: number, taskSize: number): number {
  const every = Math.max(taskSize, MIN_RANGE_BYTES);
  return bytes > every ? every : 0;
}

/**
 * True when the build may split this file: read by the JSON Lines reader (by name or by the source's `format`)
 * and not compressed (by name or by the source's `compression`). Mirrors the reader choice of process-task.ts.
 */
export function splittable(src: Pick<SourceConfig, 'format' | 'compression'>, file: string): boolean {
  if (compressionOf(file) !== 'none') return false;
  if (src.compression && src.compression !== 'none') return false;
  return (src.format ?? readerFor(file)?.name) === 'jsonl';
}

/**
 * sha256 of the file and, when `every` > 0, its ranges: a range ends at the first newline that makes it at least
 * `every` bytes long (the last one takes what is left). Never an empty range.
 */
export async function hashAndSplit(path: string, every: number): Promise<HashedFile> {
  const h = createHash('sha256');
  const starts: { at: number; line: number }[] = [{ at: 0, line: 1 }];
  let pos = 0; // bytes before the current chunk
  let newlines = 0; // '\n' before the current chunk's scanned part
  let next = every; // the earliest offset a cut may be at
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const b = chunk as Buffer;
    h.update(b);
    if (every > 0) {
      for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) {
        newlines++;
        const cut = pos + i + 1;
        if (cut >= next) {
          starts.push({ at: cut, line: newlines + 1 });
          next = cut + every;
        }
      }
    }
    pos += b.length;
  }
  // A cut at the very end would leave an empty last range.
  if (starts.length > 1 && starts[starts.length - 1]!.at >= pos) starts.pop();
  const ranges = starts.length < 2 ? [] : starts.map((s, k) => ({ start: s.at, end: starts[k + 1]?.at ?? pos, firstLine: s.line }));
  return { sha256: h.digest('hex'), size: pos, ranges };
}
