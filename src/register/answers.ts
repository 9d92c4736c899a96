/** Turns raw answers (typed text or values from an answers file) into register values, per question kind. */
import { UsageError } from '../core/errors.js';
import { label } from './labels.js';
import type { Question } from './questions.js';
import { ISO_DURATION } from './schema.js';

const TRUE = new Set(['true', 'yes', 'y', 'oui', 'o', '1']);
const FALSE = new Set(['false', 'no', 'n', 'non', '0']);

function splitList(s: string): string[] {
  const sep = s.includes(';') ? ';' : ',';
  return s.split(sep).map((x) => x.trim()).filter(Boolean);
}

function choice(q: Question, v: string, path: string): string {
  const choices = q.choices ?? [];
  const n = Number(v);
  if (Number.isInteger(n) && n >= 1 && n <= choices.length) return choices[n - 1]!;
  const lower = v.toLowerCase();
  const hit = choices.find((c) => c === lower
    || (q.labels && (label(q.labels, c, 'fr').toLowerCase() === lower || label(q.labels, c, 'en').toLowerCase() === lower)));
  if (!hit) throw new UsageError(`${path}: "${v}" is not one of ${choices.join(', ')}`);
  return hit;
}

/** Returns the value to store, or undefined when the answer is empty (keep the current value). */
export function coerceAnswer(q: Question, raw: unknown, path = q.path): unknown {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string' && raw.trim() === '') return undefined;
  switch (q.kind) {
    case 'text': return String(raw).trim();
    case 'list': return Array.isArray(raw) ? raw.map((x) => String(x).trim()).filter(Boolean) : splitList(String(raw));
    case 'bool': {
      if (typeof raw === 'boolean') return raw;
      const s = String(raw).trim().toLowerCase();
      if (TRUE.has(s)) return true;
      if (FALSE.has(s)) return false;
      throw new UsageError(`${path}: answer yes or no, not "${String(raw)}"`);
    }
    case 'enum': return choice(q, String(raw).trim(), path);
    case 'multi': {
      const items = Array.isArray(raw) ? raw.map(String) : String(raw).split(/[;,\s]+/).filter(Boolean);
      if (items.length === 1 && ['none', 'aucun', '-'].includes(items[0]!.toLowerCase())) return [];
      return [...new Set(items.map((x) => choice(q, x.trim(), path)))];
    }
    case 'duration': {
      const s = String(raw).trim().toUpperCase();
      if (!ISO_DURATION.test(s)) throw new UsageError(`${path}: "${String(raw)}" is not an ISO 8601 duration such as P6M or P3Y`);
      return s;
    }
  }
}
