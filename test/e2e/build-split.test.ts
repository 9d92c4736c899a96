// One big JSON Lines file split into byte-range tasks (output.taskSize small) builds into the same records, in
// the same order, with the same exclusions, errors and sensitive removals as one task reading it whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildManifest, BuildStats } from '../../src/pipeline/manifest.js';
import { runBuild } from '../../src/pipeline/build.js';
import { makePlan } from '../../src/pipeline/plan.js';
import { loadBuildConfig, type BuildConfig } from '../../src/pipeline/schema.js';
import { ticket } from './corpus.js';
import { BUILD_CLI, buildAndKill } from './kill.js';

const SICK = 'Je suis atteint d\'un cancer et je suis sous chimiothérapie depuis mars.';

/** ~3 MB: ids from the line number, duplicates far from their original, malformed and empty lines, no final newline. */
function writeBig(dir: string): { lines: number } {
  const lines: string[] = [];
  for (let i = 0; i < 5600; i++) {
    const n = lines.length + 1;
    if (i % 701 === 5) lines.push('{"text": "coupé');
    else if (i % 97 === 3) lines.push('');
    else if (i % 503 === 7) lines.push(JSON.stringify({ text: ticket(i % 50).toUpperCase() })); // exact duplicate of an early one
    else if (i % 331 === 9) lines.push(JSON.stringify({ text: 'trop court' }));
    else if (i % 211 === 1) lines.push(JSON.stringify({ text: `${ticket(i)} ${SICK}` }));
    else lines.push(JSON.stringify(n % 2 ? { text: ticket(i), agent: `agent${i % 3}` } : { id: `t${i}`, text: ticket(i) }));
  }
  lines.push(JSON.stringify({ text: `${ticket(99_999)} dernière ligne sans retour` }));
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, 'data', 'big.jsonl'), lines.join('\n'));
  writeFileSync(join(dir, 'data', 'small.jsonl'), `${JSON.stringify({ text: ticket(0) })}\n${JSON.stringify({ text: ticket(7_000) })}\n`);
  writeFileSync(join(dir, '.tamis-key'), 'b2'.repeat(32), { mode: 0o600 });
  writeFileSync(join(dir, 'tamis.yaml'), `project: { name: split }
sources:
  - { id: big, path: data/big.jsonl, collection: direct }
  - { id: small, path: data/small.jsonl, collection: direct }
pipeline:
  - minimise: { keepFields: [agent] }
  - quality: { minWords: 5 }
  - detect: {}
  - drop-sensitive: { default: remove-sentence }
  - pseudonymise: { EMAIL: surrogate, default: tag }
  - dedup: {}
output: { path: out, format: jsonl, taskSize: 256KB }
`);
  return { lines: lines.length };
}

const dataFiles = (b: string) => Object.fromEntries(readdirSync(join(b, 'data')).sort().map((f) => [f, readFileSync(join(b, 'data', f))]));
const allData = (b: string) => Buffer.concat(Object.values(dataFiles(b)));
const text = (b: string, f: string) => readFileSync(join(b, f), 'utf8');
const json = <T>(b: string, f: string) => JSON.parse(text(b, f)) as T;
const withSplit = (c: BuildConfig, taskSize: number): BuildConfig => ({ ...c, output: { ...c.output, taskSize } });

