/**
 * AES-256-GCM for the encrypt operator and the vault. The operator's IV is synthetic — HMAC(iv key, type + value),
 * truncated to 96 bits — so the same value encrypts to the same token (deterministic output, like a pseudonym)
 * and two different values never share an IV short of an HMAC collision. The vault uses random IVs.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { hmac } from './prf.js';

export function sealGcm(key: Buffer, plaintext: string, aad: string, iv: Buffer = randomBytes(12)): Buffer {
  const c = createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([c.update(plaintext, 'utf8'), c.final()]);
  return Buffer.concat([iv, ct, c.getAuthTag()]);
}

/** Throws if the key is wrong or the data was altered (GCM authentication). */
export function openGcm(key: Buffer, sealed: Buffer, aad: string): string {
  if (sealed.length < 28) throw new Error('ciphertext too short');
  const iv = sealed.subarray(0, 12);
  const tag = sealed.subarray(sealed.length - 16);
  const d = createDecipheriv('aes-256-gcm', key, iv);
  d.setAAD(Buffer.from(aad, 'utf8'));
  d.setAuthTag(tag);
  return Buffer.concat([d.update(sealed.subarray(12, sealed.length - 16)), d.final()]).toString('utf8');
}

export function syntheticIv(ivKey: Buffer, aad: string, plaintext: string): Buffer {
  return hmac(ivKey, `${aad}\u0000${plaintext}`).subarray(0, 12);
}
