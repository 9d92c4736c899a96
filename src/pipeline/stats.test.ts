import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addLength, domainOf, emptyLengths, lengthStats, mergeLengths } from './stats.js';

test('length summaries merge and give quantiles within 2 %', () => {
  const a = emptyLengths();
  const b = emptyLengths();
  for (let i = 1; i <= 1000; i++) addLength(i % 2 ? a : b, i * 10);
  const s = lengthStats(mergeLengths(a, b));
  assert.equal(s.min, 10);
  assert.equal(s.max, 10000);
  assert.equal(s.mean, 5005);
  assert.ok(Math.abs(s.p50 - 5000) <= 100, String(s.p50));
  assert.ok(Math.abs(s.p90 - 9000) <= 180, String(s.p90));
  assert.equal(s.histogram.reduce((x, h) => x + h.count, 0), 1000);
  assert.deepEqual(lengthStats(emptyLengths()).p50, 0);
});

test('domains', () => {
  assert.equal(domainOf('https://www.Forum.example.org/t/1'), 'forum.example.org');
  assert.equal(domainOf('ACME support desk'), undefined);
});
