/** Library entry: the public API of Tamis. Internals are not exported. */
export * from './core/types.js';
export { TamisError, InputError, ConfigError } from './core/errors.js';
export { maskValue } from './core/mask.js';
export { createEngine, Engine, PatternRecognizer, RecognizerRegistry, detectLanguage, resolveOverlaps } from './detect/index.js';
export type { CreateEngineOptions, Recognizer, Pattern, ValidationResult, SensitiveDetector, EngineOptions, AnalyzeOptions } from './detect/index.js';
export { VERSION } from './version.js';
export { readInputs, readerFor, registerReader, expandInputs } from './io/index.js';
export type { Reader, ReadItem, ReadOptions } from './io/index.js';
