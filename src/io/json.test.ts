import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonReader } from './json.js';
import type { ReadItem } from './types.js';

async function read(content: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'tamis-json-'));
  try {
    const p = join(dir, 'x.json');
    writeFileSync(p, content);
    const out: string[] = [];
    for await (const it of jsonReader.read(p, { textField: 'text' }) as AsyncIterable<ReadItem>) {
      out.push(it.kind === 'doc' ? `doc ${it.doc.id} ${it.doc.text} ${JSON.stringify(it.doc.meta)}` : `err ${it.error.location ?? '-'} ${it.error.code}`);
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('array elements with nested brackets, braces and escapes inside strings', async () => {
  const out = await read('\uFEFF [ {"text":"a ] } \\" [","k":[1,{"x":"}"}]} ,\n{"text":"b"} ]  \n');
  assert.deepEqual(out, ['doc x.json:1 a ] } " [ {"k":[1,{"x":"}"}]}', 'doc x.json:2 b {}']);
});

test('scalars and bad elements are reported by index; the others come through', async () => {
  const out = await read('[{"text":"a"}, 12, "str", {"text": nope}, {"text":"e"}]');
  assert.deepEqual(out, ['doc x.json:1 a {}', 'err record 2 NOT_AN_OBJECT', 'err record 3 NOT_AN_OBJECT', 'err record 4 MALFORMED_JSON', 'doc x.json:5 e {}']);
});

test('structural problems: truncated array, missing comma, empty file, empty array, single object', async () => {
  assert.deepEqual(await read('[{"text":"a"}, {"text":"b"'), ['doc x.json:1 a {}', 'err after record 2 MALFORMED_JSON']);
  assert.deepEqual(await read('[{"text":"a"} {"text":"b"}]'), ['doc x.json:1 a {}', 'err after record 1 MALFORMED_JSON']);
  assert.deepEqual(await read('  '), ['err - MALFORMED_JSON']);
  assert.deepEqual(await read('[]'), []);
  assert.deepEqual(await read('{"text":"solo","n":1}'), ['doc x.json:1 solo {"n":1}']);
});

test('element splitting does not depend on chunk boundaries', async () => {
  const { splitTopLevel } = await import('./json.js');
  const src = Buffer.from('[ {"text":"é ] \\\\\\" {","n":[1,[2]]}, 3 ,"s,]" ,{"text":"😀"}]');
  async function* chunks(size: number) { for (let i = 0; i < src.length; i += size) yield src.subarray(i, i + size); }
  const collect = async (size: number) => {
    const out: string[] = [];
    for await (const el of splitTopLevel(chunks(size), 'x.json')) out.push(`${el.n}:${Buffer.from(el.bytes).toString().trim()}`);
    return out;
  };
  const expected = ['1:{"text":"é ] \\\\\\" {","n":[1,[2]]}', '2:3', '3:"s,]"', '4:{"text":"😀"}'];
  for (const size of [1, 2, 3, 5, 8, 1000]) assert.deepEqual(await collect(size), expected, `chunk size ${size}`);
});
