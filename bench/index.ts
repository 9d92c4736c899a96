/**
 * `npm run bench`: runs every bench/*.bench.ts in name order (or those whose name contains an argument:
 * `npm run bench -- identifiers`). Benchmarks print figures and ratios against the peer named in each issue.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts') && (filters.length === 0 || filters.some((x) => f.includes(x)))).sort();
if (files.length === 0) { console.error(`no benchmark matches ${filters.join(', ')}`); process.exit(1); }
for (const f of files) {
  console.log(`\n=== ${f} ===`);
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { run?: () => Promise<void> };
  if (typeof mod.run !== 'function') throw new Error(`${f} must export async function run()`);
  await mod.run();
}
