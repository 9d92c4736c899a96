/**
 * Per-document language identification through `eld` (Efficient Language Detector, Apache-2.0), a well-kept
 * n-gram detector that ships its database in the package: no network at run time.
 */
import { eld } from 'eld/medium';
import type { DetectedLang } from '../core/types.js';
import { fastFrEn } from './lang-fast.js';

/** Looks at the first few KB only: enough to decide, and keeps the cost flat on long documents. */
const SAMPLE = 4000;

export function detectLanguage(text: string): DetectedLang {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  // Clear-cut French or English prose is settled by function-word counts (fast); the rest goes to eld.
  const fast = fastFrEn(sample);
  if (fast) return fast;
  // Too little letter content to decide: call it other; callers then use both fr and en resources.
  if (!hasLetters(sample, 12)) return 'other';
  const r = eld.detect(sample);
  const code = r.language;
  if (code === 'fr' || code === 'en') return code;
  return 'other';
}

function hasLetters(s: string, n: number): boolean {
  const re = /\p{L}/gu;
  let k = 0;
  while (re.exec(s) !== null) if (++k >= n) return true;
  return false;
}
