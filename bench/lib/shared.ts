/** Locates the team's development data (`shared/data`) by walking up from the working directory. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export function sharedDataDir(): string | undefined {
  if (process.env.TAMIS_SHARED_DATA && existsSync(process.env.TAMIS_SHARED_DATA)) return process.env.TAMIS_SHARED_DATA;
  let dir = resolve(process.cwd());
  for (;;) {
    const cand = join(dir, 'shared', 'data');
    if (existsSync(join(cand, 'README.md'))) return cand;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export function requireSharedData(): string {
  const d = sharedDataDir();
  if (!d) throw new Error('shared/data not found: set TAMIS_SHARED_DATA or run from a checkout with shared/ beside it');
  return d;
}
