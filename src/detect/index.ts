/** Public face of the detect layer: build a ready-to-use engine with the shipped recognizers. */
import type { EntityType } from '../core/types.js';
import { Engine, type SensitiveDetector } from './engine.js';
import type { Recognizer } from './recognizer.js';
import { defaultIdentifierRecognizers } from './recognizers/index.js';
import { postalAddressRecognizer } from './address/index.js';
import { dateOfBirthRecognizer } from './dob/index.js';
import { LexiconSensitiveDetector } from './sensitive/index.js';
import { NameRecognizer } from './names/recognizer.js';

export interface CreateEngineOptions {
  threshold?: number;
  types?: readonly EntityType[];
  /** Extra recognizers added after the defaults. */
  extra?: readonly Recognizer[];
  /** Identifier recognizers only (no names, addresses, sensitive categories): fastest. */
  identifiersOnly?: boolean;
  /**
   * Also report LOCATION (cities, regions, countries). Off by default: a place alone does not identify anyone, so
   * it is not personal data to count, gate on or pseudonymise; on when asked, or when `types` lists LOCATION.
   */
  locations?: boolean;
}

export function createEngine(opts: CreateEngineOptions = {}): Engine {
  const recognizers: Recognizer[] = [
    ...defaultIdentifierRecognizers(),
    // PERSON (+ LOCATION when asked) for fr, en and 'other' documents: shipped model, loaded lazily on first use.
    ...(opts.identifiersOnly ? [] : [new NameRecognizer({ locations: opts.locations ?? opts.types?.includes('LOCATION') ?? false }), postalAddressRecognizer, dateOfBirthRecognizer]),
    ...(opts.extra ?? []),
  ];
  const sensitive: SensitiveDetector[] = [];
  if (!opts.identifiersOnly) {
    // The detector's own name cues (titles, capitalised names) stand in until a PERSON recognizer is registered.
    const hasPerson = recognizers.some((r) => r.types.includes('PERSON'));
    sensitive.push(new LexiconSensitiveDetector({ nameHeuristics: !hasPerson }));
  }
  return new Engine({
    recognizers,
    sensitive,
    ...(opts.threshold !== undefined ? { threshold: opts.threshold } : {}),
    ...(opts.types ? { types: opts.types } : {}),
  });
}

export { Engine, resolveOverlaps, type SensitiveDetector, type EngineOptions, type AnalyzeOptions } from './engine.js';
export { PatternRecognizer, type Recognizer, type Pattern, type ValidationResult } from './recognizer.js';
export { RecognizerRegistry } from './registry.js';
export { detectLanguage } from './lang.js';
