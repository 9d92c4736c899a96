#!/usr/bin/env node
// Finds every *.test.ts under src/ and test/ and runs them with Node's own test runner (tsx loader).
// Node 20's `--test` has no glob support, hence this small finder. Slow suites (*.slow.test.ts) run only
// when TAMIS_SLOW=1 (CI sets it).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const slow = process.env.TAMIS_SLOW === '1';
const only = process.argv.slice(2);
const files = [];
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) { if (name !== 'node_modules') walk(p); continue; }
    if (!name.endsWith('.test.ts')) continue;
    if (name.endsWith('.slow.test.ts') && !slow) continue;
    if (only.length && !only.some((o) => p.includes(o))) continue;
    files.push(p);
  }
}
for (const d of ['src', 'test']) { try { walk(d); } catch { /* folder absent */ } }
files.sort();
if (files.length === 0) { console.error('no test files found'); process.exit(1); }
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
