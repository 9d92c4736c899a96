/**
 * Transform layer contract (issue: pseudonymisation). The build pipeline and `tamis pseudonymise` call
 * `Transformer.transform` with the findings of the detect layer.
 */
import type { EntityType, Finding, Lang } from '../core/types.js';

/** One replaced span, for accounting. Never holds the original value. */
export interface Replacement {
  type: EntityType;
  operator: string;
  /** Offsets in the ORIGINAL text. */
  start: number;
  end: number;
  /** Offsets in the OUTPUT text. */
  outStart: number;
  outEnd: number;
}

export interface TransformContext {
  docId: string;
  lang?: Lang | 'other';
}

export interface TransformResult {
  text: string;
  replacements: Replacement[];
}

export interface Transformer {
  transform(text: string, findings: readonly Finding[], ctx: TransformContext): TransformResult;
}
