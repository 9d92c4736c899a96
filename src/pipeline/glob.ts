/**
 * Expands a source path: a file, a folder (every file below it) or a glob with `*`, `**` and `?`. Results are
 * sorted so that task numbering, and therefore the output, is stable. (Node 20 has no fs.glob.)
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function expandPath(pattern: string, baseDir: string): string[] {
  const abs = resolve(baseDir, pattern);
  if (!/[*?[]/.test(abs)) {
    let st;
    try {
      st = statSync(abs);
    } catch {
      return [];
    }
    return st.isDirectory() ? walk(abs).sort() : [abs];
  }
  const parts = abs.split('/');
  const fixed: string[] = [];
  while (parts.length && !/[*?[]/.test(parts[0]!)) fixed.push(parts.shift()!);
  const root = fixed.join('/') || '/';
  const re = globToRegExp(parts.join('/'));
  return walk(root).filter((f) => re.test(f.slice(root.length + 1))).sort();
}

function walk(dir: string): string[] {
  const out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const n of names) {
    if (n.startsWith('.')) continue;
    const p = join(dir, n);
    const st = statSync(p);
    if (st.isDirectory()) out.push(...walk(p));
    else if (st.isFile()) out.push(p);
  }
  return out;
}

export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
        i += glob[i + 2] === '/' ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
