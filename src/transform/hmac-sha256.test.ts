import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { HmacSha256 } from './hmac-sha256.js';

test('HMAC-SHA-256 in JavaScript equals node:crypto, for every message length around the block boundaries', () => {
  const chars = ['a', 'Z', '0', ' ', '\u0001', '\u0000', 'é', 'ß', '€', '中', '😀', '\ud800'];
  let x = 12345;
  const rnd = (n: number) => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return x % n; };
  for (const keyLen of [1, 16, 32, 64]) {
    const key = Buffer.from(Array.from({ length: keyLen }, () => rnd(256)));
    const mac = new HmacSha256(key);
    for (let len = 0; len < 300; len++) {
      let m = '';
      for (let i = 0; i < len; i++) m += chars[rnd(chars.length)];
      const ref = createHmac('sha256', key).update(m, 'utf8').digest();
      assert.deepEqual(mac.digest(m), ref, `key ${keyLen} bytes, message ${len} characters`);
      assert.deepEqual([...mac.seed128(m)], [0, 4, 8, 12].map((o) => ref.readUInt32LE(o)));
    }
  }
  // RFC 4231 test case 2.
  assert.equal(new HmacSha256(Buffer.from('Jefe')).digest('what do ya want for nothing?').toString('hex'),
    '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
});
