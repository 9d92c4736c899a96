/**
 * Scoring as described in shared/data/dev-labelled/README.md: per type, a predicted span of the same type that
 * overlaps a gold span is a true positive (each gold span matched once); precision, recall, F1. The strict variant
 * requires IoU >= 0.5. "ANY" pools all types.
 */
export interface Span { type: string; start: number; end: number }
export interface Counts { tp: number; fp: number; fn: number }
export interface Prf extends Counts { precision: number; recall: number; f1: number }

function overlaps(a: Span, b: Span, strict: boolean): boolean {
  if (!(a.start < b.end && b.start < a.end)) return false;
  if (!strict) return true;
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return inter / union >= 0.5;
}

/** Matches predictions to gold within one document and adds to per-type counts. */
export function scoreDoc(gold: readonly Span[], pred: readonly Span[], into: Map<string, Counts>, strict = false): void {
  const add = (t: string, k: keyof Counts) => {
    const c = into.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    c[k]++;
    into.set(t, c);
  };
  const used = new Set<number>();
  for (const p of pred) {
    const i = gold.findIndex((g, gi) => !used.has(gi) && g.type === p.type && overlaps(g, p, strict));
    if (i >= 0) { used.add(i); add(p.type, 'tp'); add('ANY', 'tp'); }
    else if (gold.some((g) => g.type === p.type && overlaps(g, p, strict))) {
      // A second prediction on an already-matched gold span (e.g. split name): neither tp nor fp.
    } else { add(p.type, 'fp'); add('ANY', 'fp'); }
  }
  gold.forEach((g, gi) => { if (!used.has(gi)) { add(g.type, 'fn'); add('ANY', 'fn'); } });
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export function formatTable(counts: Map<string, Counts>, types?: readonly string[]): string {
  const rows = [...counts.entries()].filter(([t]) => !types || types.includes(t)).sort(([a], [b]) => (a === 'ANY' ? 1 : b === 'ANY' ? -1 : a.localeCompare(b)));
  const lines = ['type                 tp    fp    fn   prec   rec    F1'];
  for (const [t, c] of rows) {
    const r = prf(c);
    lines.push(`${t.padEnd(18)} ${String(c.tp).padStart(5)} ${String(c.fp).padStart(5)} ${String(c.fn).padStart(5)}  ${r.precision.toFixed(3)} ${r.recall.toFixed(3)} ${r.f1.toFixed(3)}`);
  }
  return lines.join('\n');
}
