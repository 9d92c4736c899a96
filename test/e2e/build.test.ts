import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildManifest, BuildStats } from '../../src/pipeline/manifest.js';
import { DuckDBInstance } from '@duckdb/node-api';
import { writeCorpus } from './corpus.js';
import { BUILD_CLI, buildAndKill } from './kill.js';
import { runBuild } from '../../src/pipeline/build.js';
import { loadBuildConfig } from '../../src/pipeline/schema.js';

const CLI = BUILD_CLI;

function build(dir: string, extra: string[] = []) {
  const r = spawnSync(process.execPath, [...CLI, '-c', join(dir, 'tamis.yaml'), ...extra], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function onlyBuild(dir: string, out = 'out'): string {
  const root = join(dir, out);
  const [v] = readdirSync(root);
  return join(root, v!);
}

const dataFiles = (b: string) => Object.fromEntries(readdirSync(join(b, 'data')).sort().map((f) => [f, readFileSync(join(b, 'data', f))]));
const lines = (f: string) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

async function parquetTexts(b: string): Promise<string[]> {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const r = await con.runAndReadAll(`SELECT text FROM read_parquet('${join(b, 'data', '*.parquet')}') ORDER BY id`);
  const out = r.getRows().map((row) => String(row[0]));
  con.closeSync();
  db.closeSync();
  return out;
}

test('tamis build: accounting, errors with locations, dedup, pseudonymisation, manifest and report', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamis-e2e-'));
  writeCorpus(dir);
  const r = build(dir, ['-w', '2']);
  assert.equal(r.code, 0, r.err);
  const b = onlyBuild(dir);
  const m = JSON.parse(readFileSync(join(b, 'manifest.json'), 'utf8')) as BuildManifest;
  const s = JSON.parse(readFileSync(join(b, 'stats.json'), 'utf8')) as BuildStats;
  const t = m.totals;
  assert.equal(t.read, t.written + t.excluded + t.errored);
  for (const src of m.sources) assert.equal(src.counts.read, src.counts.written + src.counts.excluded + src.counts.errored);
  // 3 files × (40 + 3) records + 1 bad row + archive: some records then a truncation error.
  const excl = lines(join(b, 'exclusions.jsonl'));
  const errs = lines(join(b, 'errors.jsonl'));
  assert.equal(excl.length, t.excluded);
  assert.equal(errs.length, t.errored);
  assert.ok(errs.some((e) => e.file === 'data/tickets-01.jsonl' && e.location === 'line 4'), JSON.stringify(errs));
  assert.ok(errs.some((e) => e.file === 'data/archive.jsonl.gz'), JSON.stringify(errs));
  assert.ok(errs.some((e) => e.file === 'data/legacy.parquet' && e.code === 'CORRUPT_PARQUET' && e.source === 'legacy'), JSON.stringify(errs));
  assert.deepEqual(m.sources.find((x) => x.id === 'legacy')!.counts, { read: 1, written: 0, excluded: 0, errored: 1 });
  // Emails were replaced by surrogates in the written data, and counted.
  const texts = await parquetTexts(b);
  assert.equal(texts.length, 122);
  assert.ok(!texts.some((x) => /client\d+@example\.com/.test(x)));
  assert.ok((s.treatment.EMAIL?.surrogate ?? 0) >= 120);
  // Exact and near duplicates of ticket 0/1 (3 of each) dropped; the originals kept.
  assert.deepEqual(excl.filter((e) => e.reason === 'exact-duplicate').map((e) => e.id).sort(), ['dup-exact-0', 'dup-exact-1', 'dup-exact-2']);
  assert.deepEqual(excl.filter((e) => e.reason === 'near-duplicate').map((e) => e.id).sort(), ['dup-near-0', 'dup-near-1', 'dup-near-2']);
  assert.equal(excl.filter((e) => e.reason === 'quality:min-words').length, 3);
  assert.equal(s.duplicates.exact, 3);
  assert.equal(s.duplicates.near, 3);
  assert.ok((s.pii.EMAIL?.spans ?? 0) >= 120);
  // Exclusions never carry text.
  assert.ok(!readFileSync(join(b, 'exclusions.jsonl'), 'utf8').includes('Bonjour'));
  assert.equal(t.written, 122);
  assert.equal(m.output.files.reduce((a, f) => a + f.records, 0), t.written);
  const report = readFileSync(join(b, 'report.html'), 'utf8');
  assert.match(report, /<svg/);
  assert.doesNotMatch(report, /<script|https?:\/\/(?!forum)/);
  assert.match(r.out, /read \d+ = written 122/);
  // The build is complete: running again does nothing.
  const again = build(dir);
  assert.equal(again.code, 0);
  assert.match(again.err, /already complete/);
});

test('tamis build is deterministic: same data bytes with 1 and 2 workers', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamis-e2e-'));
  writeCorpus(dir);
  const { config } = loadBuildConfig(join(dir, 'tamis.yaml'));
  await runBuild({ config, baseDir: dir, workers: 1, version: 'one' });
  await runBuild({ config, baseDir: dir, workers: 2, version: 'two' });
  const a = dataFiles(join(dir, 'out', 'one'));
  const b = dataFiles(join(dir, 'out', 'two'));
  assert.ok(Object.keys(a).length >= 3);
  assert.deepEqual(Object.keys(a), Object.keys(b));
  for (const k of Object.keys(a)) assert.ok(a[k]!.equals(b[k]!), `${k} differs`);
  assert.equal(readFileSync(join(dir, 'out', 'one', 'exclusions.jsonl'), 'utf8'), readFileSync(join(dir, 'out', 'two', 'exclusions.jsonl'), 'utf8'));
});

