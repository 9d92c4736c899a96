/**
 * Drop-sensitive: the CNIL asks that special-category data (GDPR Art. 9/10) collected by accident be deleted at
 * once. Per category the config says: drop the document, remove the sentences that reveal it, or keep. Only the
 * category and offsets are logged.
 */
import type { SensitiveCategory } from '../../core/types.js';
import type { Item } from '../item.js';
import { PipelineStep, drop, type Drop } from '../step.js';
import type { DropSensitiveConfig } from '../schema.js';
import type { TaskStats } from '../stats.js';
import { removeRanges, sentenceAround } from './sentences.js';

/** A sentence removal, for sensitive.jsonl (offsets in the text as it was before the removal). */
export interface SentenceRemoval { id: string; source: string; category: SensitiveCategory; start: number; end: number }

export class DropSensitiveStep extends PipelineStep {
  readonly name = 'drop-sensitive';
  constructor(
    private readonly cfg: DropSensitiveConfig,
    private readonly stats: TaskStats,
    private readonly onRemoval: (r: SentenceRemoval) => void = () => {},
  ) {
    super();
  }

  private action(c: SensitiveCategory) {
    return this.cfg.categories[c] ?? this.cfg.default;
  }

  protected apply(item: Item): Item | Drop {
    const a = item.analysis;
    if (!a) return item;
    const found = a.sensitive.filter((s) => s.score >= this.cfg.minScore);
    if (found.length === 0) return item;
    const stat = (c: SensitiveCategory) => (this.stats.sensitive[c] ??= { documents: 0, droppedDocuments: 0, removedSentences: 0 });
    for (const c of new Set(found.map((f) => f.category))) stat(c).documents++;
    const dropping = found.filter((f) => this.action(f.category) === 'drop-document');
    if (dropping.length > 0) {
      for (const c of new Set(dropping.map((f) => f.category))) stat(c).droppedDocuments++;
      const cats = [...new Set(dropping.map((f) => f.category))].sort();
      return drop(`sensitive:${cats.join('+')}`, {
        categories: cats,
        evidence: dropping.flatMap((f) => f.evidence.map((e) => ({ category: f.category, start: e.start, end: e.end }))),
      });
    }
    const ranges: [number, number][] = [];
    const seen = new Set<string>();
    for (const f of found) {
      if (this.action(f.category) !== 'remove-sentence') continue;
      for (const e of f.evidence) {
        const r = sentenceAround(item.doc.text, e.start, e.end);
        // Several evidence spans of one category often sit in the same sentence: count and log it once.
        const key = `${f.category}:${r[0]}:${r[1]}`;
        if (seen.has(key)) continue;
        seen.add(key);
        ranges.push(r);
        stat(f.category).removedSentences++;
        this.onRemoval({ id: item.doc.id, source: item.doc.source?.source ?? '?', category: f.category, start: r[0], end: r[1] });
      }
    }
    if (ranges.length === 0) return item;
    const r = removeRanges(item.doc.text, ranges, a.entities);
    item.doc.text = r.text;
    item.analysis = { ...a, entities: r.findings, sensitive: a.sensitive.filter((s) => this.action(s.category) === 'keep') };
    if (r.text.trim().length === 0) return drop('sensitive:empty-after-removal');
    return item;
  }
}
