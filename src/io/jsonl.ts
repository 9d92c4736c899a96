/** JSON Lines (`.jsonl`, `.ndjson`, optionally `.gz` / `.zst`): one JSON object per line, streamed line by line. */
import { InputError } from '../core/errors.js';
import { checkFile, logicalName, readBytes } from './bytes.js';
import { decodeUtf8, firstInvalidUtf8, splitLines } from './lines.js';
import { recordToItem } from './record.js';
import type { ReadItem, ReadOptions, Reader } from './types.js';

export const jsonlReader: Reader = {
  name: 'jsonl',
  matches: (path) => /\.(jsonl|ndjson)$/.test(logicalName(path)),
  read: readJsonl,
};

async function* readJsonl(file: string, opts: ReadOptions): AsyncGenerator<ReadItem> {
  const bad = await checkFile(file);
  if (bad) { yield { kind: 'error', error: bad }; return; }
  // A range (a build task's share of a big file) starts after a newline; its lines keep their whole-file numbers.
  const range = opts.range;
  const before = range ? range.firstLine - 1 : 0;
  let lastLine = before;
  try {
    for await (const line of splitLines(readBytes(file, range))) {
      const no = line.no + before;
      lastLine = no;
      const location = `line ${no}`;
      const err = (code: string, reason: string): ReadItem => ({ kind: 'error', error: new InputError(code, file, location, reason) });
      if (line.tooLong) { yield err('LINE_TOO_LONG', 'line longer than 256 MiB, skipped'); continue; }
      const text = decodeUtf8(line.bytes);
      if (text === null) { yield err('INVALID_UTF8', `invalid UTF-8 at byte ${firstInvalidUtf8(line.bytes) + 1} of the line`); continue; }
      if (text.trim() === '') continue;
      let rec: unknown;
      try {
        rec = JSON.parse(text);
      } catch (e) {
        yield err('MALFORMED_JSON', safeJsonError(e));
        continue;
      }
      yield recordToItem(rec, { file, location, n: no }, opts);
    }
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    // Decompression failed mid-stream: everything before was processed; say where it stopped.
    yield { kind: 'error', error: new InputError(e.code, file, `after line ${lastLine}`, e.message.slice(e.message.indexOf(': ') + 2)) };
  }
}

/**
 * V8's JSON.parse messages quote the offending input ("... "jean@x.fr" is not valid JSON"): keep only the
 * position, never the content.
 */
export function safeJsonError(e: unknown): string {
  const msg = e instanceof Error ? e.message : '';
  const pos = /position (\d+)/.exec(msg);
  if (/Unexpected end of JSON input|Unterminated string/i.test(msg)) return 'malformed JSON (unexpected end of input)';
  return `malformed JSON${pos ? ` at character ${Number(pos[1]) + 1}` : ''}`;
}
