import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { digitRuns, hasDigitRun } from './digit-runs.js';
import { PatternRecognizer, type PatternRecognizerOptions } from './recognizer.js';
import { defaultIdentifierRecognizers } from './recognizers/index.js';

test('digitRuns lists the maximal runs of two or more digits, in order', () => {
  assert.deepEqual(digitRuns('a1 22 333-4444x5'), [3, 2, 6, 3, 10, 4]);
  assert.deepEqual(digitRuns('no digits'), []);
  // A new text replaces the memoised one.
  assert.deepEqual(digitRuns('12'), [0, 2]);
});

/**
 * Recognizers with digit-run anchored patterns, next to the same recognizer scanning the text with every regex; both
 * without their validation hook, so that every regex match is a finding and the comparison sees all of them.
 */
function anchoredPairs(): [PatternRecognizer, PatternRecognizer][] {
  const pairs: [PatternRecognizer, PatternRecognizer][] = [];
  for (const r of defaultIdentifierRecognizers()) {
    if (!(r instanceof PatternRecognizer)) continue;
    const opts = r['opts'] as PatternRecognizerOptions;
    if (!opts.patterns.some((p) => p.digitRun)) continue;
    const { validate: _v, ...bare } = opts;
    const scanning = new PatternRecognizer({ ...bare, patterns: opts.patterns.map(({ digitRun: _, ...p }) => p) });
    pairs.push([new PatternRecognizer(bare), scanning]);
  }
  return pairs;
}

test('patterns anchored on digit runs find exactly what a scan of the whole text finds', () => {
  const pairs = anchoredPairs();
  assert.ok(pairs.length >= 5, 'SIREN, SIRET, SSN, card, Belgian number and CNI use the index');
  // Digit-dense strings in the separators and letters the patterns care about.
  const piece = fc.oneof(
    fc.stringMatching(/^\d{1,19}$/),
    fc.constantFrom(' ', '-', '.', ',', '/', '+', '\u00a0', '\n', 'A', 'B', 'x', 'siren ', 'SSN: ', 'carte ', 'CNI ', 'national '),
  );
  const samples = ['732 829 320', '732829320 00074', '4970 1012 3456 7890', '85.07.30-033.61', '078-05-1120', '880692310285', '12345678901'];
  fc.assert(
    fc.property(fc.array(fc.oneof(piece, fc.constantFrom(...samples)), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      for (const [anchored, scanning] of pairs) {
        assert.deepEqual(anchored.analyze({ text, lang: 'fr' }), scanning.analyze({ text, lang: 'fr' }), `${anchored.name} on ${JSON.stringify(text)}`);
      }
    }),
    { numRuns: 2000, seed: 42 },
  );
});

test('hasDigitRun answers like a regex for n digits in a row', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[0-9a .]{0,40}$/), fc.integer({ min: 2, max: 9 }), (s, n) => {
      assert.equal(hasDigitRun(s, n), new RegExp(`\\d{${n}}`).test(s));
    }),
    { numRuns: 2000, seed: 7 },
  );
});
