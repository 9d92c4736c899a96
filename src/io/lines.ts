/**
 * Splits a byte stream into lines without quadratic buffering: a line that spans chunks is kept as a list of
 * chunk slices and joined once, when its end arrives, so a 50 MB single line costs one copy. A line longer than
 * `maxLineBytes` is skipped (reported by the caller) instead of growing memory without bound.
 */

export interface Line {
  /** 1-based line number. */
  no: number;
  /** Bytes of the line without the trailing `\n` / `\r\n`; empty when `tooLong`. */
  bytes: Uint8Array;
  /** The line exceeded maxLineBytes and was dropped. */
  tooLong?: boolean;
}

/** Far above any sane record, below V8's maximum string length (~512 MiB). */
export const DEFAULT_MAX_LINE_BYTES = 256 * 1024 * 1024;

export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxLineBytes = DEFAULT_MAX_LINE_BYTES): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let partsLen = 0;
  let overflow = false;
  let no = 0;
  for await (const chunk of chunks) {
    let pos = 0;
    for (;;) {
      const nl = chunk.indexOf(10, pos);
      if (nl < 0) break;
      no++;
      const piece = chunk.subarray(pos, nl);
      pos = nl + 1;
      if (overflow || partsLen + piece.length > maxLineBytes) {
        yield { no, bytes: new Uint8Array(0), tooLong: true };
      } else {
        yield { no, bytes: stripCr(parts.length === 0 ? piece : Buffer.concat([...parts, piece], partsLen + piece.length)) };
      }
      parts = [];
      partsLen = 0;
      overflow = false;
    }
    if (pos < chunk.length && !overflow) {
      const rest = chunk.subarray(pos);
      if (partsLen + rest.length > maxLineBytes) { overflow = true; parts = []; partsLen = 0; }
      // Copy: the stream may reuse the chunk's memory.
      else { parts.push(Uint8Array.prototype.slice.call(rest)); partsLen += rest.length; }
    }
  }
  if (overflow) yield { no: no + 1, bytes: new Uint8Array(0), tooLong: true };
  else if (partsLen > 0) yield { no: no + 1, bytes: stripCr(Buffer.concat(parts, partsLen)) };
}

function stripCr(b: Uint8Array): Uint8Array {
  return b.length > 0 && b[b.length - 1] === 13 ? b.subarray(0, b.length - 1) : b;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Strict UTF-8 decoding: null on invalid bytes (the caller reports the location); a leading BOM is dropped. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** Offset of the first invalid UTF-8 byte, for the error message (the bytes themselves are never printed). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  // Only runs on the error path: walk sequence by sequence and decode each one strictly.
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (n === 0 || i + n > bytes.length || decodeUtf8(bytes.subarray(i, i + n)) === null) return i;
    i += n;
  }
  return i;
}
