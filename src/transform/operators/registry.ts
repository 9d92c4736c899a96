/** Operator construction from a policy entry (each operator validates its own options, see options.ts). */
import { KeepOperator, RedactOperator, MaskOperator, TagOperator, HashOperator } from './basic.js';
import { EncryptOperator } from './encrypt.js';
import { GeneraliseOperator } from './generalise.js';
import { PseudonymOperator } from './pseudonym.js';
import { SurrogateOperator } from './surrogate.js';
import { OPERATOR_NAMES, OperatorOptionsError, type Operator, type OperatorName } from './types.js';



export function isOperatorName(s: string): s is OperatorName {
  return (OPERATOR_NAMES as readonly string[]).includes(s);
}

/** Builds an operator; throws OperatorOptionsError with every problem of its options. */
export function createOperator(name: string, options: Record<string, unknown> = {}): Operator {
  if (!isOperatorName(name)) throw new OperatorOptionsError(name, `unknown operator; use one of ${OPERATOR_NAMES.join(', ')}`);
  const o = options as Record<string, never>;
  switch (name) {
    case 'keep': return new KeepOperator(o);
    case 'redact': return new RedactOperator(o);
    case 'mask': return new MaskOperator(o);
    case 'tag': return new TagOperator(o);
    case 'hash': return new HashOperator(o);
    case 'pseudonym': return new PseudonymOperator(o);
    case 'surrogate': return new SurrogateOperator(o);
    case 'generalise': return new GeneraliseOperator(o);
    case 'encrypt': return new EncryptOperator(o);
  }
}

/** Operators that need the project key. */
export const KEYED: ReadonlySet<OperatorName> = new Set(['hash', 'pseudonym', 'surrogate', 'encrypt']);
