/** Sensitive-category detection (GDPR Art. 9 / Art. 10): public surface of this folder. */
export { LexiconSensitiveDetector, type LexiconDetectorOptions } from './detector.js';
export { CompiledLexicon, fold, type CategoryLexicon, type TermGroup, type LexEntry, type LexHit } from './lexicon.js';
export { defaultLexicons } from './lexicons/index.js';
