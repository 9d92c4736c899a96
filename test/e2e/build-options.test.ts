import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runBuild } from '../../src/pipeline/build.js';
import { loadBuildConfig } from '../../src/pipeline/schema.js';

function setup(yaml: string, files: Record<string, string | Buffer>) {
  const dir = mkdtempSync(join(tmpdir(), 'tamis-opt-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  writeFileSync(join(dir, 'tamis.yaml'), yaml);
  return { dir, config: loadBuildConfig(join(dir, 'tamis.yaml')).config };
}

test('format and compression overrides let a badly named file be read; provenance reaches the output', async () => {
  const line = JSON.stringify({ text: 'un document assez long pour passer le filtre de qualité', ref: 'A-1', secret: 'x' });
  const { dir, config } = setup(`sources:
  - { id: s, path: d/blob.bin, format: jsonl, compression: gzip, idField: ref, collection: reused, licence: CC-BY-4.0, period: 2023-01-01/2023-12-31, origin: https://data.example.org }
pipeline:
  - minimise: { keepFields: [] }
output: { path: out, format: jsonl, version: v1 }
`, { 'd/blob.bin': gzipSync(`${line}\n`) });
  const r = await runBuild({ config, baseDir: dir, workers: 1 });
  assert.equal(r.manifest!.totals.written, 1);
  const row = JSON.parse(readFileSync(join(dir, 'out', 'v1', 'data', 'part-00000-00000.jsonl'), 'utf8')) as Record<string, unknown>;
  assert.deepEqual(row, {
    id: 'A-1', text: 'un document assez long pour passer le filtre de qualité', lang: null, source: 's', file: 'd/blob.bin', location: 'line 1',
    licence: 'CC-BY-4.0', collection: 'reused', collected_at: '2023-01-01/2023-12-31', url: 'https://data.example.org', meta: '{}',
  });
  assert.deepEqual(r.manifest!.sources[0]!.counts, { read: 1, written: 1, excluded: 0, errored: 0 });
});

test('rank/world split the tasks; stages hand off through files', async () => {
  const files: Record<string, string> = {};
  for (let f = 0; f < 4; f++) files[`d/${f}.jsonl`] = [0, 1, 2].map((i) => JSON.stringify({ text: `fichier ${f} ligne ${i} : un texte de test suffisamment long ${f * 10 + i}` })).join('\n') + '\n';
  files['d/4.jsonl'] = `${JSON.stringify({ text: 'fichier 0 ligne 0 : un texte de test suffisamment long 0' })}\n`;
  const { dir, config } = setup(`sources:
  - { id: s, path: d, collection: direct }
pipeline:
  - dedup: {}
output: { path: out, version: v1, taskSize: 1 }
`, files);
  await assert.rejects(runBuild({ config, baseDir: dir, world: 2, rank: 0 }), /run the stages separately/);
  for (const rank of [0, 1]) await runBuild({ config, baseDir: dir, stage: 'process', rank, world: 2, workers: 1 });
  await runBuild({ config, baseDir: dir, stage: 'dedup' });
  for (const rank of [1, 0]) await runBuild({ config, baseDir: dir, stage: 'write', rank, world: 2, workers: 1 });
  const r = await runBuild({ config, baseDir: dir, stage: 'finalize' });
  const t = r.manifest!.totals;
  assert.deepEqual(t, { read: 13, written: 12, excluded: 1, errored: 0 });
  assert.equal(r.stats!.duplicates.exact, 1);
});

test('a missing opt-out file stops the build before any work, naming the file', async () => {
  const { dir, config } = setup(`sources:
  - { id: s, path: d, collection: direct }
pipeline:
  - minimise: { optOut: missing-objections.txt }
output: { path: out, version: v1 }
`, { 'd/a.jsonl': `${JSON.stringify({ text: 'bonjour à tous les lecteurs de ce message' })}\n` });
  await assert.rejects(runBuild({ config, baseDir: dir }), /minimise\.optOut: cannot read .*missing-objections\.txt: ENOENT/);
});
