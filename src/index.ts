/** Library entry: the public API of Tamis. Internals are not exported. */
export * from './core/types.js';
export { TamisError, InputError, ConfigError } from './core/errors.js';
export { maskValue } from './core/mask.js';
export { createEngine, Engine, PatternRecognizer, RecognizerRegistry, detectLanguage, resolveOverlaps } from './detect/index.js';
export type { CreateEngineOptions, Recognizer, Pattern, ValidationResult, SensitiveDetector, EngineOptions, AnalyzeOptions } from './detect/index.js';
export { VERSION } from './version.js';
export { readInputs, readerFor, registerReader, expandInputs } from './io/index.js';
export type { Reader, ReadItem, ReadOptions } from './io/index.js';
export { createTransformer, Policy, parsePolicy, loadPolicyFile, loadProjectKey, decodeKey, ProjectKey, Vault, decryptTokens, createOperator, OPERATOR_NAMES } from './transform/index.js';
export type { TransformerOptions, PolicyInput, Transformer, TransformResult, TransformContext, Replacement, OperatorName, VaultEntry } from './transform/index.js';
export { pseudonymiseTable, parseColumnsArg, loadColumns, riskMetrics, suggestGeneralisation, formatRiskReport } from './tables/index.js';
export type { TableJob, TableResult, ColumnPolicies, ColumnPolicy, RiskMetrics, RiskReport, Suggestion } from './tables/index.js';
export { checkRegister, loadTamisConfig, RULES } from './register/index.js';
export type { CheckReport, RegisterFinding, TamisConfig, Rule } from './register/index.js';
export { generateDocuments, writeDocuments, loadBuild } from './docs/index.js';
