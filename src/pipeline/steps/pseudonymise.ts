/** Pseudonymise: applies the transform layer's Transformer to the detected spans, and counts the treatment. */
import type { Transformer } from '../../transform/types.js';
import type { Item } from '../item.js';
import { PipelineStep } from '../step.js';
import { bump, type TaskStats } from '../stats.js';

export class PseudonymiseStep extends PipelineStep {
  readonly name = 'pseudonymise';
  constructor(private readonly transformer: Transformer, private readonly stats: TaskStats) {
    super();
  }
  protected apply(item: Item): Item {
    const a = item.analysis;
    if (!a || a.entities.length === 0) return item;
    const r = this.transformer.transform(item.doc.text, a.entities, { docId: item.doc.id, lang: a.lang });
    for (const rep of r.replacements) bump((this.stats.treatment[rep.type] ??= {}), rep.operator);
    item.doc.text = r.text;
    // Offsets no longer match the text: later steps must not reuse them.
    item.analysis = { ...a, entities: [] };
    return item;
  }
}
