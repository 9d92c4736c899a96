/**
 * Schema of the `sources`, `pipeline` and `output` parts of tamis.yaml (the register owns the other keys, so the
 * top level is loose). Validated through config/load.ts so every problem points at file:line:col.
 */
import { z } from 'zod';
import { ENTITY_TYPES, SENSITIVE_CATEGORIES } from '../core/types.js';
import { parseYamlFile, validateConfig, type LoadedYaml } from '../config/load.js';
import { policySchema } from '../transform/policy.js';

const FORMATS = ['jsonl', 'json', 'csv', 'parquet', 'txt', 'html', 'warc'] as const;
export type SourceFormat = (typeof FORMATS)[number];

/** "256MB", "1.5 GB", "800kB" or a number of bytes. */
export const byteSize = z.union([z.number().int().positive(), z.string().regex(/^\s*\d+(\.\d+)?\s*(B|KB|kB|MB|GB)?\s*$/i, 'a size such as 256MB')])
  .transform((v) => (typeof v === 'number' ? v : parseByteSize(v)));

export function parseByteSize(s: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(s);
  if (!m) throw new Error(`not a size: ${s}`);
  const unit = (m[2] ?? '').toUpperCase();
  const mult = unit === 'GB' ? 1e9 : unit === 'MB' ? 1e6 : unit === 'KB' ? 1e3 : 1;
  return Math.round(Number(m[1]) * mult);
}

export const sourceSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'letters, digits, _ . - (used in file names and reports)'),
  /** File, folder or glob (`*`, `**`, `?`), relative to the config file; or a list of them. */
  path: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  format: z.enum(FORMATS).optional(),
  textField: z.string().min(1).default('text'),
  idField: z.string().min(1).optional(),
  /** Forces a decompression when the file name does not say it. */
  compression: z.enum(['gzip', 'zstd', 'none']).optional(),
  collection: z.enum(['direct', 'scraped', 'reused']),
  licence: z.string().min(1).optional(),
  /** ISO 8601 date or interval: 2024-01-01/2024-06-30. */
  period: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/, 'an ISO date or interval such as 2024-01-01/2024-06-30').optional(),
  /** Origin URL or owner. */
  origin: z.string().min(1).optional(),
}).strict();
export type SourceConfig = z.infer<typeof sourceSchema>;

const minimiseSchema = z.object({
  /** Record fields kept in `meta` (everything else is dropped); default: none. */
  keepFields: z.array(z.string()).default([]),
  excludeDomains: z.array(z.string()).default([]),
  excludeSources: z.array(z.string()).default([]),
  /** File with one record id, URL or domain per line (# comments), whose owners objected. */
  optOut: z.string().optional(),
}).strict();

const languageSchema = z.object({
  keep: z.array(z.enum(['fr', 'en', 'other'])).min(1).default(['fr', 'en']),
}).strict();

const qualitySchema = z.object({
  minWords: z.number().int().nonnegative().default(5),
  maxWords: z.number().int().positive().default(100_000),
  minMeanWordLength: z.number().nonnegative().default(2),
  maxMeanWordLength: z.number().positive().default(12),
  /** (# and … and "...") per word. */
  maxSymbolRatio: z.number().min(0).max(1).default(0.1),
  maxBulletLines: z.number().min(0).max(1).default(0.9),
  maxEllipsisLines: z.number().min(0).max(1).default(0.3),
  /** Fraction of lines that repeat an earlier line. */
  maxDuplicateLines: z.number().min(0).max(1).default(0.3),
  /** Fraction of characters covered by the most frequent word 2-gram. */
  maxTopBigramChars: z.number().min(0).max(1).default(0.2),
  /** Fraction of characters in word 5-grams seen more than once. */
  maxDuplicate5gramChars: z.number().min(0).max(1).default(0.15),
}).strict();

const detectSchema = z.object({
  languages: z.array(z.enum(['fr', 'en'])).optional(),
  threshold: z.number().min(0).max(1).optional(),
  types: z.array(z.enum(ENTITY_TYPES)).optional(),
  /** Also report LOCATION (cities, regions, countries): off by default, a place alone identifies no one. */
  locations: z.boolean().optional(),
}).strict();

const sensitiveAction = z.enum(['drop-document', 'remove-sentence', 'keep']);
const dropSensitiveSchema = z.object({
  /** Action for categories not listed in `categories` (default: drop the document). */
  default: sensitiveAction.default('drop-document'),
  categories: z.partialRecord(z.enum(SENSITIVE_CATEGORIES), sensitiveAction).default({}),
  minScore: z.number().min(0).max(1).default(0.5),
}).strict();

/** Policy as the transform layer defines it (entity type or `default` -> operator, with options). */
const pseudonymiseSchema = policySchema;

