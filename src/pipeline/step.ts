/**
 * Base of every pipeline step (datatrove's PipelineStep/BaseFilter): the base class owns the loop, the counters
 * and the drop bookkeeping; a step implements one hook, `apply`, which returns the (possibly changed) item or a
 * `drop(reason)`. A drop becomes an Exclusion (id, step, reason, offsets at most) handed to the sink.
 */
import type { Exclusion, Item } from './item.js';
import { exclusionOf } from './item.js';
import type { StepManifest } from './manifest.js';

export interface Drop {
  readonly dropped: true;
  reason: string;
  detail?: Record<string, unknown>;
}

export function drop(reason: string, detail?: Record<string, unknown>): Drop {
  return detail ? { dropped: true, reason, detail } : { dropped: true, reason };
}

export type DropSink = (e: Exclusion) => void;

export abstract class PipelineStep {
  /** Name as in tamis.yaml. */
  abstract readonly name: string;
  private readonly counts = { in: 0, out: 0, seconds: 0 };
  private readonly dropped: Record<string, number> = {};

  /** The one hook. */
  protected abstract apply(item: Item): Item | Drop;

  /** Runs the hook on one item with accounting; returns null when the item was dropped. */
  process(item: Item, sink: DropSink): Item | null {
    this.counts.in++;
    const t0 = performance.now();
    let r: Item | Drop;
    try {
      r = this.apply(item);
    } finally {
      this.counts.seconds += (performance.now() - t0) / 1000;
    }
    if ('dropped' in r) {
      this.dropped[r.reason] = (this.dropped[r.reason] ?? 0) + 1;
      sink(exclusionOf(item, this.name, r.reason, r.detail));
      return null;
    }
    this.counts.out++;
    return r;
  }

  /** Stream form: items in, surviving items out. */
  async *run(items: AsyncIterable<Item> | Iterable<Item>, sink: DropSink): AsyncGenerator<Item> {
    for await (const it of items) {
      const r = this.process(it, sink);
      if (r) yield r;
    }
  }

  summary(): StepManifest {
    return { name: this.name, in: this.counts.in, out: this.counts.out, dropped: { ...this.dropped }, seconds: this.counts.seconds };
  }
}

/** A step that only keeps or drops: the hook says `true` (keep) or the reason to drop. */
export abstract class Filter extends PipelineStep {
  protected abstract keep(item: Item): true | string | Drop;
  protected apply(item: Item): Item | Drop {
    const r = this.keep(item);
    if (r === true) return item;
    return typeof r === 'string' ? drop(r) : r;
  }
}

/** Adds step summaries of several tasks together (same step order). */
export function mergeStepSummaries(into: StepManifest[], add: readonly StepManifest[]): StepManifest[] {
  if (into.length === 0) return add.map((s) => ({ ...s, dropped: { ...s.dropped } }));
  add.forEach((s, i) => {
    const t = into[i];
    if (!t) { into.push({ ...s, dropped: { ...s.dropped } }); return; }
    t.in += s.in;
    t.out += s.out;
    t.seconds += s.seconds;
    for (const [k, v] of Object.entries(s.dropped)) t.dropped[k] = (t.dropped[k] ?? 0) + v;
  });
  return into;
}
