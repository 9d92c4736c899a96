/**
 * Dedup, per-document half: computes the signature of the text as it is at this point of the pipeline.
 * The decision is global (stage 2, dedup/index.ts) and applied when writing; drops are counted for this step.
 */
import type { Item } from '../item.js';
import { PipelineStep } from '../step.js';
import type { DedupConfig } from '../schema.js';
import { dedupWords, exactHash, hashCount, minhash, seeds, shinglesOfWords } from '../dedup/minhash.js';

export class DedupSignatureStep extends PipelineStep {
  readonly name = 'dedup';
  private readonly seedList: Uint32Array;
  private readonly shingle: number;
  constructor(cfg: DedupConfig) {
    super();
    this.seedList = seeds(cfg.near === false ? 0 : cfg.near.hashes);
    this.shingle = cfg.near === false ? 1 : cfg.near.shingle;
  }
  get width(): number {
    return 2 + hashCount(this.seedList);
  }
  protected apply(item: Item): Item {
    item.signature = signatureOf(item.doc.text, this.seedList, this.shingle);
    return item;
  }
}

export function signatureOf(text: string, seedList: Uint32Array, shingle: number): Uint32Array {
  const { normalised: norm, words } = dedupWords(text);
  const sig = new Uint32Array(2 + hashCount(seedList));
  const [hi, lo] = exactHash(norm);
  sig[0] = hi;
  sig[1] = lo;
  if (seedList.length > 0) minhash(shinglesOfWords(words, shingle), seedList, sig.subarray(2));
  return sig;
}
