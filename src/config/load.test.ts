import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { parseYamlString, validateConfig } from './load.js';

test('reports the line of an invalid key', () => {
  const y = parseYamlString('project:\n  name: demo\noutput:\n  format: xml\n', 'demo.yaml');
  const schema = z.object({ project: z.object({ name: z.string() }), output: z.object({ format: z.enum(['parquet', 'jsonl']) }) });
  assert.throws(() => validateConfig(y, schema), (e: Error) => e.message.includes('demo.yaml:4:') && e.message.includes('output.format'));
});

test('reports YAML syntax errors with a position', () => {
  assert.throws(() => parseYamlString('a: [1, 2\nb: 3\n', 'bad.yaml'), /bad\.yaml:\d+:\d+: invalid YAML/);
});
