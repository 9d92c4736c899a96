/** The shipped lexicons, one module per category (explicit list, no discovery). */
import type { CategoryLexicon } from '../lexicon.js';
import { biometric } from './biometric.js';
import { criminal } from './criminal.js';
import { ethnic } from './ethnic.js';
import { genetic } from './genetic.js';
import { health } from './health.js';
import { political } from './political.js';
import { religion } from './religion.js';
import { sexual } from './sexual.js';
import { stopPhrases } from './stop.js';
import { union } from './union.js';

export const defaultLexicons: readonly CategoryLexicon[] = [
  health, religion, political, union, sexual, ethnic, genetic, biometric, criminal, stopPhrases,
];
