/** Per-file and total counts for `tamis scan`: findings per type, documents affected, masked examples. */
import { maskValue } from '../core/mask.js';
import type { Doc, EntityType } from '../core/types.js';
import type { CompactAnalysis } from './analysis.js';

export interface TypeStats { found: number; documents: number; examples: string[] }
export interface FileStats { file: string; documents: number; errors: number; types: Partial<Record<EntityType, TypeStats>> }

export class ScanStats {
  private readonly files = new Map<string, FileStats>();
  constructor(private readonly maxExamples: number) {}

  file(path: string): FileStats {
    let f = this.files.get(path);
    if (!f) { f = { file: path, documents: 0, errors: 0, types: {} }; this.files.set(path, f); }
    return f;
  }

  addDoc(doc: Doc, a: CompactAnalysis): void {
    const f = this.file(doc.source?.file ?? doc.id);
    f.documents++;
    const seen = new Set<EntityType>();
    for (const e of a.entities) {
      const t = (f.types[e.type] ??= { found: 0, documents: 0, examples: [] });
      t.found++;
      if (!seen.has(e.type)) { seen.add(e.type); t.documents++; }
      if (t.examples.length < this.maxExamples) {
        // Only the masked form is kept: the report never holds the value.
        const m = maskValue(doc.text.slice(e.start, e.end));
        if (!t.examples.includes(m)) t.examples.push(m);
      }
    }
  }

  addError(file: string): void {
    this.file(file).errors++;
  }

  perFile(): FileStats[] {
    return [...this.files.values()];
  }

  totals(): FileStats {
    const tot: FileStats = { file: 'TOTAL', documents: 0, errors: 0, types: {} };
    for (const f of this.files.values()) {
      tot.documents += f.documents;
      tot.errors += f.errors;
      for (const [type, s] of Object.entries(f.types) as [EntityType, TypeStats][]) {
        const t = (tot.types[type] ??= { found: 0, documents: 0, examples: [] });
        t.found += s.found;
        t.documents += s.documents;
        for (const ex of s.examples) if (t.examples.length < this.maxExamples && !t.examples.includes(ex)) t.examples.push(ex);
      }
    }
    return tot;
  }
}

const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);

/** The human report: one block per file, then the totals table. */
export function formatScanText(stats: ScanStats): string {
  const lines: string[] = [];
  const block = (f: FileStats, title: string) => {
    lines.push(`${title}  ${f.documents} document${f.documents === 1 ? '' : 's'}${f.errors ? `, ${f.errors} input error${f.errors === 1 ? '' : 's'}` : ''}`);
    const rows = (Object.entries(f.types) as [EntityType, TypeStats][]).sort((a, b) => b[1].found - a[1].found || (a[0] < b[0] ? -1 : 1));
    if (rows.length === 0) { lines.push('  no personal data found'); return; }
    const w = Math.max(4, ...rows.map(([t]) => t.length));
    lines.push(`  ${'TYPE'.padEnd(w)}  ${'FOUND'.padStart(7)}  ${'DOCS'.padStart(7)}  ${'SHARE'.padStart(6)}  EXAMPLES`);
    for (const [t, s] of rows) {
      lines.push(`  ${t.padEnd(w)}  ${String(s.found).padStart(7)}  ${String(s.documents).padStart(7)}  ${pct(s.documents, f.documents).padStart(6)}  ${s.examples.join(', ')}`);
    }
  };
  const files = stats.perFile();
  for (const f of files) { block(f, f.file); lines.push(''); }
  block(stats.totals(), `TOTAL (${files.length} file${files.length === 1 ? '' : 's'})`);
  return lines.join('\n') + '\n';
}

export function scanJson(stats: ScanStats): unknown {
  const withShare = (f: FileStats) => ({
    ...f,
    types: Object.fromEntries((Object.entries(f.types) as [EntityType, TypeStats][]).map(([t, s]) => [t, { ...s, share: f.documents ? s.documents / f.documents : 0 }])),
  });
  const { file: _file, ...totals } = withShare(stats.totals());
  return { files: stats.perFile().map(withShare), totals };
}
