/**
 * Reads a build's manifest.json and stats.json (shapes in src/pipeline/manifest.ts) for the documents. The folder
 * may be a build version folder or the build root, in which case the most recent version is used.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../core/errors.js';
import type { BuildManifest, BuildStats } from '../pipeline/manifest.js';

export interface BuildData {
  folder: string;
  manifest: BuildManifest;
  stats: BuildStats | undefined;
}

function readJson(file: string): unknown {
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch (e) {
    throw new InputError('BUILD_UNREADABLE', file, undefined, `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  try { return JSON.parse(text); } catch (e) {
    throw new InputError('BUILD_INVALID_JSON', file, undefined, `invalid JSON: ${(e as Error).message}`);
  }
}

/** Only the fields the documents rely on are checked, so newer builds with extra fields still load. */
function asManifest(v: unknown, file: string): BuildManifest {
  const m = v as Partial<BuildManifest> | null;
  const ok = m && typeof m === 'object' && Array.isArray(m.sources) && m.totals && typeof m.totals.read === 'number'
    && typeof m.totals.written === 'number' && Array.isArray(m.steps);
  if (!ok) throw new InputError('BUILD_NOT_MANIFEST', file, undefined, 'not a Tamis build manifest (needs sources, steps and totals)');
  return m as BuildManifest;
}

function findVersionFolder(folder: string): string {
  if (existsSync(join(folder, 'manifest.json'))) return folder;
  let best: { dir: string; at: string } | undefined;
  let entries: string[] = [];
  try { entries = readdirSync(folder); } catch (e) {
    throw new InputError('BUILD_NOT_FOUND', folder, undefined, `cannot read build folder: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  for (const name of entries) {
    const dir = join(folder, name);
    const mf = join(dir, 'manifest.json');
    if (!statSync(dir).isDirectory() || !existsSync(mf)) continue;
    const at = String((readJson(mf) as { createdAt?: unknown }).createdAt ?? '');
    if (!best || at > best.at) best = { dir, at };
  }
  if (!best) throw new InputError('BUILD_NOT_FOUND', folder, undefined, 'no manifest.json here nor in a version sub-folder', { hint: 'run `tamis build` first' });
  return best.dir;
}

export function loadBuild(folder: string): BuildData {
  const dir = findVersionFolder(folder);
  const manifestFile = join(dir, 'manifest.json');
  const manifest = asManifest(readJson(manifestFile), manifestFile);
  const statsFile = join(dir, 'stats.json');
  const stats = existsSync(statsFile) ? (readJson(statsFile) as BuildStats) : undefined;
  return { folder: dir, manifest, stats };
}

/** Overall collection period from the sources' periods ("2024-01-01/2024-06-30" or single dates). */
export function collectionPeriod(m: BuildManifest): { start: string; end: string } | undefined {
  const dates: string[] = [];
  for (const s of m.sources) for (const d of (s.period ?? '').split('/')) if (d.trim()) dates.push(d.trim());
  if (dates.length === 0) return undefined;
  dates.sort();
  return { start: dates[0]!, end: dates[dates.length - 1]! };
}

/** Records per domain, from stats (written records) or else summed over the sources (read records). */
export function domains(b: BuildData): [string, number][] {
  const acc: Record<string, number> = {};
  if (b.stats?.domains && Object.keys(b.stats.domains).length > 0) Object.assign(acc, b.stats.domains);
  else for (const s of b.manifest.sources) for (const [d, n] of Object.entries(s.domains ?? {})) acc[d] = (acc[d] ?? 0) + n;
  return Object.entries(acc).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
