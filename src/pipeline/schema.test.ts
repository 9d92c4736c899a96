import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYamlString, validateConfig } from '../config/load.js';
import { buildConfigSchema, parseByteSize, stepName } from './schema.js';

const base = 'sources:\n  - { id: s, path: data, collection: direct }\n';

test('a minimal config gets defaults, and the register keys are allowed', () => {
  const c = validateConfig(parseYamlString(`purpose: { description: x }\n${base}pipeline:\n  - detect: {}\n  - dedup: {}\n`), buildConfigSchema);
  assert.equal(c.output.format, 'parquet');
  assert.equal(c.sources[0]!.textField, 'text');
  const d = c.pipeline[1]!.dedup!;
  assert.deepEqual(d.near, { threshold: 0.8, shingle: 3, hashes: 128, bands: 20, rows: 6 });
  assert.deepEqual(c.pipeline.map(stepName), ['detect', 'dedup']);
});

test('an unknown step is reported at its line', () => {
  const y = parseYamlString(`${base}pipeline:\n  - detect: {}\n  - detecc: {}\n`, 't.yaml');
  assert.throws(() => validateConfig(y, buildConfigSchema), (e: Error) => /t\.yaml:5:\d+/.test(e.message) && e.message.includes('detecc'));
});

test('a bad parameter points inside the step', () => {
  const y = parseYamlString(`${base}pipeline:\n  - dedup: { near: { threshold: 2 } }\n`, 't.yaml');
  assert.throws(() => validateConfig(y, buildConfigSchema), (e: Error) => e.message.includes('pipeline.0.dedup.near.threshold'));
});

test('pseudonymise without detect before it is refused', () => {
  const y = parseYamlString(`${base}pipeline:\n  - pseudonymise: { default: tag }\n  - detect: {}\n`, 't.yaml');
  assert.throws(() => validateConfig(y, buildConfigSchema), /needs a detect step before it/);
});

test('bands × rows must fit in the hashes', () => {
  const y = parseYamlString(`${base}pipeline:\n  - dedup: { near: { hashes: 16, bands: 4, rows: 8 } }\n`);
  assert.throws(() => validateConfig(y, buildConfigSchema), /bands × rows/);
});

test('duplicate source ids and bad collection modes are refused', () => {
  const y = parseYamlString('sources:\n  - { id: s, path: a, collection: direct }\n  - { id: s, path: b, collection: direct }\n');
  assert.throws(() => validateConfig(y, buildConfigSchema), (e: Error) => e.message.includes('duplicate source id') && e.message.includes('sources.1.id'));
  const z = parseYamlString('sources:\n  - { id: s, path: b, collection: bought }\n');
  assert.throws(() => validateConfig(z, buildConfigSchema), (e: Error) => e.message.includes('sources.0.collection'));
});

test('sizes parse', () => {
  assert.equal(parseByteSize('256MB'), 256e6);
  assert.equal(parseByteSize('1.5 GB'), 1.5e9);
  assert.equal(parseByteSize('800'), 800);
});
