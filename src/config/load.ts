/**
 * Loads `tamis.yaml`: YAML parsing with positions, then zod validation; every problem is reported with the
 * file, line and column of the offending key, so users can fix the file without guessing.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import type { z } from 'zod';
import { ConfigError } from '../core/errors.js';

export interface ConfigIssue {
  path: string;
  line?: number;
  column?: number;
  message: string;
}

export interface LoadedYaml {
  file: string;
  data: unknown;
  /** Finds the line/column of a path such as ["sources", 0, "path"]. */
  locate(path: readonly PropertyKey[]): { line: number; column: number } | undefined;
}

export function parseYamlFile(file: string): LoadedYaml {
  let src: string;
  try {
    src = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError('CONFIG_NOT_FOUND', `cannot read config ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, {
      hint: 'run `tamis init` to create one, or pass --config <file>',
    });
  }
  return parseYamlString(src, file);
}

export function parseYamlString(src: string, file = 'tamis.yaml'): LoadedYaml {
  const lc = new LineCounter();
  const doc = parseDocument(src, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const pos = first.linePos?.[0] ?? lc.linePos(first.pos[0]);
    throw new ConfigError('CONFIG_YAML', `${file}${pos ? `:${pos.line}:${pos.col}` : ''}: invalid YAML: ${first.message.split('\n')[0]}`);
  }
  const locate = (path: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let last: Node | undefined = doc.contents ?? undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) break;
        last = (pair.key as Node) ?? last;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        if (node) last = node as Node;
      } else break;
    }
    const range = last?.range;
    if (!range) return undefined;
    const p = lc.linePos(range[0]);
    return { line: p.line, column: p.col };
  };
  return { file, data: doc.toJS() ?? {}, locate };
}

/** Validates with a zod schema and throws one ConfigError listing every issue with its position. */
export function validateConfig<S extends z.ZodType>(loaded: LoadedYaml, schema: S): z.infer<S> {
  const r = schema.safeParse(loaded.data);
  if (r.success) return r.data;
  const issues: ConfigIssue[] = r.error.issues.map((i) => {
    const at = loaded.locate(i.path as PropertyKey[]);
    return { path: i.path.map(String).join('.') || '(root)', message: i.message, ...(at ?? {}) };
  });
  const lines = issues.map((i) => `  ${loaded.file}${i.line ? `:${i.line}:${i.column}` : ''}  ${i.path}: ${i.message}`);
  const err = new ConfigError('CONFIG_INVALID', `${loaded.file} is not valid:\n${lines.join('\n')}`);
  (err as ConfigError & { issues: ConfigIssue[] }).issues = issues;
  throw err;
}
