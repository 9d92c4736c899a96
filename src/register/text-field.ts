/**
 * `tamis init --dir`: guess which field of a CSV or JSON Lines file holds the text, from a sample of its first
 * rows, so that the scaffolded source builds without the user reading the file first. A field with a
 * conventional name (text, body, content, message…) wins; otherwise the field whose values are longest and most
 * word-like. Only the head of the file is read (at most SAMPLE_BYTES after decompression, through the readers'
 * own byte source, so .gz and .zst work as in the build); nothing is guessed for other formats, and a file that
 * cannot be read or parsed gives no guess (the build will report it properly).
 */
import { parse } from 'csv-parse/sync';
import { logicalName, readBytes } from '../io/bytes.js';

const SAMPLE_BYTES = 64 * 1024;
const SAMPLE_ROWS = 50;
/** Conventional names of a text column, most specific first (compared lower-cased). */
const NAMED = ['text', 'body', 'content', 'message', 'texte', 'contenu', 'corps', 'description', 'comment', 'commentaire', 'review', 'avis', 'post', 'document', 'article', 'abstract', 'summary', 'resume'];

/** The first SAMPLE_BYTES of the decompressed file, cut after its last whole line when the file goes on. */
async function head(path: string): Promise<string | undefined> {
  const parts: Uint8Array[] = [];
  let n = 0;
  let whole = true;
  try {
    for await (const chunk of readBytes(path)) {
      parts.push(chunk);
      n += chunk.length;
      if (n >= SAMPLE_BYTES) { whole = false; break; }
    }
  } catch {
    // Unreadable, or a compressed stream cut short: guess from what came out, if anything.
    if (n === 0) return undefined;
    whole = false;
  }
  const text = Buffer.concat(parts).subarray(0, SAMPLE_BYTES).toString('utf8');
  const cut = text.lastIndexOf('\n');
  return whole || cut <= 0 ? text : text.slice(0, cut);
}

function rowsOf(path: string, format: string, sample: string): Record<string, unknown>[] {
  if (format === 'jsonl') {
    const rows: Record<string, unknown>[] = [];
    for (const line of sample.split('\n')) {
      if (rows.length >= SAMPLE_ROWS) break;
      if (!line.trim()) continue;
      try {
        const v: unknown = JSON.parse(line);
        if (v && typeof v === 'object' && !Array.isArray(v)) rows.push(v as Record<string, unknown>);
      } catch { /* a bad line is the build's business */ }
    }
    return rows;
  }
  try {
    return parse(sample, {
      columns: true, delimiter: logicalName(path).endsWith('.tsv') ? '\t' : ',', bom: true, relax_column_count: true,
      relax_quotes: true, skip_empty_lines: true, to: SAMPLE_ROWS,
    }) as Record<string, unknown>[];
  } catch {
    return [];
  }
}

/** Score of a field as the text: mean length of its string values times their share of spaces (prose has words). */
function proseScore(rows: Record<string, unknown>[], field: string): number {
  let len = 0;
  let spaces = 0;
  for (const r of rows) {
    const v = r[field];
    if (typeof v !== 'string') continue;
    len += v.length;
    for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) === 32) spaces++;
  }
  return rows.length ? (len / rows.length) * Math.min(1, (spaces / Math.max(1, len)) * 8) : 0;
}

/**
 * The field that holds the text in a CSV/TSV or JSON Lines file, or undefined when there is nothing to guess
 * (another format, an unreadable file, no string field).
 */
export async function guessTextField(path: string, format: string): Promise<string | undefined> {
  if (format !== 'csv' && format !== 'jsonl') return undefined;
  const sample = await head(path);
  if (sample === undefined) return undefined;
  const rows = rowsOf(path, format, sample);
  if (rows.length === 0) return undefined;
  const fields = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const stringy = fields.filter((f) => rows.some((r) => typeof r[f] === 'string' && (r[f] as string).trim() !== ''));
  for (const name of NAMED) {
    const hit = stringy.find((f) => f.toLowerCase() === name);
    if (hit) return hit;
  }
  let best: string | undefined;
  let bestScore = 0;
  for (const f of stringy) {
    const s = proseScore(rows, f);
    if (s > bestScore) { best = f; bestScore = s; }
  }
  return best;
}
