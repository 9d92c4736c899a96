/** Parsing and validation of the options `detect` and `scan` share; bad values are usage errors (exit 2). */
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { UsageError } from '../core/errors.js';
import type { EngineSettings } from './analysis.js';
import { ENTITY_TYPES, isEntityType, type EntityType, type Lang } from '../core/types.js';

export function parseTypes(list: string | undefined, option: string): EntityType[] | undefined {
  if (list === undefined) return undefined;
  const names = list.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
  if (names.length === 0) throw new UsageError(`${option}: empty type list`);
  const unknown = names.filter((n) => !isEntityType(n));
  if (unknown.length) throw new UsageError(`${option}: unknown entity type ${unknown.join(', ')}`, { hint: `known types: ${ENTITY_TYPES.join(', ')}` });
  return names as EntityType[];
}

export function parseLang(v: string): Lang | 'auto' {
  if (v === 'auto' || v === 'fr' || v === 'en') return v;
  throw new UsageError(`--lang: expected auto, fr or en, got "${v}"`);
}

export function parseThreshold(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const x = Number(v);
  if (!Number.isFinite(x) || x < 0 || x > 1) throw new UsageError(`--threshold: expected a number between 0 and 1, got "${v}"`);
  return x;
}

export function parsePositiveInt(v: string | undefined, option: string): number | undefined {
  if (v === undefined) return undefined;
  const x = Number(v);
  if (!Number.isInteger(x) || x < 0) throw new UsageError(`${option}: expected a non-negative integer, got "${v}"`);
  return x;
}

/** Summary of an input error count for the final stderr line. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The input and engine options `detect` and `scan` share, as commander gives them. */
export interface DetectionCliOptions {
  textField: string; idField?: string; lang: string; threshold?: string; types?: string; locations?: boolean; workers?: string;
}

/** Adds the shared input and engine options to a command (one definition, the same help everywhere). */
export function addDetectionOptions(cmd: Command, workersHelp: string): Command {
  return cmd
    .option('--text-field <name>', 'field holding the text', 'text')
    .option('--id-field <name>', 'field holding the document id (default: the record\'s "id" when it has one, else <file>:<line|row>)')
    .option('--lang <lang>', 'auto, fr or en', 'auto')
    .option('--threshold <x>', 'minimum score, 0..1 (default 0.5)')
    .option('--types <list>', 'only these entity types, comma-separated (e.g. EMAIL,IBAN)')
    .option('--locations', 'also report LOCATION (cities, regions, countries; not identifying on their own, so off by default)')
    .option('--workers <n>', workersHelp);
}

/** Validates the shared options: engine settings, worker count and reader options. */
export function parseDetectionOptions(o: DetectionCliOptions, defaultWorkers: number): {
  settings: EngineSettings; workers: number; readOpts: { textField: string; idField?: string };
} {
  const types = parseTypes(o.types, '--types');
  const threshold = parseThreshold(o.threshold);
  return {
    settings: {
      lang: parseLang(o.lang), ...(threshold !== undefined ? { threshold } : {}), ...(types ? { types } : {}),
      ...(o.locations ? { locations: true } : {}),
    },
    workers: parsePositiveInt(o.workers, '--workers') || defaultWorkers,
    readOpts: { textField: o.textField, ...(o.idField ? { idField: o.idField } : {}) },
  };
}

/** Worker threads by default: every core. */
export function defaultWorkers(): number {
  return availableParallelism();
}
