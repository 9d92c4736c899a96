/**
 * `npm run bench`: runs every bench/*.bench.ts in name order (or those whose name contains an argument:
 * `npm run bench -- identifiers`). Benchmarks print figures and ratios against the peer named in each issue.
 * Each bench runs in a process of its own: run one after another in one process, a bench inherits the heap, the
 * garbage and the JIT's type feedback of the ones before it, which cut later speed figures by up to 4x.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const child = process.env.TAMIS_BENCH_CHILD;
if (child) {
  const mod = (await import(pathToFileURL(join(here, child)).href)) as { run?: () => Promise<void> };
  if (typeof mod.run !== 'function') throw new Error(`${child} must export async function run()`);
  await mod.run();
} else {
  const filters = process.argv.slice(2);
  const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts') && (filters.length === 0 || filters.some((x) => f.includes(x)))).sort();
  if (files.length === 0) { console.error(`no benchmark matches ${filters.join(', ')}`); process.exit(1); }
  let failed = 0;
  for (const f of files) {
    console.log(`\n=== ${f} ===`);
    const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      stdio: 'inherit', env: { ...process.env, TAMIS_BENCH_CHILD: f },
    });
    if (r.status !== 0) { failed++; console.error(`${f}: exited with ${r.status ?? r.signal}`); }
  }
  process.exitCode = failed ? 1 : 0;
}
