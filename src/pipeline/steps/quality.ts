/**
 * Quality filters in the Gopher (Rae et al. 2021) / C4 tradition: length, mean word length, symbol ratio,
 * bullet and ellipsis lines, repeated lines and repeated n-grams. Each rule drops with its own reason
 * (`quality:min-words`, ...) so the report shows which rule removed what. The n-gram rules only apply from
 * 50 words on: short support messages are legitimately repetitive.
 */
import type { Item } from '../item.js';
import { Filter } from '../step.js';
import type { QualityConfig } from '../schema.js';

const BULLET = /^\s*[•●◦‣▪\-*–·]\s/;
const ELLIPSIS = /(\.\.\.|…)\s*$/;

export function qualityReason(text: string, c: QualityConfig): string | undefined {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const n = words.length;
  if (n < c.minWords) return 'quality:min-words';
  if (n > c.maxWords) return 'quality:max-words';
  let chars = 0;
  for (const w of words) chars += w.length;
  const mean = chars / n;
  if (mean < c.minMeanWordLength) return 'quality:mean-word-length-low';
  if (mean > c.maxMeanWordLength) return 'quality:mean-word-length-high';
  const symbols = (text.match(/#|\.\.\.|…/g) ?? []).length;
  if (symbols / n > c.maxSymbolRatio) return 'quality:symbol-ratio';
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  if (lines.length >= 3) {
    if (lines.filter((l) => BULLET.test(l)).length / lines.length > c.maxBulletLines) return 'quality:bullet-lines';
    if (lines.filter((l) => ELLIPSIS.test(l)).length / lines.length > c.maxEllipsisLines) return 'quality:ellipsis-lines';
    const seen = new Set<string>();
    let dup = 0;
    for (const l of lines) {
      if (seen.has(l)) dup++;
      else seen.add(l);
    }
    if (dup / lines.length > c.maxDuplicateLines) return 'quality:duplicate-lines';
  }
  if (n >= 50) {
    const lower = words.map((w) => w.toLowerCase());
    const bigrams = new Map<string, number>();
    for (let i = 0; i + 1 < n; i++) {
      const k = `${lower[i]} ${lower[i + 1]}`;
      bigrams.set(k, (bigrams.get(k) ?? 0) + 1);
    }
    let top = 0;
    let topKey = '';
    for (const [k, v] of bigrams) if (v > top) { top = v; topKey = k; }
    if (top > 1 && (top * (topKey.length - 1)) / chars > c.maxTopBigramChars) return 'quality:top-bigram';
    const seen5 = new Map<string, number>();
    const covered = new Uint8Array(n);
    for (let i = 0; i + 5 <= n; i++) {
      const k = lower.slice(i, i + 5).join(' ');
      const first = seen5.get(k);
      if (first === undefined) seen5.set(k, i);
      else for (let j = 0; j < 5; j++) { covered[i + j] = 1; covered[first + j] = 1; }
    }
    let dupChars = 0;
    for (let i = 0; i < n; i++) if (covered[i]) dupChars += words[i]!.length;
    if (dupChars / chars > c.maxDuplicate5gramChars) return 'quality:duplicate-5grams';
  }
  return undefined;
}

export class QualityStep extends Filter {
  readonly name = 'quality';
  constructor(private readonly cfg: QualityConfig) {
    super();
  }
  protected keep(item: Item): true | string {
    return qualityReason(item.doc.text, this.cfg) ?? true;
  }
}
