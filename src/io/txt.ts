/** `.txt` / `.md` (optionally `.gz` / `.zst`): one document per file; the id is the file name. */
import { basename } from 'node:path';
import { InputError } from '../core/errors.js';
import { checkFile, logicalName, readBytes } from './bytes.js';
import { decodeUtf8, firstInvalidUtf8 } from './lines.js';
import { makeDoc } from './record.js';
import type { ReadItem, ReadOptions, Reader } from './types.js';

export const txtReader: Reader = {
  name: 'txt',
  matches: (path) => /\.(txt|md)$/.test(logicalName(path)),
  read: readTxt,
};

async function* readTxt(file: string, opts: ReadOptions): AsyncGenerator<ReadItem> {
  const bad = await checkFile(file);
  if (bad) { yield { kind: 'error', error: bad }; return; }
  // The whole file is one document, so it is held whole (as the detector needs it anyway).
  const parts: Uint8Array[] = [];
  try {
    for await (const c of readBytes(file)) parts.push(Uint8Array.prototype.slice.call(c));
  } catch (e) {
    yield { kind: 'error', error: e instanceof InputError ? e : new InputError('READ_FAILED', file, undefined, String(e)) };
    return;
  }
  const bytes = Buffer.concat(parts);
  const text = decodeUtf8(bytes);
  if (text === null) {
    const at = firstInvalidUtf8(bytes);
    const line = 1 + bytes.subarray(0, at).filter((b) => b === 10).length;
    yield { kind: 'error', error: new InputError('INVALID_UTF8', file, `line ${line}`, `invalid UTF-8 at byte ${at + 1}; file skipped`) };
    return;
  }
  yield { kind: 'doc', doc: makeDoc(basename(file), text, {}, { file }, opts) };
}
