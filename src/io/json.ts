/**
 * `.json` (optionally `.gz` / `.zst`): a top-level array of objects (one document each) or a single object.
 * The array is split into elements by a small byte scanner (strings, escapes, nesting) so a large file streams
 * element by element instead of being parsed whole; each element is then decoded and parsed on its own, so a bad
 * element is reported with its index and the others still come through.
 */
import { InputError } from '../core/errors.js';
import { checkFile, logicalName, readBytes } from './bytes.js';
import { safeJsonError } from './jsonl.js';
import { decodeUtf8, firstInvalidUtf8 } from './lines.js';
import { recordToItem } from './record.js';
import type { ReadItem, ReadOptions, Reader } from './types.js';

export const jsonReader: Reader = {
  name: 'json',
  matches: (path) => logicalName(path).endsWith('.json'),
  read: readJson,
};

interface Element { n: number; bytes: Uint8Array }

async function* readJson(file: string, opts: ReadOptions): AsyncGenerator<ReadItem> {
  const bad = await checkFile(file);
  if (bad) { yield { kind: 'error', error: bad }; return; }
  let last = 0;
  try {
    for await (const el of splitTopLevel(readBytes(file), file)) {
      last = el.n;
      const location = el.n === 0 ? 'document' : `record ${el.n}`;
      const err = (code: string, reason: string): ReadItem => ({ kind: 'error', error: new InputError(code, file, location, reason) });
      const text = decodeUtf8(el.bytes);
      if (text === null) { yield err('INVALID_UTF8', `invalid UTF-8 at byte ${firstInvalidUtf8(el.bytes) + 1} of the record`); continue; }
      let rec: unknown;
      try { rec = JSON.parse(text); } catch (e) { yield err('MALFORMED_JSON', safeJsonError(e)); continue; }
      yield recordToItem(rec, { file, location, n: Math.max(1, el.n) }, opts);
    }
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    yield { kind: 'error', error: new InputError(e.code, file, e.location ?? (last ? `after record ${last}` : undefined), e.message.slice(e.message.indexOf(': ') + 2)) };
  }
}

const OPEN_ARR = 0x5b, CLOSE_ARR = 0x5d, OPEN_OBJ = 0x7b, CLOSE_OBJ = 0x7d, QUOTE = 0x22, BSL = 0x5c, COMMA = 0x2c;
const isWs = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/**
 * Yields the elements of a top-level array (n = 1, 2, ...) or the whole top-level value (n = 0). Element bytes are
 * kept as chunk slices and joined once, so memory is bounded by the largest element.
 */
export async function* splitTopLevel(chunks: AsyncIterable<Uint8Array>, file: string): AsyncGenerator<Element> {
  let mode: 'start' | 'array' | 'single' | 'done' = 'start';
  let depth = 0; // nesting inside the current element (array mode) or the value (single mode)
  let inStr = false;
  let esc = false;
  let parts: Uint8Array[] = [];
  let elStart = -1; // start of the current element in the current chunk, -1 when none open
  let n = 0;
  let afterComma = false;
  const flush = (chunk: Uint8Array, end: number): Uint8Array => {
    const piece = chunk.subarray(elStart < 0 ? 0 : elStart, end);
    const all = parts.length ? Buffer.concat([...parts, piece]) : Uint8Array.prototype.slice.call(piece);
    parts = [];
    elStart = -1;
    return all;
  };
  const fail = (reason: string) => new InputError('MALFORMED_JSON', file, n ? `after record ${n}` : undefined, reason);
  let open = false; // an element is being collected
  for await (const chunk of chunks) {
    if (open) elStart = 0;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i] as number;
      if (mode === 'done') { if (!isWs(b)) throw fail('unexpected content after the end of the JSON value'); continue; }
      if (inStr) {
        if (esc) esc = false;
        else if (b === BSL) esc = true;
        else if (b === QUOTE) inStr = false;
        continue;
      }
      if (mode === 'start') {
        if (isWs(b) || (b === 0xef || b === 0xbb || b === 0xbf)) continue; // whitespace, UTF-8 BOM
        if (b === OPEN_ARR) { mode = 'array'; continue; }
        mode = 'single'; open = true; elStart = i; depth = 0;
      }
      if (!open) {
        // Between elements of the top-level array.
        if (isWs(b)) continue;
        if (b === COMMA) { if (afterComma || n === 0) throw fail('unexpected comma'); afterComma = true; continue; }
        if (b === CLOSE_ARR) { if (afterComma) throw fail('trailing comma before ]'); mode = 'done'; continue; }
        if (n > 0 && !afterComma) throw fail('missing comma between records');
        open = true; elStart = i; depth = 0; afterComma = false; n++;
      }
      if (b === QUOTE) { inStr = true; continue; }
      if (b === OPEN_ARR || b === OPEN_OBJ) { depth++; continue; }
      if (b === CLOSE_ARR || b === CLOSE_OBJ) {
        if (depth === 0 && mode === 'array') {
          // `]` closing the top-level array right after a scalar element.
          yield { n, bytes: flush(chunk, i) }; open = false; mode = 'done'; continue;
        }
        depth--;
        if (depth === 0) { yield { n: mode === 'single' ? 0 : n, bytes: flush(chunk, i + 1) }; open = false; if (mode === 'single') mode = 'done'; }
        continue;
      }
      if (b === COMMA && depth === 0 && mode === 'array') { yield { n, bytes: flush(chunk, i) }; open = false; afterComma = true; }
    }
    if (open) { parts.push(Uint8Array.prototype.slice.call(chunk.subarray(elStart < 0 ? 0 : elStart))); elStart = -1; }
  }
  if (mode === 'start') throw fail('empty file: no JSON value');
  if (open && mode === 'single' && depth === 0) { yield { n: 0, bytes: Buffer.concat(parts) }; return; }
  if (mode !== 'done') throw fail('unexpected end of file: the JSON array or object is not closed (truncated?)');
}
