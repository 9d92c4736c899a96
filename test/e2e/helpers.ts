/** Shared helpers for the end-to-end CLI tests: run `tamis` as a user would, build fixture files in a temp dir. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface RunResult { code: number; stdout: string; stderr: string }

/**
 * True when dist/ was built after the last change to src/: then the e2e tests run the real bin/tamis.js (as a
 * user would, and several times faster to start than tsx); otherwise they run the sources through tsx, so a
 * stale build can never be what is tested.
 */
export const distIsFresh: boolean = (() => {
  const main = join(ROOT, 'dist', 'cli', 'main.js');
  if (!existsSync(main)) return false;
  const built = statSync(main).mtimeMs;
  const newest = (dir: string): number => readdirSync(dir, { withFileTypes: true })
    .reduce((m, e) => Math.max(m, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs), 0);
  return newest(join(ROOT, 'src')) <= built;
})();

/** `tamis <args>`: the built bin/tamis.js when fresh (or `bin: true`), else the sources through tsx. */
export function tamis(args: string[], opts: { bin?: boolean; cwd?: string; env?: Record<string, string>; input?: string } = {}): RunResult {
  const argv = opts.bin || distIsFresh ? [join(ROOT, 'bin', 'tamis.js'), ...args] : ['--import', 'tsx', join(ROOT, 'test', 'e2e', 'cli-entry.ts'), ...args];
  const r = spawnSync(process.execPath, argv, {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, ...opts.env },
    ...(opts.input !== undefined ? { input: opts.input } : {}),
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function jsonLines(s: string): Record<string, unknown>[] {
  return s.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
}

export function tempDir(prefix: string): { dir: string; file: (name: string, content: string | Uint8Array) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `tamis-${prefix}-`));
  return {
    dir,
    file: (name, content) => { const p = join(dir, name); writeFileSync(p, content); return p; },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function jsonl(records: unknown[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

/** Writes a Parquet file through DuckDB (the same library the reader uses, on the writing side). */
export async function writeParquet(path: string, rows: { id: string; text: string | null; n: number }[]): Promise<void> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const inst = await DuckDBInstance.create(':memory:');
  const c = await inst.connect();
  await c.run('CREATE TABLE t (id VARCHAR, text VARCHAR, n INTEGER)');
  for (const r of rows) await c.run('INSERT INTO t VALUES ($1, $2, $3)', [r.id, r.text, r.n]);
  await c.run(`COPY t TO '${path.replace(/'/g, "''")}' (FORMAT parquet)`);
  c.closeSync();
  inst.closeSync();
}
