/**
 * The one call site between the build and the readers of src/io: picks the reader for a file (by the source's
 * `format` or the file name) and yields its documents and located errors.
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { InputError } from '../core/errors.js';
import { htmlReader } from '../io/html.js';
import type { ReadItem, ReadOptions, Reader } from '../io/types.js';
import { warcReader } from '../io/warc.js';

// Interim JSON Lines reader until src/io's registry lands (then replaced by it).
const jsonlReader: Reader = {
  name: 'jsonl',
  matches: (p) => /\.jsonl(\.gz)?$/i.test(p),
  async *read(path: string, opts: ReadOptions): AsyncIterable<ReadItem> {
    const raw = createReadStream(path);
    const input = path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
    const rl = createInterface({ input, crlfDelay: Infinity });
    let n = 0;
    try {
      for await (const line of rl) {
        n++;
        if (!line.trim()) continue;
        let rec: Record<string, unknown>;
        try {
          rec = JSON.parse(line) as Record<string, unknown>;
        } catch (e) {
          yield { kind: 'error', error: new InputError('JSONL_BAD_ROW', path, `line ${n}`, `invalid JSON: ${(e as Error).message}`) };
          continue;
        }
        const text = rec[opts.textField];
        if (typeof text !== 'string') {
          yield { kind: 'error', error: new InputError('JSONL_NO_TEXT', path, `line ${n}`, `no string field "${opts.textField}"`) };
          continue;
        }
        const { [opts.textField]: _t, ...meta } = rec;
        const idv = opts.idField ? rec[opts.idField] : undefined;
        yield {
          kind: 'doc',
          doc: {
            id: idv !== undefined ? String(idv) : `${basename(path)}:${n}`,
            text,
            meta,
            source: { source: opts.provenance?.source ?? path, ...opts.provenance, file: path, location: `line ${n}` },
          },
        };
      }
    } catch (e) {
      yield { kind: 'error', error: new InputError('JSONL_TRUNCATED', path, `line ${n + 1}`, `read stopped: ${(e as Error).message}`) };
    }
  },
};

const READERS: readonly Reader[] = [htmlReader, warcReader, jsonlReader];

export function readerFor(path: string): Reader | undefined {
  return READERS.find((r) => r.matches(path));
}

export async function* readFileItems(path: string, opts: ReadOptions): AsyncIterable<ReadItem> {
  const reader = readerFor(path);
  if (!reader) {
    yield { kind: 'error', error: new InputError('NO_READER', path, undefined, 'no reader for this file type', { hint: 'set `format:` on the source' }) };
    return;
  }
  yield* reader.read(path, opts);
}
