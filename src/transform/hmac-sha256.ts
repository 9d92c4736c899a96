/**
 * HMAC-SHA-256 (RFC 2104, FIPS 180-4) under one fixed key, in plain JavaScript: the padded key blocks are hashed
 * once, so a short message costs two compression rounds and no native call. node:crypto's createHmac spends most
 * of its ~3 µs per call setting up the key and the native objects; the surrogate operator seeds one draw per value.
 * Checked against node:crypto in hmac-sha256.test.ts.
 */
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

const W = new Int32Array(64);

/** One SHA-256 compression of the 64-byte block at `off` into `h` (8 words). */
function compress(h: Int32Array, b: Uint8Array, off: number): void {
  for (let i = 0; i < 16; i++) {
    const j = off + 4 * i;
    W[i] = (b[j]! << 24) | (b[j + 1]! << 16) | (b[j + 2]! << 8) | b[j + 3]!;
  }
  for (let i = 16; i < 64; i++) {
    const x = W[i - 15]!, y = W[i - 2]!;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    W[i] = (W[i - 16]! + s0 + W[i - 7]! + s1) | 0;
  }
  let a = h[0]!, bb = h[1]!, c = h[2]!, d = h[3]!, e = h[4]!, f = h[5]!, g = h[6]!, hh = h[7]!;
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const ch = (e & f) ^ (~e & g);
    const t1 = (hh + S1 + ch + K[i]! + W[i]!) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const maj = (a & bb) ^ (a & c) ^ (bb & c);
    const t2 = (S0 + maj) | 0;
    hh = g; g = f; f = e; e = (d + t1) | 0; d = c; c = bb; bb = a; a = (t1 + t2) | 0;
  }
  h[0] = (h[0]! + a) | 0; h[1] = (h[1]! + bb) | 0; h[2] = (h[2]! + c) | 0; h[3] = (h[3]! + d) | 0;
  h[4] = (h[4]! + e) | 0; h[5] = (h[5]! + f) | 0; h[6] = (h[6]! + g) | 0; h[7] = (h[7]! + hh) | 0;
}

/** Hashes `len` bytes of `buf` (which must have room for the padding) after `prefixBlocks` 64-byte blocks already in `h`. */
function finish(h: Int32Array, buf: Uint8Array, len: number, prefixBlocks: number): void {
  const total = len + 9;
  const padded = Math.ceil(total / 64) * 64;
  buf[len] = 0x80;
  buf.fill(0, len + 1, padded - 8);
  const bits = (len + 64 * prefixBlocks) * 8;
  const hi = Math.floor(bits / 0x100000000), lo = bits >>> 0;
  buf[padded - 8] = hi >>> 24; buf[padded - 7] = hi >>> 16; buf[padded - 6] = hi >>> 8; buf[padded - 5] = hi;
  buf[padded - 4] = lo >>> 24; buf[padded - 3] = lo >>> 16; buf[padded - 2] = lo >>> 8; buf[padded - 1] = lo;
  for (let off = 0; off < padded; off += 64) compress(h, buf, off);
}

const encoder = new TextEncoder();

export class HmacSha256 {
  private readonly inner = new Int32Array(8);
  private readonly outer = new Int32Array(8);
  private readonly h = new Int32Array(8);
  private buf = new Uint8Array(256);
  private readonly outerBlock = new Uint8Array(128);

  /** `key` of at most 64 bytes (the derived purpose keys are 32). */
  constructor(key: Uint8Array) {
    if (key.length > 64) throw new Error('HmacSha256: keys longer than 64 bytes are not supported');
    const ipad = new Uint8Array(64).fill(0x36), opad = new Uint8Array(64).fill(0x5c);
    for (let i = 0; i < key.length; i++) { ipad[i]! ^= key[i]!; opad[i]! ^= key[i]!; }
    this.inner.set(H0);
    compress(this.inner, ipad, 0);
    this.outer.set(H0);
    compress(this.outer, opad, 0);
  }

  /** The full 32-byte MAC of the UTF-8 encoding of `msg`, as 8 big-endian words (signed int32). */
  private words(msg: string): Int32Array {
    if (this.buf.length < 3 * msg.length + 72) this.buf = new Uint8Array(3 * msg.length + 72);
    const len = encoder.encodeInto(msg, this.buf).written;
    const h = this.h;
    h.set(this.inner);
    finish(h, this.buf, len, 1);
    const ob = this.outerBlock;
    for (let i = 0; i < 8; i++) {
      const w = h[i]!;
      ob[4 * i] = w >>> 24; ob[4 * i + 1] = w >>> 16; ob[4 * i + 2] = w >>> 8; ob[4 * i + 3] = w;
    }
    h.set(this.outer);
    finish(h, ob, 32, 1);
    return h;
  }

  /** The MAC as bytes (what createHmac(...).digest() returns). */
  digest(msg: string): Buffer {
    const h = this.words(msg);
    const out = Buffer.allocUnsafe(32);
    for (let i = 0; i < 8; i++) out.writeInt32BE(h[i]!, 4 * i);
    return out;
  }

  /** Bytes 0-15 of the MAC read as four little-endian uint32 (digest().readUInt32LE(0, 4, 8, 12)). */
  seed128(msg: string): Uint32Array {
    const h = this.words(msg);
    const s = new Uint32Array(4);
    for (let i = 0; i < 4; i++) {
      const w = h[i]!;
      s[i] = (((w & 0xff) << 24) | ((w >>> 8 & 0xff) << 16) | ((w >>> 16 & 0xff) << 8) | (w >>> 24 & 0xff)) >>> 0;
    }
    return s;
  }
}
