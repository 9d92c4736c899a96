import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentenceAround } from './sentence.js';

const around = (text: string, word: string) => {
  const i = text.indexOf(word);
  const s = sentenceAround(text, i, i + word.length);
  return text.slice(s.start, s.end);
};

test('a sentence ends at . ! ? followed by a space, and at line breaks', () => {
  const t = 'Bonjour. Je suis diabétique depuis 2010! Et toi?\nligne deux';
  assert.equal(around(t, 'diabétique'), ' Je suis diabétique depuis 2010!');
  assert.equal(around(t, 'deux'), 'ligne deux');
});

test('titles and initials do not end a sentence', () => {
  const t = 'Hier, M. Durand et J. Martin sont venus. Fin.';
  assert.equal(around(t, 'Martin'), 'Hier, M. Durand et J. Martin sont venus.');
  assert.equal(around('Dr. Smith has asthma. Ok.', 'asthma'), 'Dr. Smith has asthma.');
});

test('a text without punctuation is cut at a bounded reach', () => {
  const t = 'x '.repeat(2000) + 'cancer' + ' y'.repeat(2000);
  const s = around(t, 'cancer');
  assert.ok(s.length <= 610 + 6);
});
