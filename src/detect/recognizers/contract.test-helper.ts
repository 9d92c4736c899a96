/**
 * The contract every recognizer honours (after hono's shared router test cases): spans within bounds and non-empty,
 * an explanation on every finding, deterministic output, findings sorted and non-overlapping once the engine has
 * resolved them, no exception on random or adversarial Unicode input, and no catastrophic regex backtracking on long
 * runs of digits, separators and letters (asserted by completing, never by timing).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ENTITY_TYPES } from '../../core/types.js';
import { Engine } from '../engine.js';
import type { Recognizer } from '../recognizer.js';

/** Long inputs that make naive patterns backtrack (nested quantifiers over digits, separators, hex, handles). */
export function adversarialInputs(): string[] {
  const n = 200_000;
  const rep = (s: string) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
  return [
    rep('1'),
    rep('1 '),
    rep('12.'),
    rep('0 1-2.3 '),
    rep('+33 6 '),
    rep('(0)'),
    rep('FR76 '),
    rep('A1'),
    rep('a:'),
    rep('ab:cd:'),
    rep('a.b_c-'),
    rep('@a'),
    rep('user=a'),
    rep('https://a'),
    rep('eyJa'),
    rep('-----BEGIN PRIVATE KEY-----'),
    rep('12°34\''),
    rep('1.5, '),
    rep('x\n'),
    rep('é1'),
  ];
}

function checkFindings(r: Recognizer, text: string): void {
  const found = r.analyze({ text, lang: 'fr' });
  for (const f of found) {
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end), `${r.name}: integer offsets`);
    assert.ok(f.start >= 0 && f.end <= text.length && f.start < f.end, `${r.name}: span ${f.start}-${f.end} within ${text.length}`);
    assert.ok((ENTITY_TYPES as readonly string[]).includes(f.type), `${r.name}: known type ${f.type}`);
    assert.ok(r.types.includes(f.type), `${r.name}: declares ${f.type}`);
    assert.ok(f.score >= 0 && f.score <= 1, `${r.name}: score in [0,1]`);
    assert.equal(f.recognizer, r.name);
    assert.ok(f.explanation.pattern.length > 0, `${r.name}: explanation names its pattern`);
    assert.ok(['valid', 'invalid', 'none'].includes(f.explanation.validation));
  }
}

/**
 * Registers the contract tests for one recognizer. `samples` are texts that contain at least one value the
 * recognizer must report (so the suite also proves it is not vacuous).
 */
export function recognizerContract(r: Recognizer, samples: readonly string[]): void {
  test(`${r.name}: contract — finds its samples, spans in bounds, explanations`, () => {
    assert.ok(samples.length > 0);
    for (const s of samples) {
      const found = r.analyze({ text: s, lang: 'fr' });
      assert.ok(found.length > 0, `${r.name} finds something in its sample #${samples.indexOf(s)}`);
      checkFindings(r, s);
    }
  });

  test(`${r.name}: contract — deterministic, and sorted/non-overlapping after the engine`, () => {
    const engine = new Engine({ recognizers: [r], threshold: 0 });
    const text = samples.join('\n\n');
    const a = engine.findEntities(text, 'fr');
    const b = engine.findEntities(text, 'fr');
    assert.deepEqual(a, b);
    assert.deepEqual(r.analyze({ text, lang: 'en' }), r.analyze({ text, lang: 'en' }));
    for (let i = 1; i < a.length; i++) {
      const prev = a[i - 1];
      const cur = a[i];
      assert.ok(prev && cur && prev.end <= cur.start, `${r.name}: sorted, non-overlapping`);
    }
  });

  test(`${r.name}: contract — never throws on random Unicode input`, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => { checkFindings(r, s); }),
      { numRuns: 150 },
    );
    // Mixtures of the sample text with random noise around it.
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom(...samples), fc.string({ maxLength: 40 }), (a, s, b) => {
        checkFindings(r, a + s + b);
      }),
      { numRuns: 100 },
    );
  });

  test(`${r.name}: contract — completes on 200 KB adversarial inputs (no catastrophic backtracking)`, () => {
    for (const s of adversarialInputs()) checkFindings(r, s);
  });
}

/** The values a recognizer reports at or above the engine's default threshold (0.5), as written in the text. */
export function reported(r: Recognizer, text: string, lang: 'fr' | 'en' = 'fr'): string[] {
  return new Engine({ recognizers: [r] }).findEntities(text, lang).map((f) => text.slice(f.start, f.end));
}

/** Table-driven positive/negative checks: each positive text must yield `expected`, each negative nothing. */
export function expectCases(r: Recognizer, positives: ReadonlyArray<[string, string]>, negatives: readonly string[]): void {
  for (const [text, expected] of positives) {
    test(`${r.name}: finds ${JSON.stringify(expected)} in ${JSON.stringify(text.length > 60 ? text.slice(0, 57) + '...' : text)}`, () => {
      assert.ok(reported(r, text).includes(expected), `got ${JSON.stringify(reported(r, text))}`);
    });
  }
  for (const text of negatives) {
    test(`${r.name}: nothing in ${JSON.stringify(text.length > 60 ? text.slice(0, 57) + '...' : text)}`, () => {
      assert.deepEqual(reported(r, text), []);
    });
  }
}
