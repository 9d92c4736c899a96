/**
 * What detection sends back per document: the analysis without explanations (they stay in the library API), in
 * the shape `tamis detect` writes. Shared by the in-process path and the worker threads.
 */
import type { DetectedLang, DocAnalysis, EntityType, Lang, SensitiveCategory } from '../core/types.js';
import { createEngine } from '../detect/index.js';
import type { Engine } from '../detect/engine.js';

export interface CompactEntity { type: EntityType; subtype?: string; start: number; end: number; score: number; recognizer: string }
export interface CompactSensitive { category: SensitiveCategory; score: number; evidence: { start: number; end: number }[] }
export interface CompactAnalysis { lang: DetectedLang; entities: CompactEntity[]; sensitive: CompactSensitive[] }

export interface EngineSettings {
  lang: Lang | 'auto';
  threshold?: number;
  types?: EntityType[];
  /** Also report LOCATION (see createEngine). */
  locations?: boolean;
}

export function compact(a: DocAnalysis): CompactAnalysis {
  return {
    lang: a.lang,
    entities: a.entities.map((f) => ({
      type: f.type, ...(f.subtype ? { subtype: f.subtype } : {}), start: f.start, end: f.end, score: f.score, recognizer: f.recognizer,
    })),
    sensitive: a.sensitive.map((s) => ({ category: s.category, score: s.score, evidence: s.evidence.map((e) => ({ start: e.start, end: e.end })) })),
  };
}

export function buildEngine(s: EngineSettings): Engine {
  return createEngine({
    ...(s.threshold !== undefined ? { threshold: s.threshold } : {}), ...(s.types ? { types: s.types } : {}),
    ...(s.locations ? { locations: true } : {}),
  });
}

export function analyzeTexts(engine: Engine, texts: readonly string[], lang: Lang | 'auto'): CompactAnalysis[] {
  return texts.map((t) => compact(engine.analyze(t, { lang })));
}
