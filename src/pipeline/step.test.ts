import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Exclusion, Item } from './item.js';
import { Filter, mergeStepSummaries } from './step.js';

class Short extends Filter {
  readonly name = 'short';
  protected keep(item: Item): true | string {
    return item.doc.text.length < 10 ? 'too-short' : true;
  }
}

const item = (id: string, text: string): Item => ({ doc: { id, text, meta: {}, source: { source: 's', file: 'f.jsonl', location: `line ${id}` } } });

test('the base class counts in/out/dropped and emits an exclusion without the text', async () => {
  const step = new Short();
  const ex: Exclusion[] = [];
  const out = [];
  for await (const it of step.run([item('1', 'hello world, long enough'), item('2', 'secret'), item('3', 'another long one')], (e) => ex.push(e))) out.push(it.doc.id);
  assert.deepEqual(out, ['1', '3']);
  const s = step.summary();
  assert.equal(s.in, 3);
  assert.equal(s.out, 2);
  assert.deepEqual(s.dropped, { 'too-short': 1 });
  assert.deepEqual(ex, [{ id: '2', source: 's', file: 'f.jsonl', location: 'line 2', step: 'short', reason: 'too-short' }]);
  assert.ok(!JSON.stringify(ex).includes('secret'));
});

test('step summaries of several tasks add up', () => {
  const a = [{ name: 'x', in: 3, out: 2, dropped: { r: 1 }, seconds: 1 }];
  const b = [{ name: 'x', in: 5, out: 1, dropped: { r: 2, q: 2 }, seconds: 2 }];
  assert.deepEqual(mergeStepSummaries(mergeStepSummaries([], a), b), [{ name: 'x', in: 8, out: 3, dropped: { r: 3, q: 2 }, seconds: 3 }]);
});
