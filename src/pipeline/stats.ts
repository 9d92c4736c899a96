/**
 * Mergeable build statistics: each task fills its own accumulator, the finalizer adds them up into the
 * BuildStats of stats.json. Only counts and offsets, never text.
 */
import type { EntityType, SensitiveCategory } from '../core/types.js';
import type { BuildStats } from './manifest.js';

export interface TaskStats {
  pii: Partial<Record<EntityType, { documents: number; spans: number }>>;
  piiBySource: Record<string, Partial<Record<EntityType, number>>>;
  treatment: Partial<Record<EntityType, Record<string, number>>>;
  sensitive: Partial<Record<SensitiveCategory, { documents: number; droppedDocuments: number; removedSentences: number }>>;
  languages: Record<string, number>;
  domains: Record<string, number>;
}

export function emptyTaskStats(): TaskStats {
  return { pii: {}, piiBySource: {}, treatment: {}, sensitive: {}, languages: {}, domains: {} };
}

export function bump(rec: Record<string, number>, key: string, n = 1): void {
  rec[key] = (rec[key] ?? 0) + n;
}

export function mergeTaskStats(into: TaskStats, add: TaskStats): TaskStats {
  for (const [t, v] of Object.entries(add.pii) as [EntityType, { documents: number; spans: number }][]) {
    const cur = (into.pii[t] ??= { documents: 0, spans: 0 });
    cur.documents += v.documents;
    cur.spans += v.spans;
  }
  for (const [s, byType] of Object.entries(add.piiBySource)) {
    const cur = (into.piiBySource[s] ??= {});
    for (const [t, n] of Object.entries(byType)) bump(cur as Record<string, number>, t, n);
  }
  for (const [t, ops] of Object.entries(add.treatment)) {
    const cur = (into.treatment[t as EntityType] ??= {});
    for (const [op, n] of Object.entries(ops)) bump(cur, op, n);
  }
  for (const [c, v] of Object.entries(add.sensitive) as [SensitiveCategory, { documents: number; droppedDocuments: number; removedSentences: number }][]) {
    const cur = (into.sensitive[c] ??= { documents: 0, droppedDocuments: 0, removedSentences: 0 });
    cur.documents += v.documents;
    cur.droppedDocuments += v.droppedDocuments;
    cur.removedSentences += v.removedSentences;
  }
  for (const [k, n] of Object.entries(add.languages)) bump(into.languages, k, n);
  for (const [k, n] of Object.entries(add.domains)) bump(into.domains, k, n);
  return into;
}

/** Length statistics (characters) of the written documents; `sorted` must be ascending. */
export function lengthStats(sorted: readonly number[]): BuildStats['lengths'] {
  const bounds = [100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000, Infinity];
  const histogram = bounds.map((upTo) => ({ upTo: upTo === Infinity ? -1 : upTo, count: 0 }));
  let sum = 0;
  for (const n of sorted) {
    sum += n;
    const i = bounds.findIndex((b) => n <= b);
    histogram[i]!.count++;
  }
  const q = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! : 0);
  return {
    min: sorted[0] ?? 0,
    max: sorted[sorted.length - 1] ?? 0,
    mean: sorted.length ? Math.round(sum / sorted.length) : 0,
    p50: q(0.5),
    p90: q(0.9),
    histogram,
  };
}

/** Domain of a URL, lower-cased, without `www.`; undefined when not a URL. */
export function domainOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
