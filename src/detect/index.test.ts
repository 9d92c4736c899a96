import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine } from './index.js';

// Synthetic sentence: a person and two places.
const TEXT = 'Hier, Sophie Martin a pris le train de Lyon à Marseille pour voir sa sœur.';

test('createEngine leaves LOCATION out by default and reports it when asked', () => {
  const types = (e: ReturnType<typeof createEngine>) => e.analyze(TEXT, { lang: 'fr', sensitive: false }).entities.map((f) => f.type);
  const plain = types(createEngine());
  assert.ok(plain.includes('PERSON'), plain.join());
  assert.ok(!plain.includes('LOCATION'), plain.join());
  const withPlaces = types(createEngine({ locations: true }));
  assert.ok(withPlaces.includes('LOCATION'), withPlaces.join());
  assert.ok(withPlaces.includes('PERSON'), withPlaces.join());
  // Listing LOCATION in `types` asks for it too.
  assert.deepEqual([...new Set(types(createEngine({ types: ['LOCATION'] })))], ['LOCATION']);
});
