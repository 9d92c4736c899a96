/**
 * The reader registry (an explicit list: adding a format is one line in `readers`) and input expansion: files,
 * folders (walked recursively in sorted order) and glob patterns (`data/**\/*.jsonl.gz`).
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { InputError } from '../core/errors.js';
import { STDIN } from './bytes.js';
import { csvReader } from './csv.js';
import { htmlReader } from './html.js';
import { jsonReader } from './json.js';
import { jsonlReader } from './jsonl.js';
import { parquetReader } from './parquet.js';
import { txtReader } from './txt.js';
import { warcReader } from './warc.js';
import type { ReadItem, ReadOptions, Reader } from './types.js';

const readers: Reader[] = [jsonlReader, jsonReader, csvReader, parquetReader, txtReader, htmlReader, warcReader];

/** Adds a reader (later registrations win over earlier ones for the same path). */
export function registerReader(r: Reader): void {
  if (readers.some((x) => x.name === r.name)) throw new Error(`reader "${r.name}" is already registered`);
  readers.unshift(r);
}

export function readerFor(path: string): Reader | undefined {
  return readers.find((r) => r.matches(path));
}

export function readerNames(): string[] {
  return readers.map((r) => r.name);
}

export interface ExpandedInputs {
  /** Readable files in input order (each folder or glob expanded in sorted order). */
  files: string[];
  /** Inputs that do not exist, unsupported explicit files, globs matching nothing. */
  errors: InputError[];
}

const GLOB_CHARS = /[*?[{]/;

export async function expandInputs(inputs: readonly string[]): Promise<ExpandedInputs> {
  const files: string[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  const add = (f: string) => { if (!seen.has(f)) { seen.add(f); files.push(f); } };
  for (const input of inputs) {
    if (input === STDIN) { add(STDIN); continue; }
    if (GLOB_CHARS.test(input)) {
      const matched = await expandGlob(input);
      if (matched.length === 0) errors.push(new InputError('NO_MATCH', input, undefined, 'no file matches this pattern'));
      matched.forEach(add);
      continue;
    }
    let s;
    try { s = await stat(input); } catch {
      errors.push(new InputError('NOT_FOUND', input, undefined, 'no such file or directory'));
      continue;
    }
    if (s.isDirectory()) {
      const found = await walk(input);
      if (found.length === 0) errors.push(new InputError('NO_MATCH', input, undefined, `folder holds no readable file (${readerNames().join(', ')})`));
      found.forEach(add);
    } else if (readerFor(input)) add(input);
    else errors.push(new InputError('UNSUPPORTED_FORMAT', input, undefined, `unsupported file type (readers: ${readerNames().join(', ')})`));
  }
  return { files, errors };
}

/** Files under `dir` that a reader handles, recursively, sorted by path; hidden entries are skipped. */
async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.'));
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile() && readerFor(p)) out.push(p);
  }
  return out;
}

async function expandGlob(pattern: string): Promise<string[]> {
  const segs = pattern.split(/[\\/]/);
  const firstGlob = segs.findIndex((s) => GLOB_CHARS.test(s));
  const base = segs.slice(0, firstGlob).join(sep) || '.';
  const re = globToRegExp(segs.slice(firstGlob).join('/'));
  let all: string[];
  try { all = await walk(base); } catch { return []; }
  return all.filter((f) => re.test(relative(base, f).split(sep).join('/')));
}

/** `*` (within a segment), `**` (any depth), `?`, `[abc]`, `{a,b}`. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') { i++; if (glob[i + 1] === '/') { i++; re += '(?:.*/)?'; } else re += '.*'; } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') { const j = glob.indexOf(']', i); if (j < 0) re += '\\['; else { re += glob.slice(i, j + 1); i = j; } }
    else if (c === '{') { const j = glob.indexOf('}', i); if (j < 0) re += '\\{'; else { re += `(?:${glob.slice(i + 1, j).split(',').map(escapeRe).join('|')})`; i = j; } }
    else re += escapeRe(c);
  }
  return new RegExp(`^${re}$`);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every document (or located error) of every input, in order. Errors never stop the run. */
export async function* readFiles(files: readonly string[], opts: ReadOptions): AsyncGenerator<ReadItem> {
  for (const f of files) {
    const r = readerFor(f);
    if (!r) { yield { kind: 'error', error: new InputError('UNSUPPORTED_FORMAT', f, undefined, 'unsupported file type') }; continue; }
    yield* r.read(f, opts);
  }
}

export async function* readInputs(inputs: readonly string[], opts: ReadOptions): AsyncGenerator<ReadItem> {
  const { files, errors } = await expandInputs(inputs);
  for (const e of errors) yield { kind: 'error', error: e };
  yield* readFiles(files, opts);
}
