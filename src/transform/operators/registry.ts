/**
 * Operator construction from a policy entry: each operator's options are validated by a strict zod schema, so a
 * typo ("char: 2" for "chars: 2") or an out-of-range value fails at load time with a message saying what is allowed.
 */
import { z } from 'zod';
import { KeepOperator, RedactOperator, MaskOperator, TagOperator, HashOperator } from './basic.js';
import { EncryptOperator } from './encrypt.js';
import { GeneraliseOperator } from './generalise.js';
import { PseudonymOperator } from './pseudonym.js';
import { SurrogateOperator } from './surrogate.js';
import { OPERATOR_NAMES, OperatorOptionsError, type Operator, type OperatorName } from './types.js';

export const OPTION_SCHEMAS = {
  keep: z.strictObject({}),
  redact: z.strictObject({ with: z.string({ error: 'redact.with must be a string' }).max(64, 'redact.with: at most 64 characters').optional() }),
  mask: z.strictObject({
    chars: z.number({ error: 'mask.chars must be a whole number of characters to leave visible' }).int('mask.chars must be a whole number').min(0, 'mask.chars must be 0 or more').max(64, 'mask.chars must be at most 64').optional(),
    char: z.string({ error: 'mask.char must be exactly one character, e.g. "*"' }).length(1, 'mask.char must be exactly one character, e.g. "*"').optional(),
    from: z.enum(['start', 'end'], { message: 'mask.from must be "start" or "end"' }).optional(),
    keepSeparators: z.boolean({ error: 'mask.keepSeparators must be true or false' }).optional(),
  }),
  tag: z.strictObject({
    format: z.string({ error: 'tag.format must be a string' }).refine((s) => s.includes('{n}'), 'tag.format must contain {n}, e.g. "[{type}_{n}]"').optional(),
  }),
  hash: z.strictObject({
    length: z.number({ error: 'hash.length must be a number of hex characters (8-64)' }).int().min(8, 'hash.length must be between 8 and 64 hex characters').max(64, 'hash.length must be between 8 and 64 hex characters').optional(),
    prefix: z.boolean({ error: 'hash.prefix must be true or false' }).optional(),
  }),
  pseudonym: z.strictObject({
    length: z.number({ error: 'pseudonym.length must be a number (6-32)' }).int().min(6, 'pseudonym.length must be between 6 and 32').max(32, 'pseudonym.length must be between 6 and 32').optional(),
    format: z.string({ error: 'pseudonym.format must be a string' }).refine((s) => s.includes('{code}'), 'pseudonym.format must contain {code}').optional(),
  }),
  surrogate: z.strictObject({ maxShiftDays: z.number({ error: 'surrogate.maxShiftDays must be a number of days (1-3650)' }).int().min(1, 'surrogate.maxShiftDays must be at least 1').max(3650, 'surrogate.maxShiftDays must be at most 3650').optional() }),
  generalise: z.strictObject({
    date: z.enum(['month', 'year'], { message: 'generalise.date must be "month" or "year"' }).optional(),
    gridDegrees: z.number({ error: 'generalise.gridDegrees must be a number of degrees, e.g. 0.1' }).positive('generalise.gridDegrees must be positive').max(10, 'generalise.gridDegrees must be at most 10').optional(),
  }),
  encrypt: z.strictObject({}),
} satisfies Record<OperatorName, z.ZodType>;

export function isOperatorName(s: string): s is OperatorName {
  return (OPERATOR_NAMES as readonly string[]).includes(s);
}

/** Builds an operator; throws OperatorOptionsError with every problem of its options. */
export function createOperator(name: string, options: Record<string, unknown> = {}): Operator {
  if (!isOperatorName(name)) throw new OperatorOptionsError(name, `unknown operator; use one of ${OPERATOR_NAMES.join(', ')}`);
  const r = OPTION_SCHEMAS[name].safeParse(options);
  if (!r.success) {
    throw new OperatorOptionsError(name, r.error.issues.map((i) =>
      i.code === 'unrecognized_keys' ? `unknown option(s) ${i.keys.join(', ')}; allowed: ${Object.keys(OPTION_SCHEMAS[name].shape).join(', ') || 'none'}` : `${i.path.join('.') || name}: ${i.message}`).join('; '));
  }
  const o = r.data as Record<string, never>;
  switch (name) {
    case 'keep': return new KeepOperator();
    case 'redact': return new RedactOperator(o);
    case 'mask': return new MaskOperator(o);
    case 'tag': return new TagOperator(o);
    case 'hash': return new HashOperator(o);
    case 'pseudonym': return new PseudonymOperator(o);
    case 'surrogate': return new SurrogateOperator(o);
    case 'generalise': return new GeneraliseOperator(o);
    case 'encrypt': return new EncryptOperator();
  }
}

/** Operators that need the project key. */
export const KEYED: ReadonlySet<OperatorName> = new Set(['hash', 'pseudonym', 'surrogate', 'encrypt']);
