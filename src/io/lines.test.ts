import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeUtf8, firstInvalidUtf8, splitLines } from './lines.js';

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function lines(s: string | Uint8Array, size: number, max?: number) {
  const out: { no: number; text: string; tooLong?: boolean }[] = [];
  const bytes = typeof s === 'string' ? Buffer.from(s) : s;
  for await (const l of splitLines(chunked(bytes, size), max)) out.push({ no: l.no, text: Buffer.from(l.bytes).toString(), ...(l.tooLong ? { tooLong: true } : {}) });
  return out;
}

test('lines split identically whatever the chunk boundaries (CRLF, no final newline, multi-byte chars)', async () => {
  const s = 'première ligne\r\n\nthird 😀 line\nlast';
  const expected = [{ no: 1, text: 'première ligne' }, { no: 2, text: '' }, { no: 3, text: 'third 😀 line' }, { no: 4, text: 'last' }];
  for (const size of [1, 2, 3, 5, 7, 64]) assert.deepEqual(await lines(s, size), expected, `chunk size ${size}`);
});

test('a line longer than the limit is reported as too long and the next lines still come', async () => {
  const out = await lines(`short\n${'x'.repeat(50)}\nafter\n${'y'.repeat(30)}`, 4, 20);
  assert.deepEqual(out, [{ no: 1, text: 'short' }, { no: 2, text: '', tooLong: true }, { no: 3, text: 'after' }, { no: 4, text: '', tooLong: true }]);
});

test('strict UTF-8: invalid bytes are detected and located', () => {
  assert.equal(decodeUtf8(Buffer.from('café')), 'café');
  const bad = Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from(' ok')]);
  assert.equal(decodeUtf8(bad), null);
  assert.equal(firstInvalidUtf8(bad), 3);
  assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xf0, 0x9f, 0x98])), 1, 'truncated 4-byte sequence');
});
