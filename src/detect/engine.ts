/**
 * The detection engine: runs the recognizers chosen for the document's language, resolves overlaps, applies the
 * score threshold and returns findings sorted by offset. No global state: an Engine instance is immutable after
 * construction and safe to use from many worker threads (each thread builds its own).
 */
import type { DetectedLang, DocAnalysis, EntityType, Finding, Lang, SensitiveFinding } from '../core/types.js';
import { detectLanguage } from './lang.js';
import type { Recognizer } from './recognizer.js';
import { RecognizerRegistry } from './registry.js';

/** Detects GDPR Art. 9/10 categories revealed about a person; runs after entity recognition. */
export interface SensitiveDetector {
  readonly name: string;
  analyze(text: string, lang: DetectedLang, entities: readonly Finding[]): SensitiveFinding[];
}

export interface EngineOptions {
  recognizers: readonly Recognizer[] | RecognizerRegistry;
  sensitive?: readonly SensitiveDetector[];
  /** Findings below this score are dropped (default 0.5). */
  threshold?: number;
  /** Only report these types (default: all). */
  types?: readonly EntityType[];
}

export interface AnalyzeOptions {
  /** 'auto' (default) detects the language per document; 'other' uses both the fr and en resources. */
  lang?: DetectedLang | 'auto';
  /** Skip sensitive-category detection (faster). */
  sensitive?: boolean;
}

export class Engine {
  private readonly registry: RecognizerRegistry;
  private readonly sensitive: readonly SensitiveDetector[];
  readonly threshold: number;
  private readonly types: ReadonlySet<EntityType> | undefined;
  private readonly byLang = new Map<string, Recognizer[]>();

  constructor(opts: EngineOptions) {
    const threshold = opts.threshold ?? 0.5;
    if (!(threshold >= 0 && threshold <= 1)) throw new Error(`engine: threshold must be between 0 and 1, got ${opts.threshold}`);
    this.registry = opts.recognizers instanceof RecognizerRegistry ? opts.recognizers : new RecognizerRegistry(opts.recognizers);
    this.sensitive = opts.sensitive ?? [];
    this.threshold = threshold;
    this.types = opts.types ? new Set(opts.types) : undefined;
  }

  /** Entities only, for one string. */
  findEntities(text: string, lang: Lang | 'other'): Finding[] {
    let recs = this.byLang.get(lang);
    if (!recs) {
      recs = this.registry.select(lang, this.types);
      this.byLang.set(lang, recs);
    }
    const all: Finding[] = [];
    for (const r of recs) {
      for (const f of r.analyze({ text, lang })) {
        if (f.score >= this.threshold && (!this.types || this.types.has(f.type))) all.push(f);
      }
    }
    return resolveOverlaps(all);
  }

  /** Full analysis of one document: language, entities, sensitive categories. */
  analyze(text: string, opts: AnalyzeOptions = {}): DocAnalysis {
    const lang: DetectedLang = opts.lang && opts.lang !== 'auto' ? opts.lang : detectLanguage(text);
    const entities = this.findEntities(text, lang);
    const sensitive: SensitiveFinding[] = [];
    if (opts.sensitive !== false) {
      for (const d of this.sensitive) sensitive.push(...d.analyze(text, lang, entities));
    }
    return { lang, entities, sensitive };
  }

  /** Streaming API for many documents. */
  async *analyzeStream<T extends { text: string }>(
    docs: AsyncIterable<T> | Iterable<T>,
    opts: AnalyzeOptions = {},
  ): AsyncGenerator<{ doc: T; analysis: DocAnalysis }> {
    for await (const doc of docs) yield { doc, analysis: this.analyze(doc.text, opts) };
  }
}

/**
 * Keeps the best of overlapping findings: higher score first, then the longer span, then the earlier one.
 * Result sorted by start offset. O(n log n): kept spans never overlap, so they stay sorted by start and a binary
 * search finds the only neighbours a new span could touch.
 */
export function resolveOverlaps(findings: Finding[]): Finding[] {
  if (findings.length <= 1) return findings;
  const ranked = [...findings].sort(
    (a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Finding[] = [];
  for (const f of ranked) {
    // First kept span whose start is >= f.start.
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((kept[mid] as Finding).start < f.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = kept[lo - 1];
    const next = kept[lo];
    if (prev && prev.end > f.start) continue;
    if (next && next.start < f.end) continue;
    kept.splice(lo, 0, f);
  }
  return kept;
}
