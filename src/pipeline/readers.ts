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
  yield* reader.read(path, opts);
}
