/** Library entry: the public API of Tamis. Internals are not exported. */
export * from './core/types.js';
export { TamisError, InputError, ConfigError } from './core/errors.js';
export { maskValue } from './core/mask.js';
export { createEngine, Engine, PatternRecognizer, RecognizerRegistry, detectLanguage, resolveOverlaps } from './detect/index.js';
export type { CreateEngineOptions, Recognizer, Pattern, ValidationResult, SensitiveDetector, EngineOptions, AnalyzeOptions } from './detect/index.js';
export { VERSION } from './version.js';
export { checkRegister, loadTamisConfig, RULES } from './register/index.js';
export type { CheckReport, RegisterFinding, TamisConfig, Rule } from './register/index.js';
export { generateDocuments, writeDocuments, loadBuild } from './docs/index.js';
