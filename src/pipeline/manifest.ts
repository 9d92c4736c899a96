/**
 * Shapes of a build's `manifest.json` and `stats.json`. `tamis docs --build <folder>` fills the DPO documents from
 * these files, so both sides import this module. Add fields freely; do not rename or remove.
 */
import type { EntityType, SensitiveCategory } from '../core/types.js';

export interface SourceManifest {
  id: string;
  /** Glob or path as configured. */
  path: string;
  collection: 'direct' | 'scraped' | 'reused';
  licence?: string;
  /** Collection period, ISO 8601 dates or interval ("2024-01-01/2024-06-30"). */
  period?: string;
  /** Origin URL or owner. */
  origin?: string;
  files: { path: string; bytes: number; sha256: string }[];
  /** Per-source accounting: read = written + excluded + errored. */
  counts: { read: number; written: number; excluded: number; errored: number };
  /** Crawled / origin domains with record counts (web sources). */
  domains?: Record<string, number>;
}

export interface StepManifest {
  /** Step name as in tamis.yaml (detect, drop-sensitive, pseudonymise, dedup, ...). */
  name: string;
  in: number;
  out: number;
  /** Records dropped by this step, by reason. */
  dropped: Record<string, number>;
  seconds: number;
}

export interface BuildManifest {
  tool: { name: 'tamis'; version: string };
  /** Build version (folder name). */
  version: string;
  createdAt: string;
  /** sha256 of the normalised config. */
  configHash: string;
  project?: string;
  sources: SourceManifest[];
  steps: StepManifest[];
  totals: { read: number; written: number; excluded: number; errored: number };
  output: { format: 'parquet' | 'jsonl'; files: { path: string; records: number; bytes: number; sha256: string }[] };
  /** Register obligations that were not met but justified in the config (they land in the documents). */
  justifications?: { rule: string; justification: string }[];
  /** The register check run before the build: passed (with counts of open warnings/notes), or skipped (--no-check). */
  registerCheck?: { status: 'passed' | 'skipped'; warnings?: number; notes?: number; justified?: number };
  /** `stages`: wall-clock seconds of this run's stages (plan, process, dedup, write, finalize up to the manifest). */
  timings: { totalSeconds: number; stages?: Record<string, number> };
}

export interface BuildStats {
  /** Documents and spans of personal data found, per entity type (before treatment). */
  pii: Partial<Record<EntityType, { documents: number; spans: number }>>;
  /** Per source id, per entity type: spans found. */
  piiBySource: Record<string, Partial<Record<EntityType, number>>>;
  /** How each type was treated (operator name -> spans). */
  treatment: Partial<Record<EntityType, Record<string, number>>>;
  /** Documents revealing each sensitive category, and what was done (dropped documents / removed sentences). */
  sensitive: Partial<Record<SensitiveCategory, { documents: number; droppedDocuments: number; removedSentences: number }>>;
  languages: Record<string, number>;
  duplicates: { exact: number; near: number; clusters: number };
  lengths: { min: number; max: number; mean: number; p50: number; p90: number; histogram: { upTo: number; count: number }[] };
  /** Records per crawled/origin domain (written). */
  domains: Record<string, number>;
  exclusionsByReason: Record<string, number>;
}
