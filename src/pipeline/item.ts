/** What flows between pipeline steps: the document plus what earlier steps learned about it (never written out). */
import type { DocAnalysis, Doc } from '../core/types.js';

export interface Item {
  doc: Doc;
  /** Set by the detect step; offsets always match `doc.text`. */
  analysis?: DocAnalysis;
  /** Set by the dedup step: signature of the text as it was at that step. */
  signature?: Uint32Array;
}

/** An auditable drop: which step, why, and offsets/categories only (never text). */
export interface Exclusion {
  id: string;
  source: string;
  file?: string;
  location?: string;
  step: string;
  reason: string;
  detail?: Record<string, unknown>;
}

/** A located failure for errors.jsonl. */
export interface ErrorRecord {
  source: string;
  file: string;
  location?: string;
  code: string;
  reason: string;
  id?: string;
}

export function exclusionOf(item: Item, step: string, reason: string, detail?: Record<string, unknown>): Exclusion {
  const p = item.doc.source;
  return {
    id: item.doc.id,
    source: p?.source ?? '?',
    ...(p?.file ? { file: p.file } : {}),
    ...(p?.location ? { location: p.location } : {}),
    step,
    reason,
    ...(detail ? { detail } : {}),
  };
}
