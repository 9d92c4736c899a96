/**
 * The one call site between the build and the readers of src/io: the reader registry picks the reader from the
 * file name (the build points it at a symlink named after the source's format/compression overrides).
 */
import { InputError } from '../core/errors.js';
import { readerFor } from '../io/index.js';
import type { ReadItem, ReadOptions } from '../io/types.js';

export async function* readFileItems(path: string, opts: ReadOptions): AsyncIterable<ReadItem> {
  const reader = readerFor(path);
  if (!reader) {
    yield { kind: 'error', error: new InputError('UNSUPPORTED_FORMAT', path, undefined, 'no reader for this file type', { hint: 'set `format:` on the source' }) };
    return;
  }
  // Only the JSON Lines reader reads byte ranges; the plan splits nothing else (split.ts).
  if (opts.range && reader.name !== 'jsonl') throw new Error(`${path}: the ${reader.name} reader cannot read a byte range`);
  yield* reader.read(path, opts);
}
