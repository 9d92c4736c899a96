import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedDataDir } from '../../../bench/lib/shared.js';
import { Composer } from '../../../scripts/names/compose.js';
import { rng } from './train.js';

// The real training script, on a small subset, twice: the model files must be byte-for-byte identical.
test('scripts/train-names.ts is reproducible (same inputs and seed, same bytes)', (t) => {
  if (!sharedDataDir()) { t.skip('shared/data not found'); return; }
  const dir = mkdtempSync(join(tmpdir(), 'tamis-train-'));
  try {
    const run = (out: string) => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/train-names.ts', '--limit', '300', '--synth', '30', '--composed', '30', '--epochs', '1', '--bits', '14', '--out', out], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      return readFileSync(out);
    };
    const a = run(join(dir, 'a.bin.gz'));
    const b = run(join(dir, 'b.bin.gz'));
    assert.ok(a.length > 100);
    assert.deepEqual(a, b);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// The composed synthetic documents: seeded, and every span is a non-empty name or place inside its text.
test('scripts/names/compose.ts is seeded and its spans fit their text', () => {
  const pool = (items: string[]) => ({ items, cum: items.map((_x, i) => i + 1) });
  const pools = { frFirst: pool(['Léa', 'Jean-Marc']), frLast: pool(['Dupont', 'Le Gall']), enFirst: pool(['Drew', 'Grace']), enLast: pool(["O'Brien", 'Smith']) };
  const gen = (seed: number) => { const c = new Composer(pools, rng(seed), ['Acme Corp']); return Array.from({ length: 200 }, (_x, i) => c.generate(i % 2 ? 'en' : 'fr')); };
  const a = gen(5);
  assert.deepEqual(a, gen(5));
  assert.notDeepEqual(a, gen(6));
  let per = 0;
  for (const ex of a) {
    let last = 0;
    for (const s of ex.spans) {
      assert.ok(s.start >= last && s.end > s.start && s.end <= ex.text.length, `span ${s.start}-${s.end} in ${ex.source}`);
      assert.match(ex.text.slice(s.start, s.end), /^\p{L}/u);
      last = s.end;
      if (s.type === 'PER') per++;
    }
  }
  assert.ok(per > 200);
});
