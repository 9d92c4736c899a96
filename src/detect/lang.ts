/**
 * Per-document language identification through `eld` (Efficient Language Detector, Apache-2.0), a well-kept
 * n-gram detector that ships its database in the package: no network at run time.
 */
import { eld } from 'eld/medium';
import type { DetectedLang } from '../core/types.js';

/** Looks at the first few KB only: enough to decide, and keeps the cost flat on long documents. */
const SAMPLE = 4000;

export function detectLanguage(text: string): DetectedLang {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  // Too little letter content to decide: call it other; callers then use both fr and en resources.
  const letters = sample.match(/\p{L}/gu);
  if (!letters || letters.length < 12) return 'other';
  const r = eld.detect(sample);
  const code = r.language;
  if (code === 'fr' || code === 'en') return code;
  return 'other';
}
