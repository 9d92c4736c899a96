/** Public face of the transform layer. */
export { createTransformer, type TransformerOptions } from './transformer.js';
export { Policy, parsePolicy, loadPolicyFile, policyFromYamlString, policySchema, DEFAULT_POLICY, type PolicyInput } from './policy.js';
export { loadProjectKey, decodeKey, writeKeyFile, generateKeyText, ProjectKey, KeyError, KEY_ENV, DEFAULT_KEY_FILE, MIN_KEY_BYTES } from './keys.js';
export { Vault, type VaultEntry } from './vault.js';
export { decryptTokens } from './operators/encrypt.js';
export { createOperator } from './operators/registry.js';
export { OPERATOR_NAMES, type OperatorName, type Operator } from './operators/types.js';
export type { Transformer, TransformResult, TransformContext, Replacement } from './types.js';