test('a big JSON Lines file split into range tasks builds exactly as when read whole, with 1 or 2 workers, and resumes after SIGKILL', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamis-split-'));
  const { lines } = writeBig(dir);
  const { config } = loadBuildConfig(join(dir, 'tamis.yaml'));
  const size = readFileSync(join(dir, 'data', 'big.jsonl')).length;
  assert.ok(size > 2_800_000, String(size));

  const split = await makePlan(config, dir);
  const bigTasks = split.tasks.filter((t) => t.sourceId === 'big');
  assert.ok(bigTasks.length >= 10, `${bigTasks.length} tasks`);
  assert.ok(bigTasks.every((t) => t.files[0]!.range));
  const whole = await makePlan(withSplit(config, 1e9), dir);
  assert.equal(whole.tasks.length, 2);

  await runBuild({ config: withSplit(config, 1e9), baseDir: dir, workers: 1, version: 'whole' });
  await runBuild({ config, baseDir: dir, workers: 2, version: 'two' });
  await runBuild({ config, baseDir: dir, workers: 1, version: 'one' });
  const [w, two, one] = ['whole', 'two', 'one'].map((v) => join(dir, 'out', v)) as [string, string, string];

  // 1 and 2 workers: the same files, byte for byte.
  const a = dataFiles(one);
  const b = dataFiles(two);
  assert.deepEqual(Object.keys(a), Object.keys(b));
  assert.ok(Object.keys(a).length >= bigTasks.length);
  for (const k of Object.keys(a)) assert.ok(a[k]!.equals(b[k]!), `${k} differs`);
  // Split or whole: the same records in the same order, the same audit files.
  assert.ok(allData(two).equals(allData(w)), 'data records differ from the whole-file build');
  for (const f of ['exclusions.jsonl', 'errors.jsonl', 'sensitive.jsonl']) {
    assert.equal(text(two, f), text(one, f), f);
    assert.equal(text(two, f), text(w, f), f);
  }
  const mw = json<BuildManifest>(w, 'manifest.json');
  const m2 = json<BuildManifest>(two, 'manifest.json');
  assert.deepEqual(m2.sources, mw.sources);
  assert.deepEqual(m2.sources.find((s) => s.id === 'big')!.files.map((f) => f.path), ['data/big.jsonl']);
  assert.deepEqual(m2.totals, mw.totals);
  assert.deepEqual(m2.steps.map((s) => ({ ...s, seconds: 0 })), mw.steps.map((s) => ({ ...s, seconds: 0 })));
  assert.equal(m2.totals.read, m2.totals.written + m2.totals.excluded + m2.totals.errored);
  assert.deepEqual(json<BuildStats>(two, 'stats.json'), json<BuildStats>(w, 'stats.json'));

  // What the corpus holds did happen, with the whole-file line numbers.
  const errs = text(two, 'errors.jsonl').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { location: string; code: string });
  assert.deepEqual(errs.map((e) => e.code), Array(8).fill('MALFORMED_JSON'));
  assert.deepEqual(errs.map((e) => e.location), [5, 706, 1407, 2108, 2809, 3510, 4211, 4912].map((i) => `line ${i + 1}`));
  const excl = text(two, 'exclusions.jsonl');
  assert.match(excl, /"exact-duplicate"/);
  assert.match(excl, /"big.jsonl:\d+"/);
  assert.ok(text(two, 'sensitive.jsonl').length > 0, 'no sensitive sentence was removed');
  assert.ok(allData(two).toString('utf8').includes(`"id":"big.jsonl:${lines}"`), 'the last line (no final newline) is read, with its number');

  // Killed in the middle of the process stage, resumed with 2 workers: the same bytes as the uninterrupted build.
  const killedAfter = await buildAndKill(dir, 'killed');
  assert.ok(killedAfter >= 2, 'the build finished before it could be killed');
  const r = spawnSync(process.execPath, [...BUILD_CLI, '-c', join(dir, 'tamis.yaml'), '-w', '2', '--build-version', 'killed'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const m = new RegExp(`resuming: (\\d+) of ${split.tasks.length} process tasks already done`).exec(r.stderr);
  assert.ok(m && Number(m[1]) >= killedAfter, r.stderr);
  const k = dataFiles(join(dir, 'out', 'killed'));
  assert.deepEqual(Object.keys(k), Object.keys(b));
  for (const f of Object.keys(k)) assert.ok(k[f]!.equals(b[f]!), `${f} differs after resume`);
  for (const f of ['exclusions.jsonl', 'errors.jsonl', 'sensitive.jsonl']) assert.equal(text(join(dir, 'out', 'killed'), f), text(two, f), f);
});
