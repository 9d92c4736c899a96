/**
 * `tamis init --dir <folder>`: proposes a working pipeline part for the files found in a folder — one source per
 * top-level file or sub-folder (id from its name, format from its extension, a first guess of the collection
 * mode) and the default pipeline detect -> drop-sensitive -> pseudonymise -> dedup, in the shape the build's
 * schema (src/pipeline/schema.ts on the build branch) accepts.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { InputError } from '../core/errors.js';
import { guessTextField } from './text-field.js';

const FORMATS: [RegExp, string][] = [
  [/\.jsonl(\.(gz|zst))?$/i, 'jsonl'], [/\.ndjson(\.(gz|zst))?$/i, 'jsonl'], [/\.json(\.gz)?$/i, 'json'],
  [/\.csv(\.gz)?$/i, 'csv'], [/\.tsv(\.gz)?$/i, 'csv'], [/\.parquet$/i, 'parquet'], [/\.warc(\.gz)?$/i, 'warc'],
  [/\.html?$/i, 'html'], [/\.txt(\.gz)?$/i, 'txt'], [/\.md$/i, 'txt'],
];

export function formatOf(name: string): string | undefined {
  return FORMATS.find(([re]) => re.test(name))?.[1];
}

/** File or folder name -> source id: lower case, extensions dropped, other characters as dashes. */
export function sourceId(name: string): string {
  const stem = name.replace(/(\.[a-z0-9]{1,8})+$/i, '');
  return stem.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'source';
}

export interface ScaffoldSource {
  id: string; path: string; format: string; collection: 'direct' | 'scraped';
  /** Set when the text of a CSV/JSONL source is not in a field named `text` (guessed from its first rows). */
  textField?: string;
}

/** The source's textField, when a sample of `file` says the text is not in the default `text` field. */
async function withTextField(src: ScaffoldSource, file: string): Promise<ScaffoldSource> {
  const f = await guessTextField(file, src.format);
  return f && f !== 'text' ? { ...src, textField: f } : src;
}

/** First guess of the collection mode, shown as the default by `tamis init` (web captures and pages: scraped). */
const guessCollection = (format: string): 'direct' | 'scraped' => (format === 'warc' || format === 'html' ? 'scraped' : 'direct');

export interface Scaffold {
  sources: ScaffoldSource[];
  pipeline: Record<string, unknown>[];
  output: { path: string; format: string };
  /** Files skipped because their format is unknown. */
  skipped: string[];
}

/** `base` is the folder of tamis.yaml: source paths are written relative to it. */
export async function scaffold(dir: string, base: string): Promise<Scaffold> {
  let names: string[];
  try { names = readdirSync(dir).sort(); } catch (e) {
    throw new InputError('DIR_UNREADABLE', dir, undefined, `cannot read folder: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const sources: ScaffoldSource[] = [];
  const skipped: string[] = [];
  const used = new Set<string>();
  const uniq = (id: string) => { let k = id; let n = 2; while (used.has(k)) k = `${id}-${n++}`; used.add(k); return k; };
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    const rel = relative(base, full) || '.';
    if (statSync(full).isDirectory()) {
      // A folder becomes one source over its files of the most common known format.
      const counts = new Map<string, { n: number; ext: string; first: string }>();
      for (const f of readdirSync(full).sort()) {
        const fmt = formatOf(f);
        if (!fmt) continue;
        const ext = f.slice(f.indexOf('.'));
        const c = counts.get(fmt) ?? { n: 0, ext, first: f };
        counts.set(fmt, { ...c, n: c.n + 1 });
      }
      const best = [...counts.entries()].sort((a, b) => b[1].n - a[1].n)[0];
      if (!best) { skipped.push(rel); continue; }
      const src = { id: uniq(sourceId(name)), path: `${rel}/*${best[1].ext}`, format: best[0], collection: guessCollection(best[0]) };
      sources.push(await withTextField(src, join(full, best[1].first)));
      continue;
    }
    const fmt = formatOf(name);
    if (!fmt) { skipped.push(rel); continue; }
    sources.push(await withTextField({ id: uniq(sourceId(name)), path: rel, format: fmt, collection: guessCollection(fmt) }, full));
  }
  return {
    sources,
    pipeline: [
      { detect: { languages: ['fr', 'en'] } },
      { 'drop-sensitive': { default: 'drop-document' } },
      // `tag` needs no key; switch PERSON/EMAIL/PHONE to `surrogate` after `tamis keygen` for more natural text.
      { pseudonymise: { default: 'tag', IBAN: 'redact', CREDIT_CARD: 'redact', FR_NIR: 'redact', CREDENTIAL: 'redact' } },
      { dedup: { exact: true, near: { threshold: 0.8 } } },
    ],
    output: { path: 'build/', format: 'parquet' },
    skipped,
  };
}
