/**
 * A pseudonymisation policy: entity type (or `default`) -> operator with options, as written in tamis.yaml:
 *   pseudonymise: { PERSON: surrogate, EMAIL: surrogate, IBAN: redact, default: tag }
 *   pseudonymise: { PERSON: { operator: mask, chars: 2 } }
 * Validated at load time; unknown types, unknown operators and bad options are reported together, with the YAML
 * line when the policy comes from a file.
 */
import { z } from 'zod';
import { ConfigError } from '../core/errors.js';
import { ENTITY_TYPES, isEntityType, type EntityType } from '../core/types.js';
import { parseYamlFile, parseYamlString, validateConfig, type LoadedYaml } from '../config/load.js';
import { GENERALISABLE } from './operators/generalise.js';
import { createOperator, isOperatorName, KEYED } from './operators/registry.js';
import { OPERATOR_NAMES, OperatorOptionsError, type Operator, type OperatorName } from './operators/types.js';

const entrySchema = z.union([
  z.string(),
  z.looseObject({ operator: z.string({ message: 'each long-form entry needs `operator: <name>`' }) }),
]);

export const policySchema = z.record(z.string(), entrySchema).superRefine((obj, ctx) => {
  for (const [type, entry] of Object.entries(obj)) {
    if (type !== 'default' && !isEntityType(type)) {
      ctx.addIssue({ code: 'custom', path: [type], message: `unknown entity type ${type}; use one of ${ENTITY_TYPES.join(', ')} or default` });
      continue;
    }
    const { operator, ...options } = typeof entry === 'string' ? { operator: entry } : entry;
    if (!isOperatorName(operator)) {
      ctx.addIssue({ code: 'custom', path: [type], message: `unknown operator "${operator}"; use one of ${OPERATOR_NAMES.join(', ')}` });
      continue;
    }
    if (operator === 'generalise' && type !== 'default' && !GENERALISABLE.includes(type as EntityType)) {
      ctx.addIssue({ code: 'custom', path: [type], message: `generalise does not apply to ${type}; it applies to ${GENERALISABLE.join(', ')}` });
    }
    try { createOperator(operator, options); } catch (e) {
      if (e instanceof OperatorOptionsError) ctx.addIssue({ code: 'custom', path: [type], message: e.message });
      else throw e;
    }
  }
});
export type PolicyInput = z.infer<typeof policySchema>;

export interface PolicyEntry { operator: OperatorName; options: Record<string, unknown> }

/** A validated policy with its operators built once. */
export class Policy {
  private readonly ops = new Map<string, Operator>();
  readonly entries: ReadonlyMap<string, PolicyEntry>;
  constructor(input: PolicyInput) {
    const entries = new Map<string, PolicyEntry>();
    for (const [type, entry] of Object.entries(input)) {
      const { operator, ...options } = typeof entry === 'string' ? { operator: entry } : entry;
      entries.set(type, { operator: operator as OperatorName, options });
      this.ops.set(type, createOperator(operator, options));
    }
    // Nothing detected may pass through by omission: types the policy does not name get `default`, else a tag.
    if (!this.ops.has('default')) { this.ops.set('default', createOperator('tag')); entries.set('default', { operator: 'tag', options: {} }); }
    this.entries = entries;
  }
  operatorFor(type: EntityType): Operator {
    return this.ops.get(type) ?? this.ops.get('default')!;
  }
  /** Whether any operator of the policy needs the project key. */
  get needsKey(): boolean {
    return [...this.entries.values()].some((e) => KEYED.has(e.operator));
  }
  /** A generalise default only applies to the types generalise supports; others fall back to tag. */
  static fromInput(input: unknown, where = 'policy'): Policy {
    return new Policy(parsePolicy(input, where));
  }
}

function throwIssues(where: string, issues: readonly z.core.$ZodIssue[]): never {
  const lines = issues.map((i) => `  ${where}${i.path.length ? ` ${i.path.join('.')}` : ''}: ${i.message}`);
  throw new ConfigError('POLICY_INVALID', `invalid pseudonymisation policy:\n${lines.join('\n')}`);
}

export function parsePolicy(input: unknown, where = 'policy'): PolicyInput {
  const r = policySchema.safeParse(input);
  if (!r.success) throwIssues(where, r.error.issues);
  return r.data;
}

/** Reads a policy YAML file: the map itself, a file with a `pseudonymise:` key, or a tamis.yaml (its pipeline's pseudonymise step). */
export function loadPolicyFile(file: string): Policy {
  return policyFromYaml(parseYamlFile(file));
}

export function policyFromYamlString(src: string, file = 'policy.yaml'): Policy {
  return policyFromYaml(parseYamlString(src, file));
}

function policyFromYaml(loaded: LoadedYaml): Policy {
  const data = loaded.data as Record<string, unknown>;
  let inner: unknown = data;
  let prefix: (string | number)[] = [];
  if (data && typeof data === 'object' && 'pseudonymise' in data) {
    inner = data.pseudonymise;
    prefix = ['pseudonymise'];
  } else if (data && typeof data === 'object' && Array.isArray(data.pipeline)) {
    // A tamis.yaml: the policy is the `pseudonymise:` step of the pipeline.
    const i = (data.pipeline as unknown[]).findIndex((st) => st !== null && typeof st === 'object' && 'pseudonymise' in st);
    if (i < 0) throw new ConfigError('POLICY_NOT_FOUND', `${loaded.file}: the pipeline has no pseudonymise step`, { hint: 'add `- pseudonymise: { default: surrogate }` to the pipeline, or pass a policy file' });
    inner = (data.pipeline as Record<string, unknown>[])[i]!.pseudonymise;
    prefix = ['pipeline', i, 'pseudonymise'];
  }
  const view: LoadedYaml = { file: loaded.file, data: inner, locate: (p) => loaded.locate([...prefix, ...p]) };
  return new Policy(validateConfig(view, policySchema));
}

export const DEFAULT_POLICY: PolicyInput = { PERSON: 'surrogate', EMAIL: 'surrogate', PHONE: 'surrogate', default: 'tag' };
