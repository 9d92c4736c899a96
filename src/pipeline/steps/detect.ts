/**
 * Detect: runs the shared detection engine (the same one `tamis detect` uses) and records per-type counts.
 * Never drops; later steps act on `item.analysis`.
 */
import type { DetectedLang, Lang } from '../../core/types.js';
import { createEngine, detectLanguage, type Engine } from '../../detect/index.js';
import type { Item } from '../item.js';
import { PipelineStep } from '../step.js';
import type { DetectConfig } from '../schema.js';
import { bump, type TaskStats } from '../stats.js';

export class DetectStep extends PipelineStep {
  readonly name = 'detect';
  private readonly engine: Engine;
  private readonly langs: ReadonlySet<Lang> | undefined;

  constructor(cfg: DetectConfig, private readonly stats: TaskStats) {
    super();
    this.engine = createEngine({
      ...(cfg.threshold !== undefined ? { threshold: cfg.threshold } : {}),
      ...(cfg.types ? { types: cfg.types } : {}),
      ...(cfg.locations ? { locations: true } : {}),
    });
    this.langs = cfg.languages ? new Set(cfg.languages) : undefined;
  }

  protected apply(item: Item): Item {
    const doc = item.doc;
    const declared = doc.lang === 'fr' || doc.lang === 'en' ? doc.lang : undefined;
    let lang: DetectedLang = declared ?? detectLanguage(doc.text);
    // A language outside the configured set is analysed with both resource sets ('other'), in one pass.
    if (this.langs && lang !== 'other' && !this.langs.has(lang)) lang = 'other';
    const analysis = this.engine.analyze(doc.text, { lang });
    item.analysis = analysis;
    doc.lang ??= analysis.lang;
    const src = doc.source?.source ?? '?';
    const bySrc = (this.stats.piiBySource[src] ??= {}) as Record<string, number>;
    const seen = new Set<string>();
    for (const f of analysis.entities) {
      const s = (this.stats.pii[f.type] ??= { documents: 0, spans: 0 });
      s.spans++;
      if (!seen.has(f.type)) { s.documents++; seen.add(f.type); }
      bump(bySrc, f.type);
    }
    return item;
  }
}
