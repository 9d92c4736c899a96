/**
 * Opens an input file as a stream of bytes, decompressing `.gz` (node:zlib) and `.zst` (fzstd) on the fly, and
 * turns open/decompression failures into InputErrors that name the file and say why (never its content).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { PassThrough, pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { Decompress } from 'fzstd';
import { InputError, errorMessage } from '../core/errors.js';

export type Compression = 'gzip' | 'zstd' | 'none';

/**
 * The input path `-`: JSON Lines read from standard input (`zcat a.jsonl.gz | tamis detect -`). Its logical name
 * is `stdin.jsonl`, so the JSON Lines reader takes it and default ids read `stdin.jsonl:<line>`.
 */
export const STDIN = '-';

export function compressionOf(path: string): Compression {
  const p = path.toLowerCase();
  if (p.endsWith('.gz')) return 'gzip';
  if (p.endsWith('.zst') || p.endsWith('.zstd')) return 'zstd';
  return 'none';
}

/** Path without its compression suffix, lower-cased: `a/B.JSONL.GZ` -> `a/b.jsonl`. */
export function logicalName(path: string): string {
  if (path === STDIN) return 'stdin.jsonl';
  return basename(path).toLowerCase().replace(/\.(gz|zst|zstd)$/, '');
}

/** Checks that the file exists and is a readable regular file; the error says what is wrong. */
export async function checkFile(path: string): Promise<InputError | null> {
  if (path === STDIN) return null;
  try {
    const s = await stat(path);
    if (s.isDirectory()) return new InputError('IS_DIRECTORY', path, undefined, 'is a directory, not a file');
    if (s.size === 0 && compressionOf(path) !== 'none') {
      return new InputError('EMPTY_COMPRESSED', path, undefined, `empty file: not a valid ${compressionOf(path)} stream`);
    }
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return new InputError('NOT_FOUND', path, undefined, 'no such file');
    if (code === 'EACCES') return new InputError('NOT_READABLE', path, undefined, 'permission denied');
    return new InputError('NOT_READABLE', path, undefined, errorMessage(e));
  }
}

/**
 * Decompressed bytes of the file. Errors raised while iterating (truncated gzip, corrupt zstd) are thrown as
 * InputError with the reason; the caller adds the location reached. `range` ([start, end) in bytes) reads part of
 * an uncompressed file.
 */
export async function* readBytes(path: string, range?: { start: number; end: number }): AsyncGenerator<Uint8Array> {
  const comp = compressionOf(path);
  if (range && (comp !== 'none' || path === STDIN)) throw new Error(`byte range read of ${path}: only plain files can be read by range`);
  if (range && range.end <= range.start) return;
  // createReadStream's `end` is inclusive.
  const src: Readable = path === STDIN ? process.stdin : createReadStream(path, { highWaterMark: 1 << 20, ...(range ? { start: range.start, end: range.end - 1 } : {}) });
  let stream: Readable = src;
  if (comp === 'gzip') {
    const gunzip = createGunzip();
    pipeline(src, gunzip, () => { /* errors surface through the iteration below */ });
    stream = gunzip;
  } else if (comp === 'zstd') {
    stream = zstdStream(src);
  }
  try {
    for await (const chunk of stream) yield chunk as Uint8Array;
  } catch (e) {
    throw new InputError(comp === 'none' ? 'READ_FAILED' : 'CORRUPT_COMPRESSED', path, undefined, describe(comp, e), { cause: e });
  } finally {
    src.destroy();
  }
}

function describe(comp: Compression, e: unknown): string {
  const msg = errorMessage(e);
  if (comp === 'gzip') return /unexpected end/i.test(msg) ? 'truncated gzip stream (unexpected end of file)' : `corrupt gzip stream (${msg})`;
  if (comp === 'zstd') return `corrupt or truncated zstd stream (${msg})`;
  return `read failed (${msg})`;
}

/** fzstd's streaming Decompress wrapped as a Readable; a stream that ends mid-frame is an error. */
function zstdStream(src: Readable): Readable {
  const out = new PassThrough({ highWaterMark: 1 << 20 });
  const dec = new Decompress((data, final) => {
    if (data.length) out.write(data);
    if (final) finished = true;
  });
  let finished = false;
  let any = false;
  (async () => {
    try {
      for await (const chunk of src) {
        any = true;
        dec.push(chunk as Uint8Array);
        if (out.writableNeedDrain) await new Promise((r) => out.once('drain', r));
      }
      dec.push(new Uint8Array(0), true);
      if (!any) throw new Error('empty file');
      if (!finished) throw new Error('unexpected end of file');
      out.end();
    } catch (e) {
      out.destroy(e instanceof Error ? e : new Error(String(e)));
    }
  })();
  return out;
}
