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
  const s = await scaffold(join(dir, 'corpus'), dir);
  const config = buildConfigSchema.parse({ sources: s.sources, pipeline: s.pipeline, output: { ...s.output, version: 'v1' } });
  assert.deepEqual(config.sources.map((x) => x.format).sort(), ['csv', 'html', 'jsonl', 'warc']);
  const r = await runBuild({ config, baseDir: dir, workers: 1 });
  const t = r.manifest!.totals;
  assert.equal(t.read, t.written + t.excluded + t.errored);
  // The CSV's text is in its `body` column: the scaffold finds it from the header and first rows, so no row errors.
  assert.equal(s.sources.find((x) => x.format === 'csv')?.textField, 'body');
  const emails = r.manifest!.sources.find((x) => x.id === 'emails')!.counts;
  assert.equal(emails.errored, 0, JSON.stringify(emails));
  assert.ok(emails.written > 0, JSON.stringify(emails));
  assert.ok(t.written > 200, JSON.stringify(t));
});
