/**
 * Column policies for tables: what happens to each column.
 *   keep | drop | pseudonymise[:TYPE] | surrogate:TYPE | generalise:KIND[:PARAM] | detect-inside
 * Written on the command line (`--columns "name=surrogate:PERSON,age=generalise:age:10,notes=detect-inside"`) or as a
 * YAML map in a file (`name: { policy: surrogate, type: PERSON }`). Validated before any row is read.
 */
import { z } from 'zod';
import { ConfigError } from '../core/errors.js';
import { ENTITY_TYPES, isEntityType, type EntityType } from '../core/types.js';
import { parseYamlFile, validateConfig } from '../config/load.js';

export const GENERALISE_KINDS = ['date', 'age', 'number', 'postcode', 'gps', 'text'] as const;
export type GeneraliseKind = (typeof GENERALISE_KINDS)[number];

export type ColumnPolicy =
  | { policy: 'keep' }
  | { policy: 'drop' }
  | { policy: 'pseudonymise'; type?: EntityType }
  | { policy: 'surrogate'; type: EntityType }
  | { policy: 'generalise'; kind: GeneraliseKind; param?: number | string }
  | { policy: 'detect-inside' };

const entityType = z.string().refine(isEntityType, { message: `type must be one of ${ENTITY_TYPES.join(', ')}` }).transform((s) => s as EntityType);
export const columnPolicySchema = z.discriminatedUnion('policy', [
  z.strictObject({ policy: z.literal('keep') }),
  z.strictObject({ policy: z.literal('drop') }),
  z.strictObject({ policy: z.literal('pseudonymise'), type: entityType.optional() }),
  z.strictObject({ policy: z.literal('surrogate'), type: entityType }),
  z.strictObject({ policy: z.literal('generalise'), kind: z.enum(GENERALISE_KINDS), param: z.union([z.number(), z.string()]).optional() }),
  z.strictObject({ policy: z.literal('detect-inside') }),
], { error: () => 'policy must be one of keep, drop, pseudonymise, surrogate, generalise, detect-inside' });
export const columnsSchema = z.record(z.string(), columnPolicySchema);
export type ColumnPolicies = Record<string, ColumnPolicy>;

/** Parses the command-line form. */
export function parseColumnsArg(arg: string): ColumnPolicies {
  const out: Record<string, unknown> = {};
  for (const part of arg.split(',').map((s) => s.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new ConfigError('COLUMNS_INVALID', `--columns: "${part}" is not column=policy`, { hint: 'e.g. --columns "name=surrogate:PERSON,age=generalise:age:10,notes=detect-inside,ssn=drop"' });
    const col = part.slice(0, eq).trim();
    const [policy, a, b] = part.slice(eq + 1).split(':');
    if (policy === 'surrogate' || policy === 'pseudonymise') out[col] = a ? { policy, type: a } : { policy };
    else if (policy === 'generalise') out[col] = { policy, kind: a, ...(b !== undefined ? { param: Number.isNaN(Number(b)) ? b : Number(b) } : {}) };
    else out[col] = { policy };
  }
  const r = columnsSchema.safeParse(out);
  if (!r.success) {
    throw new ConfigError('COLUMNS_INVALID', `--columns: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return r.data;
}

/** `--columns cols.yaml` or the inline form. */
export function loadColumns(arg: string): ColumnPolicies {
  if (/\.ya?ml$/i.test(arg)) return validateConfig(parseYamlFile(arg), columnsSchema);
  return parseColumnsArg(arg);
}
