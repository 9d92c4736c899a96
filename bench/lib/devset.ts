/** Loader for the hand-labelled dev set (shared/data/dev-labelled), the format of the held-out evaluation. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireSharedData } from './shared.js';

export interface GoldSpan { type: string; start: number; end: number; value: string }
export interface GoldDoc {
  id: string;
  lang: string;
  genre: string;
  text: string;
  spans: GoldSpan[];
  /** Values that look like an identifier but fail its check digits (see dev-labelled/README.md). */
  negatives: GoldSpan[];
  sensitive: string[];
}

export function loadDevSet(lang: 'fr' | 'en'): GoldDoc[] {
  const file = join(requireSharedData(), 'dev-labelled', `dev-${lang}.jsonl`);
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldDoc);
}