test('tamis build --strict stops at the first unreadable record', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamis-e2e-'));
  writeCorpus(dir, { files: 2, perFile: 5 });
  const r = build(dir, ['--strict', '-w', '1']);
  assert.equal(r.code, 1);
  assert.match(r.err, /data\/archive\.jsonl\.gz:after line 2: truncated gzip/);
});

test('tamis build killed with SIGKILL resumes without redoing finished tasks, same output', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamis-e2e-'));
  writeCorpus(dir, { files: 8, perFile: 150 });
  const killedAfter = await buildAndKill(dir, 'killed');
  assert.ok(killedAfter >= 2, 'the build finished before it could be killed');
  assert.ok(!existsSync(join(dir, 'out', 'killed', 'manifest.json')));
  const resumed = build(dir, ['-w', '2', '--build-version', 'killed']);
  assert.equal(resumed.code, 0, resumed.err);
  const m = /resuming: (\d+) of 10 process tasks already done/.exec(resumed.err);
  assert.ok(m && Number(m[1]) >= killedAfter, resumed.err);
  await runBuild({ config: loadBuildConfig(join(dir, 'tamis.yaml')).config, baseDir: dir, workers: 1, version: 'clean' });
  const a = dataFiles(join(dir, 'out', 'killed'));
  const b = dataFiles(join(dir, 'out', 'clean'));
  assert.deepEqual(Object.keys(a), Object.keys(b));
  for (const k of Object.keys(a)) assert.ok(a[k]!.equals(b[k]!), `${k} differs after resume`);
  const mk = JSON.parse(readFileSync(join(dir, 'out', 'killed', 'manifest.json'), 'utf8')) as BuildManifest;
  assert.equal(mk.totals.read, mk.totals.written + mk.totals.excluded + mk.totals.errored);
  writeFileSync(join(dir, 'ok'), '');
});

test('tamis build refuses to run while register obligations are unmet', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamis-e2e-'));
  writeCorpus(dir, { files: 1, perFile: 3 });
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'test/e2e/cli.ts', 'build', '--no-progress', '-c', join(dir, 'tamis.yaml')], { encoding: 'utf8' });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /unmet obligations.*refuses to run/);
  assert.ok(!existsSync(join(dir, 'out')));
});
