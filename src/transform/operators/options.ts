/**
 * Option schemas of the operators. Each operator validates its options in its constructor against these (strict:
 * unknown keys are errors), so a typo or an out-of-range value fails at construction with a message saying what is
 * allowed — whether the operator comes from a policy file or from library code.
 */
import { z } from 'zod';
import { OperatorOptionsError, type OperatorName } from './types.js';

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

/** Validates options for an operator; throws OperatorOptionsError listing every problem. */
export function validateOptions<N extends OperatorName>(name: N, options: unknown): z.infer<(typeof OPTION_SCHEMAS)[N]> {
  const schema = OPTION_SCHEMAS[name];
  const r = schema.safeParse(options ?? {});
  if (!r.success) {
    throw new OperatorOptionsError(name, r.error.issues.map((i) =>
      i.code === 'unrecognized_keys' ? `unknown option(s) ${i.keys.join(', ')}; allowed: ${Object.keys(schema.shape).join(', ') || 'none'}` : `${i.path.join('.') || name}: ${i.message}`).join('; '));
  }
  return r.data as z.infer<(typeof OPTION_SCHEMAS)[N]>;
}
