import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Finding } from '../core/types.js';
import { resolveOverlaps } from './engine.js';

/** The straightforward quadratic definition the O(n log n) version must agree with. */
function naive(findings: Finding[]): Finding[] {
  const ranked = [...findings].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Finding[] = [];
  for (const f of ranked) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

const finding = fc.record({ start: fc.integer({ min: 0, max: 200 }), len: fc.integer({ min: 1, max: 30 }), score: fc.integer({ min: 0, max: 20 }) }).map(
  ({ start, len, score }): Finding => ({ type: 'EMAIL', start, end: start + len, score: score / 20, recognizer: 'x', explanation: { pattern: 'p', validation: 'none' } }),
);

test('resolveOverlaps agrees with the quadratic definition, sorted and non-overlapping', () => {
  fc.assert(
    fc.property(fc.array(finding, { maxLength: 60 }), (fs) => {
      const got = resolveOverlaps(fs);
      assert.deepEqual(got, naive(fs));
      for (let i = 1; i < got.length; i++) assert.ok((got[i - 1] as Finding).end <= (got[i] as Finding).start);
    }),
    { numRuns: 300 },
  );
});

test('resolveOverlaps handles many findings (completes; no quadratic blow-up needed)', () => {
  const many: Finding[] = [];
  for (let i = 0; i < 50_000; i++) many.push({ type: 'PHONE', start: i * 3, end: i * 3 + 5, score: (i % 7) / 7, recognizer: 'x', explanation: { pattern: 'p', validation: 'none' } });
  const got = resolveOverlaps(many);
  assert.ok(got.length > 0 && got.length < many.length);
});
