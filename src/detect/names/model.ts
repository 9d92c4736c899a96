/**
 * The name tagger: a greedy left-to-right averaged perceptron over BIO tags (O, B/I-PER, B/I-LOC) with hashed
 * features. Weights are quantised to int8 with one scale (clamped at the 99.99th percentile) and stored gzip'd in models/names-model.bin.gz:
 *   [u32 LE header length][UTF-8 JSON header][int8 weights, (1 << bits) * NT]
 */
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { B_LOC, B_PER, FEATURE_VERSION, I_LOC, I_PER, NT, O, type DocFeatures } from './features.js';
import { modelPath } from './lexicon.js';

export interface ModelHeader {
  format: 'tamis-names-perceptron';
  featureVersion: number;
  bits: number;
  /** Multiply an int8 weight by this to get the trained weight. */
  scale: number;
  /** Typical margin of a correct name token (trained units): calibrates the reported score. */
  marginRef: number;
  trainedOn: string[];
  seed: number;
}

export interface Decoded {
  tags: Uint8Array;
  /** Margin of the chosen tag over the best alternative, in trained units (0 for skipped tokens). */
  margin: Float32Array;
}

if (NT !== 5) throw new Error('NameModel.score is unrolled for five tags: update it with TAGS');

/** Allowed tags at a position given the previous tag and the token's candidacy. */
function allowed(tag: number, prev: number, cand: number): boolean {
  if (tag === I_PER) return prev === B_PER || prev === I_PER;
  if (tag === I_LOC) return prev === B_LOC || prev === I_LOC;
  if (cand === 2) return tag === O; // a particle cannot start a name
  return true;
}

export class NameModel {
  readonly mask: number;
  constructor(readonly header: ModelHeader, readonly weights: Int8Array | Float32Array) {
    if (header.featureVersion !== FEATURE_VERSION) {
      throw new Error(`name model was built for feature version ${header.featureVersion}, code expects ${FEATURE_VERSION}: run npm run train:names`);
    }
    if (weights.length !== (1 << header.bits) * NT) throw new Error('name model: weight table has the wrong size');
    this.mask = (1 << header.bits) - 1;
  }

  /** Adds the weights of `feats` into `scores` (length NT), in trained units. */
  score(feats: readonly number[], scores: Float64Array): void {
    scores.fill(0);
    const w = this.weights;
    const m = this.mask;
    // Five tags (NT): the inner loop unrolled into locals (hot path; the same additions in the same order).
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
    for (let j = 0; j < feats.length; j++) {
      const b = ((feats[j] as number) & m) * 5;
      s0 += w[b] as number; s1 += w[b + 1] as number; s2 += w[b + 2] as number; s3 += w[b + 3] as number; s4 += w[b + 4] as number;
    }
    scores[0] = s0; scores[1] = s1; scores[2] = s2; scores[3] = s3; scores[4] = s4;
    if (this.header.scale !== 1) for (let k = 0; k < NT; k++) scores[k]! *= this.header.scale;
  }

  decode(df: DocFeatures): Decoded {
    const n = df.n;
    const tags = new Uint8Array(n);
    const margin = new Float32Array(n);
    const feats: number[] = [];
    const scores = new Float64Array(NT);
    let prev = O, prev2 = O;
    for (let i = 0; i < n; i++) {
      const c = df.cand[i] as number;
      if (c === 0 || (c === 2 && prev !== B_PER && prev !== I_PER && prev !== B_LOC && prev !== I_LOC)) {
        prev2 = prev; prev = O;
        continue;
      }
      feats.length = 0;
      df.staticFeatures(i, feats);
      df.dynamicFeatures(i, prev, prev2, feats);
      this.score(feats, scores);
      let best = -1, bestS = -Infinity, second = -Infinity;
      for (let k = 0; k < NT; k++) {
        if (!allowed(k, prev, c)) continue;
        const s = scores[k] as number;
        if (s > bestS) { second = bestS; bestS = s; best = k; } else if (s > second) second = s;
      }
      tags[i] = best;
      margin[i] = bestS - second;
      prev2 = prev; prev = best;
    }
    return { tags, margin };
  }

  /** Serialises with int8 quantisation. */
  static serialise(header: Omit<ModelHeader, 'scale'>, weights: Float32Array): Buffer {
    // Scale from the 99.99th percentile of the non-zero magnitudes, not the maximum: one outlier weight must not
    // flatten all the others to zero. The few larger weights are clamped.
    const mags: number[] = [];
    for (let i = 0; i < weights.length; i++) { const a = Math.abs(weights[i] as number); if (a > 0) mags.push(a); }
    mags.sort((a, b) => a - b);
    const ref = mags[Math.min(mags.length - 1, Math.floor(mags.length * 0.9999))] ?? 1;
    const scale = ref / 127 || 1;
    const q = new Int8Array(weights.length);
    for (let i = 0; i < weights.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round((weights[i] as number) / scale)));
    const head = Buffer.from(JSON.stringify({ ...header, scale }), 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32LE(head.length, 0);
    const gz = gzipSync(Buffer.concat([len, head, Buffer.from(q.buffer)]), { level: 9 });
    gz.writeUInt32LE(0, 4); // no mtime: reproducible bytes
    return gz;
  }

  static parse(gz: Buffer): NameModel {
    const buf = gunzipSync(gz);
    const hlen = buf.readUInt32LE(0);
    const header = JSON.parse(buf.toString('utf8', 4, 4 + hlen)) as ModelHeader;
    if (header.format !== 'tamis-names-perceptron') throw new Error('not a tamis name model');
    const body = buf.subarray(4 + hlen);
    const weights = new Int8Array(body.length);
    weights.set(new Int8Array(body.buffer, body.byteOffset, body.length));
    return new NameModel(header, weights);
  }
}

let cached: NameModel | undefined;
/** Loads models/names-model.bin.gz once per process / worker thread. No network, ever. */
export function loadNameModel(): NameModel {
  if (!cached) {
    const file = modelPath('names-model.bin.gz');
    let buf: Buffer;
    try { buf = readFileSync(file); } catch (e) {
      throw new Error(`name model missing at ${file} (run npm run train:names): ${(e as Error).message}`);
    }
    cached = NameModel.parse(buf);
  }
  return cached;
}
