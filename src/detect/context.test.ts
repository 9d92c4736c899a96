import assert from 'node:assert/strict';
import { test } from 'node:test';
import { columnHeader, matchAll, wordsRegex } from './context.js';

test('columnHeader finds the header cell of a CSV column', () => {
  const csv = 'id;nom;telephone;siren_pro\n1;DUPONT;06 12 34 56 78;\n2;MARTIN;;732829320\n';
  assert.equal(columnHeader(csv, csv.indexOf('06 12')), 'telephone');
  assert.equal(columnHeader(csv, csv.indexOf('732829320')), 'siren_pro');
  const tsv = 'a\tb\tphone\nx\ty\t0612345678\n';
  assert.equal(columnHeader(tsv, tsv.indexOf('0612')), 'phone');
});

test('columnHeader returns nothing for prose, single rows and very long lines', () => {
  const prose = 'Bonjour, je vous écris, comme convenu, au sujet du dossier.\nMerci, à bientôt, cordialement, Jean.';
  assert.equal(columnHeader(prose, prose.indexOf('Jean')), '');
  assert.equal(columnHeader('a;b;c', 2), '');
  const long = 'h1;h2;h3\n' + 'x;y;' + 'z'.repeat(10_000);
  assert.equal(columnHeader(long, long.length - 5), '');
});

test('wordsRegex matches whole words, longest first, case-insensitive input lowered by the caller', () => {
  const re = wordsRegex(['tel', 'téléphone', 'mot de passe']);
  assert.ok(re);
  assert.deepEqual(matchAll(re, 'mon téléphone et mot de passe'), ['téléphone', 'mot de passe']);
  assert.deepEqual(matchAll(re, 'hotel telescope'), []);
  assert.equal(wordsRegex([]), null);
});
