import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedDataDir } from '../../../bench/lib/shared.js';

// The real training script, on a small subset, twice: the model files must be byte-for-byte identical.
test('scripts/train-names.ts is reproducible (same inputs and seed, same bytes)', (t) => {
  if (!sharedDataDir()) { t.skip('shared/data not found'); return; }
  const dir = mkdtempSync(join(tmpdir(), 'tamis-train-'));
  try {
    const run = (out: string) => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/train-names.ts', '--limit', '300', '--synth', '30', '--epochs', '1', '--bits', '14', '--out', out], { encoding: 'utf8' });
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
