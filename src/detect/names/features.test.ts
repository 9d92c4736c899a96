import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isParticle, quickHas } from './features.js';
import { PARTICLES, STOP_WORDS } from './words.js';

test('quickHas answers exactly like Set.has', () => {
  const probes = [...PARTICLES, ...STOP_WORDS, '', 'D', 'De', 'dé', 'dans', 'les', 'elle', 'vanille', 'x', '𝐀', 'de la', 'della!'];
  for (const w of [...probes]) probes.push(w.toUpperCase(), w + 'x', w.slice(1));
  for (const w of probes) assert.equal(isParticle(w), PARTICLES.has(w), JSON.stringify(w));
  const withEmpty = quickHas(new Set(['', 'ab']));
  assert.equal(withEmpty(''), true);
  assert.equal(withEmpty('ab'), true);
  assert.equal(withEmpty('a'), false);
});