const dedupSchema = z.object({
  exact: z.boolean().default(true),
  near: z.union([z.literal(false), z.object({
    threshold: z.number().min(0).max(1).default(0.8),
    /** Word n-gram size of the shingles. */
    shingle: z.number().int().min(1).max(20).default(3),
    hashes: z.number().int().min(8).max(1024).default(128),
    bands: z.number().int().min(1).default(20),
    rows: z.number().int().min(1).default(6),
  }).strict().refine((n) => n.bands * n.rows <= n.hashes, { message: 'bands × rows must not exceed hashes' })]).default({ threshold: 0.8, shingle: 3, hashes: 128, bands: 20, rows: 6 }),
  /** Which document of a cluster is kept. */
  keep: z.enum(['first']).default('first'),
}).strict();

/** One step: exactly one of these keys. */
export const stepSchema = z.object({
  minimise: minimiseSchema.optional(),
  language: languageSchema.optional(),
  quality: qualitySchema.optional(),
  detect: detectSchema.optional(),
  'drop-sensitive': dropSensitiveSchema.optional(),
  pseudonymise: pseudonymiseSchema.optional(),
  dedup: dedupSchema.optional(),
}).strict().refine((s) => Object.values(s).filter((v) => v !== undefined).length === 1, {
  message: 'each pipeline step is one key: minimise, language, quality, detect, drop-sensitive, pseudonymise or dedup',
});
export type StepConfig = z.infer<typeof stepSchema>;
export type MinimiseConfig = z.infer<typeof minimiseSchema>;
export type LanguageConfig = z.infer<typeof languageSchema>;
export type QualityConfig = z.infer<typeof qualitySchema>;
export type DetectConfig = z.infer<typeof detectSchema>;
export type DropSensitiveConfig = z.infer<typeof dropSensitiveSchema>;
export type DedupConfig = z.infer<typeof dedupSchema>;
export type NearDedupConfig = Exclude<DedupConfig['near'], false>;

export const outputSchema = z.object({
  path: z.string().min(1).default('build'),
  format: z.enum(['parquet', 'jsonl']).default('parquet'),
  /** Build folder name under `path`; default: derived from the config and input hashes. */
  version: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/).optional(),
  /** Target size of one data file (uncompressed text). */
  shardSize: byteSize.default(256_000_000),
  /** Target size of one Parquet row group (uncompressed text). */
  rowGroupSize: byteSize.default(32_000_000),
  /** Input bytes per task (consecutive small files are grouped; a bigger plain .jsonl is split, see plan.ts). */
  taskSize: byteSize.default(64_000_000),
}).strict();
export type OutputConfig = z.infer<typeof outputSchema>;

export const buildConfigSchema = z.looseObject({
  project: z.looseObject({ name: z.string().optional() }).optional(),
  sources: z.array(sourceSchema).min(1, 'at least one source'),
  pipeline: z.array(stepSchema).default([]),
  output: outputSchema.default({ path: 'build', format: 'parquet', shardSize: 256_000_000, rowGroupSize: 32_000_000, taskSize: 64_000_000 }),
}).superRefine((c, ctx) => {
  const seen = new Set<string>();
  c.sources.forEach((s, i) => {
    if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate source id "${s.id}"` });
    seen.add(s.id);
  });
  const names = c.pipeline.map(stepName);
  names.forEach((n, i) => {
    if (names.indexOf(n) !== i) ctx.addIssue({ code: 'custom', path: ['pipeline', i], message: `step "${n}" appears twice` });
  });
  const d = names.indexOf('drop-sensitive');
  if (d >= 0 && names.indexOf('detect') < 0) ctx.addIssue({ code: 'custom', path: ['pipeline', d], message: 'drop-sensitive needs a detect step before it' });
  const p = names.indexOf('pseudonymise');
  if (p >= 0 && (names.indexOf('detect') < 0 || names.indexOf('detect') > p)) ctx.addIssue({ code: 'custom', path: ['pipeline', p], message: 'pseudonymise needs a detect step before it' });
});
export type BuildConfig = z.infer<typeof buildConfigSchema>;

export function stepName(s: StepConfig): string {
  const k = Object.keys(s).find((key) => (s as Record<string, unknown>)[key] !== undefined);
  return k ?? '?';
}

export interface LoadedBuildConfig {
  config: BuildConfig;
  /** Folder of the config file: relative paths resolve from here. */
  baseDir: string;
  loaded: LoadedYaml;
}

export function loadBuildConfig(file: string): LoadedBuildConfig {
  const loaded = parseYamlFile(file);
  const config = validateConfig(loaded, buildConfigSchema);
  return { config, baseDir: dirnameOf(file), loaded };
}

function dirnameOf(file: string): string {
  const i = file.lastIndexOf('/');
  return i < 0 ? '.' : i === 0 ? '/' : file.slice(0, i);
}
