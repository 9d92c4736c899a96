/** Helpers shared by the transform tests (not exported from index.ts). */
import type { EntityType, Finding } from '../core/types.js';
import { decodeKey, type ProjectKey } from './keys.js';

export function testKey(seed = 'a'): ProjectKey {
  return decodeKey(Buffer.alloc(32, seed).toString('hex'), `test key ${seed}`);
}

export function finding(type: EntityType, start: number, end: number): Finding {
  return { type, start, end, score: 1, recognizer: 'test', explanation: { pattern: 'test', validation: 'none' } };
}

/** Findings for every occurrence of each value (whole words). */
export function findAll(text: string, values: Record<string, EntityType>): Finding[] {
  const out: Finding[] = [];
  for (const [v, type] of Object.entries(values)) {
    let i = text.indexOf(v);
    while (i >= 0) { out.push(finding(type, i, i + v.length)); i = text.indexOf(v, i + v.length); }
  }
  return out.sort((a, b) => a.start - b.start);
}
