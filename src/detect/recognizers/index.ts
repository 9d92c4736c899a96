/** The default identifier recognizers, as an explicit list. */
import type { Recognizer } from '../recognizer.js';
import { emailRecognizer } from './email.js';

export function defaultIdentifierRecognizers(): Recognizer[] {
  return [emailRecognizer];
}
