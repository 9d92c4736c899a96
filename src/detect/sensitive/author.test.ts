import assert from 'node:assert/strict';
import { test } from 'node:test';
import { authorGender } from './author.js';

test('a stated gender wins', () => {
  assert.equal(authorGender("J'ai 27 ans, je suis une fille.")?.gender, 'f');
  assert.equal(authorGender("I'm a 41-year-old man from Leeds.")?.gender, 'm');
});

test('the first name heading a post, sending or signing a message', () => {
  assert.equal(authorGender('Sébastien Morvan · 12 mai\nDix ans !')?.gender, 'm');
  assert.equal(authorGender('@gareth.pryce.cymru · Cardiff\nFive years!')?.gender, 'm');
  assert.equal(authorGender('From: Miriam Goldfarb <m@x.org>\nHello')?.gender, 'f');
  assert.equal(authorGender('On se voit samedi ?\nBises, Léa')?.gender, 'f');
});

test('no gender from a salutation, a name given to both sexes, or no name', () => {
  assert.equal(authorGender('Paul,\nmerci pour tout.'), null);
  assert.equal(authorGender('Dominique Martin · 3 juin\nBonne journée'), null);
  assert.equal(authorGender('Réunion jeudi à 14 h.'), null);
});
