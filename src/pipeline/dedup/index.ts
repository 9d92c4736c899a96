/**
 * The global dedup decision (stage 2 of a build). Input: the signatures of all surviving documents in input
 * order (task order, then position). Exact duplicates: same 64-bit hash of the normalised text. Near duplicates:
 * LSH banding on MinHash signatures (bands × rows), each candidate pair verified by the estimated Jaccard
 * (>= threshold), clusters by union-find. Rule: each cluster keeps its FIRST document in input order, so the
 * result does not depend on the number of workers.
 *
 * Memory: 4 × (2 + hashes) bytes per document for the signatures (520 B with 128 hashes), the id string kept for
 * the exclusion log (~50 B), and while one band is processed one bucket-map entry per document (~40 B): about
 * 0.6 KB per document with the defaults, i.e. ~0.6 GB for a million documents.
 */
import type { DedupConfig } from '../schema.js';

export interface DedupDecision {
  /** Global index of the dropped document -> kind and global index of the kept one. */
  dropped: Map<number, { kind: 'exact-duplicate' | 'near-duplicate'; keep: number }>;
  clusters: number;
}

export class DedupIndex {
  private sigs: Uint32Array;
  private n = 0;
  readonly width: number;
  constructor(readonly hashes: number) {
    this.width = 2 + hashes;
    this.sigs = new Uint32Array(this.width * 1024);
  }
  get size(): number {
    return this.n;
  }
  /** Appends signatures (width words each); returns the global index of the first. */
  add(block: Uint32Array): number {
    const count = block.length / this.width;
    if (!Number.isInteger(count)) throw new Error('dedup: signature block has the wrong width');
    while ((this.n + count) * this.width > this.sigs.length) {
      const bigger = new Uint32Array(this.sigs.length * 2);
      bigger.set(this.sigs);
      this.sigs = bigger;
    }
    this.sigs.set(block, this.n * this.width);
    const first = this.n;
    this.n += count;
    return first;
  }

  decide(cfg: DedupConfig): DedupDecision {
    const dropped: DedupDecision['dropped'] = new Map();
    const w = this.width;
    const s = this.sigs;
    if (cfg.exact) {
      const first = new Map<string, number>();
      for (let g = 0; g < this.n; g++) {
        const key = `${s[g * w]!}:${s[g * w + 1]!}`;
        const f = first.get(key);
        if (f === undefined) first.set(key, g);
        else dropped.set(g, { kind: 'exact-duplicate', keep: f });
      }
    }
    const parent = new Int32Array(this.n);
    for (let g = 0; g < this.n; g++) parent[g] = g;
    const find = (x: number): number => {
      while (parent[x] !== x) {
        parent[x] = parent[parent[x]!]!;
        x = parent[x]!;
      }
      return x;
    };
    const union = (a: number, b: number) => {
      const ra = find(a);
      const rb = find(b);
      // The smaller index (earlier in input order) becomes the root: it is the one kept.
      if (ra < rb) parent[rb] = ra;
      else if (rb < ra) parent[ra] = rb;
    };
    if (cfg.near !== false && this.hashes > 0) {
      const { bands, rows, threshold } = cfg.near;
      const exactDup = new Uint8Array(this.n);
      for (const g of dropped.keys()) exactDup[g] = 1;
      const buckets = new BucketTable(this.n);
      for (let b = 0; b < bands; b++) {
        // Bucket key: the band's rows folded into 53 bits (a collision only costs one verified comparison).
        buckets.clear();
        for (let g = 0; g < this.n; g++) {
          if (exactDup[g]) continue;
          const off = g * w + 2 + b * rows;
          let hi = 0x2545f491, lo = 0x9e3779b9;
          for (let r = 0; r < rows; r++) {
            const v = s[off + r]!;
            hi = Math.imul(hi ^ v, 0x85ebca6b) >>> 0;
            lo = Math.imul(lo ^ ((v << 13) | (v >>> 19)), 0xc2b2ae35) >>> 0;
          }
          const f = buckets.firstOrAdd(hi >>> 11, lo, g);
          if (f < 0) continue;
          if (find(f) === find(g)) continue;
          let eq = 0;
          for (let i = 2; i < w; i++) if (s[f * w + i] === s[g * w + i]) eq++;
          if (eq / this.hashes >= threshold) union(f, g);
        }
      }
      for (let g = 0; g < this.n; g++) {
        if (dropped.has(g)) continue;
        const r = find(g);
        if (r !== g) dropped.set(g, { kind: 'near-duplicate', keep: r });
      }
    }
    const roots = new Set<number>();
    for (const v of dropped.values()) roots.add(v.kind === 'near-duplicate' ? v.keep : v.keep);
    return { dropped, clusters: roots.size };
  }
}

/**
 * The bucket map of one LSH band: key (21 + 32 bits) -> first document added with it. Open addressing on typed
 * arrays, reused across bands: a Map keyed by 53-bit numbers boxed every key and was most of the stage's time.
 */
class BucketTable {
  private readonly mask: number;
  private readonly hi: Uint32Array;
  private readonly lo: Uint32Array;
  private readonly doc: Int32Array;
  constructor(n: number) {
    let size = 16;
    while (size < 2 * n) size *= 2;
    this.mask = size - 1;
    this.hi = new Uint32Array(size);
    this.lo = new Uint32Array(size);
    this.doc = new Int32Array(size).fill(-1);
  }
  clear(): void {
    this.doc.fill(-1);
  }
  /** The first document added under (hi, lo); or -1 after adding `g` under it. */
  firstOrAdd(hi: number, lo: number, g: number): number {
    let i = (Math.imul(lo ^ hi, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const d = this.doc[i]!;
      if (d < 0) {
        this.hi[i] = hi;
        this.lo[i] = lo;
        this.doc[i] = g;
        return -1;
      }
      if (this.lo[i] === lo && this.hi[i] === hi) return d;
      i = (i + 1) & this.mask;
    }
  }
}
