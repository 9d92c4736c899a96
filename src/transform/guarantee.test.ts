/**
 * The guarantee of issue 4, on the hand-labelled dev sets: after pseudonymisation with any policy other than keep,
 * no original value appears in the output (as a whole word; case-insensitively for the gold values), and detection
 * on the output finds none of them — with the gold spans as findings, and with the engine's own findings.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { sharedDataDir } from '../../bench/lib/shared.js';
import { isEntityType, type EntityType, type Finding } from '../core/types.js';
import { createEngine } from '../detect/index.js';
import type { PolicyInput } from './policy.js';
import { finding, testKey } from './testing.js';
import { createTransformer } from './transformer.js';

interface Gold { id: string; lang: 'fr' | 'en'; text: string; spans: { type: EntityType; start: number; end: number; value: string }[] }

const POLICIES: PolicyInput[] = [
  { default: 'redact' }, { default: { operator: 'mask', chars: 2 } }, { default: 'tag' }, { default: 'hash' },
  { default: 'pseudonym' }, { default: 'surrogate' }, { default: 'generalise' }, { default: 'encrypt' },
  { PERSON: 'surrogate', EMAIL: 'surrogate', IBAN: 'redact', default: 'tag' },
];

function loadDev(): Gold[] | undefined {
  const dir = sharedDataDir();
  if (!dir || !existsSync(join(dir, 'dev-labelled'))) return undefined;
  return ['fr', 'en'].flatMap((l) => readFileSync(join(dir, 'dev-labelled', `dev-${l}.jsonl`), 'utf8').split('\n').filter(Boolean).map((x) => JSON.parse(x) as Gold));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole-word occurrence (case-insensitive for the hand-labelled values, exact for the engine's). */
function appears(value: string, text: string, caseInsensitive: boolean): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(value)}(?![\\p{L}\\p{N}])`, caseInsensitive ? 'iu' : 'u').test(text);
}

function leaks(doc: { id: string; text: string }, findings: readonly Finding[], policy: PolicyInput, engine: ReturnType<typeof createEngine>, caseInsensitive: boolean): string[] {
  const key = testKey('guarantee');
  const r = createTransformer({ policy, key }).transform(doc.text, findings, { docId: doc.id });
  // A value spelling an entity type name ("IBAN" taken for a name) legitimately reappears inside tags like [IBAN_1].
  const values = new Set(findings.map((f) => doc.text.slice(f.start, f.end)).filter((v) => v.trim().length >= 2 && !isEntityType(v)));
  const out: string[] = [];
  for (const v of values) if (appears(v, r.text, caseInsensitive)) out.push(`${doc.id} ${JSON.stringify(policy)}: "${v}" still in the output`);
  for (const f of engine.analyze(r.text, { sensitive: false }).entities) {
    const v = r.text.slice(f.start, f.end);
    if (values.has(v)) out.push(`${doc.id}: detection on the output found the original ${f.type}`);
  }
  return out;
}

test('dev sets, gold spans as findings: no original value survives any non-keep policy', (t) => {
  const docs = loadDev();
  if (!docs) { t.skip('shared/data not found'); return; }
  const engine = createEngine();
  const problems: string[] = [];
  for (const policy of POLICIES) {
    for (const d of docs) {
      if (d.spans.length === 0) continue;
      problems.push(...leaks(d, d.spans.map((s) => finding(s.type, s.start, s.end)), policy, engine, true));
    }
  }
  assert.deepEqual(problems, []);
});

test('dev sets, engine findings: nothing the engine found survives', (t) => {
  const docs = loadDev();
  if (!docs) { t.skip('shared/data not found'); return; }
  const engine = createEngine();
  const problems: string[] = [];
  let checked = 0;
  // LOCATION (a city alone) is reported but not identifying: generalise keeps an address's city by design, and
  // surrogate addresses may share it, so cities are not held to the "never survives" guarantee.
  const found = docs.map((d) => engine.analyze(d.text, { sensitive: false }).entities.filter((f) => f.type !== 'LOCATION'));
  for (const policy of POLICIES) {
    for (const [i, d] of docs.entries()) {
      checked += found[i]!.length;
      problems.push(...leaks(d, found[i]!, policy, engine, false));
    }
  }
  assert.ok(checked > 0, 'the engine found something to replace');
  assert.deepEqual(problems, []);
});

test('dev sets: surrogate names are never the original name', (t) => {
  const docs = loadDev();
  if (!docs) { t.skip('shared/data not found'); return; }
  const tr = createTransformer({ policy: { default: 'surrogate' }, key: testKey('names') });
  let n = 0;
  for (const d of docs) {
    const r = tr.transform(d.text, d.spans.map((s) => finding(s.type, s.start, s.end)), { docId: d.id, lang: d.lang });
    for (const x of r.replacements) {
      if (x.type !== 'PERSON') continue;
      n++;
      const orig = d.text.slice(x.start, x.end).toLowerCase();
      const out = r.text.slice(x.outStart, x.outEnd).toLowerCase();
      assert.notEqual(out, orig);
      for (const w of orig.split(/[\s-]+/).filter((w) => w.length > 2 && !['le', 'la', 'de', 'van', 'der', 'da'].includes(w))) {
        assert.ok(!out.split(/[\s-]+/).includes(w), `${d.id}: "${w}" kept in the surrogate of a name`);
      }
    }
  }
  assert.ok(n > 300);
});
