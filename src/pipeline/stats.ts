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

/**
 * Mergeable length summary: exact min/max/sum/count plus a sparse histogram on 2 % wide logarithmic buckets, so
 * quantiles are exact to 2 % with memory independent of the number of documents.
 */
export interface LengthSummary { count: number; sum: number; min: number; max: number; buckets: Record<string, number> }

const GROWTH = 1.02;
const bucketOf = (n: number) => (n <= 1 ? 0 : Math.ceil(Math.log(n) / Math.log(GROWTH)));
const upperOf = (b: number) => Math.round(Math.pow(GROWTH, b));

export function emptyLengths(): LengthSummary {
  return { count: 0, sum: 0, min: Infinity, max: 0, buckets: {} };
}

export function addLength(l: LengthSummary, n: number): void {
  l.count++;
  l.sum += n;
  if (n < l.min) l.min = n;
  if (n > l.max) l.max = n;
  bump(l.buckets, String(bucketOf(n)));
}

export function mergeLengths(into: LengthSummary, add: LengthSummary): LengthSummary {
  into.count += add.count;
  into.sum += add.sum;
  into.min = Math.min(into.min, add.min ?? Infinity);
  into.max = Math.max(into.max, add.max);
  for (const [k, v] of Object.entries(add.buckets)) bump(into.buckets, k, v);
  return into;
}

/** Length statistics (characters) of the written documents, for stats.json and the report. */
export function lengthStats(l: LengthSummary): BuildStats['lengths'] {
  const bounds = [100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000, Infinity];
  const histogram = bounds.map((upTo) => ({ upTo: upTo === Infinity ? -1 : upTo, count: 0 }));
  const sorted = Object.entries(l.buckets).map(([k, v]) => [Number(k), v] as const).sort((a, b) => a[0] - b[0]);
  for (const [b, v] of sorted) histogram[bounds.findIndex((x) => Math.min(upperOf(b), l.max) <= x)]!.count += v;
  const q = (p: number) => {
    let seen = 0;
    for (const [b, v] of sorted) {
      seen += v;
      if (seen > p * l.count) return Math.min(l.max, Math.max(l.min, upperOf(b)));
    }
    return l.max;
  };
  if (l.count === 0) return { min: 0, max: 0, mean: 0, p50: 0, p90: 0, histogram };
  return { min: l.min, max: l.max, mean: Math.round(l.sum / l.count), p50: q(0.5), p90: q(0.9), histogram };
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
