/**
 * Keyed deterministic randomness: every draw is HMAC-SHA-256(purpose key, label) expanded as needed, so the same
 * value under the same key always gives the same replacement, across documents and runs, and another key gives an
 * unrelated one. Nothing here uses Math.random.
 */
import { createHmac } from 'node:crypto';

export function hmac(key: Buffer, msg: string): Buffer {
  return createHmac('sha256', key).update(msg, 'utf8').digest();
}

/** A small deterministic stream of integers seeded by HMAC(key, label). */
export class KeyedRng {
  private buf: Buffer;
  private pos = 0;
  private counter = 0;
  constructor(private readonly key: Buffer, private readonly label: string) {
    this.buf = hmac(key, `${label}\u0000${this.counter}`);
  }

  private byte(): number {
    if (this.pos >= this.buf.length) {
      this.counter++;
      this.buf = hmac(this.key, `${this.label}\u0000${this.counter}`);
      this.pos = 0;
    }
    return this.buf[this.pos++]!;
  }

  /** Uniform integer in [0, n) (rejection sampling on 32 bits). */
  int(n: number): number {
    if (n <= 1) return 0;
    const limit = Math.floor(0x100000000 / n) * n;
    for (;;) {
      const v = ((this.byte() << 24) >>> 0) + (this.byte() << 16) + (this.byte() << 8) + this.byte();
      if (v < limit) return v % n;
    }
  }

  digit(): string { return String(this.int(10)); }
  digits(n: number): string { let s = ''; for (let i = 0; i < n; i++) s += this.digit(); return s; }
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('KeyedRng.pick: empty list');
    return xs[this.int(xs.length)]!;
  }
}

/** Lower-case, accents removed, spaces collapsed: the form values are keyed on, so "DUBOIS" and "Dubois" agree. */
export function normaliseForKey(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
