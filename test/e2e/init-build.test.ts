// Cross-check between two features: what `tamis init --dir` scaffolds is a pipeline part `tamis build` accepts
// and runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scaffold } from '../../src/register/scaffold.js';
import { buildConfigSchema } from '../../src/pipeline/schema.js';
import { runBuild } from '../../src/pipeline/build.js';

test('the pipeline part scaffolded by tamis init for the example corpus builds', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamis-init-'));
  for (const sub of ['tickets', 'emails', 'forum', 'web']) cpSync(join('examples/corpus', sub), join(dir, 'corpus', sub), { recursive: true });
  const s = scaffold(join(dir, 'corpus'), dir);
  const config = buildConfigSchema.parse({ sources: s.sources, pipeline: s.pipeline, output: { ...s.output, version: 'v1' } });
  assert.deepEqual(config.sources.map((x) => x.format).sort(), ['csv', 'html', 'jsonl', 'warc']);
  const r = await runBuild({ config, baseDir: dir, workers: 1 });
  const t = r.manifest!.totals;
  assert.equal(t.read, t.written + t.excluded + t.errored);
  // The scaffold cannot guess the CSV's text column (body): those rows are errors, counted, and the rest builds.
  assert.ok(t.written > 150, JSON.stringify(t));
});
