import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NameRecognizer } from './recognizer.js';
import { loadLexicon } from './lexicon.js';
import { loadNameModel } from './model.js';
import { tokenize } from './tokenize.js';
import { createEngine } from '../index.js';
import type { Lang } from '../../core/types.js';

const rec = new NameRecognizer();
function persons(text: string, lang: Lang | 'other' = 'fr'): string[] {
  return rec.analyze({ text, lang }).filter((f) => f.type === 'PERSON').map((f) => text.slice(f.start, f.end));
}

test('tokenizer keeps hyphenated and apostrophe names whole and splits French elisions', () => {
  const toks = (s: string) => tokenize(s).map((t) => t.text);
  assert.deepEqual(toks("Jean-Baptiste N'Diaye et O'Brien"), ['Jean-Baptiste', "N'Diaye", 'et', "O'Brien"]);
  assert.deepEqual(toks("l'école d'Artagnan L'hôpital"), ["l'", 'école', "d'", 'Artagnan', "L'", 'hôpital']);
  const t = tokenize('a\nb');
  assert.equal(t[1]?.lineStart, true);
  assert.equal(tokenize('écrire à jean.dupont@example.org')[2]?.inLink, true);
});

test('shipped model and lexicon load from the package, offline', () => {
  const lex = loadLexicon();
  assert.ok(lex.size > 100_000);
  assert.ok((lex.entry('jean')?.fnFr ?? 0) >= 7, 'Jean is a frequent French first name');
  assert.ok((lex.entry('smith')?.snEn ?? 0) >= 7, 'Smith is a frequent US surname');
  assert.ok((lex.entry('table')?.lcFr ?? 0) > 0, 'table is a common French word');
  const m = loadNameModel();
  assert.equal(m.header.format, 'tamis-names-perceptron');
  assert.ok(m.header.trainedOn.includes('synthetic-templates'));
  for (const banned of ['wikineural', 'wikiann', '7romans']) assert.ok(!m.header.trainedOn.some((s) => s.includes(banned)));
});

test('an English possessive is left out of the span', () => {
  assert.deepEqual(persons("I met Sophie Martin's team and Dr Oyelaran’s nurse yesterday.", 'en'), ['Sophie Martin', 'Oyelaran']);
});

test('titles are excluded from the span (fr, en)', () => {
  assert.deepEqual(persons('Bonjour,\n\nJ\'ai reçu Mme Gwenaëlle Tanguy en consultation hier.', 'fr'), ['Gwenaëlle Tanguy']);
  assert.deepEqual(persons('Dear Dr Sophie Martin,\n\nThank you for your letter.', 'en'), ['Sophie Martin']);
  assert.deepEqual(persons('Il sera conduit par M. Thibault Lemaire-Roux, responsable d\'exploitation.', 'fr'), ['Thibault Lemaire-Roux']);
});

test('hyphenated, particle and apostrophe names (fr)', () => {
  const text = 'Présents : Jean-Baptiste Roussel, Hugues de La Fontaine, Fatoumata N\'Diaye et Kevin Le Bihan.';
  const got = persons(text, 'fr');
  for (const n of ['Jean-Baptiste Roussel', 'Hugues de La Fontaine', "Fatoumata N'Diaye", 'Kevin Le Bihan']) assert.ok(got.includes(n), `${n} in ${JSON.stringify(got)}`);
});

test("particle and apostrophe names (en): O'Brien, van der Berg", () => {
  const got = persons("The claimant, Declan O'Sullivan, was represented by Pieter van der Berg.", 'en');
  assert.ok(got.includes("Declan O'Sullivan"), JSON.stringify(got));
  assert.ok(got.some((g) => g.includes('van der Berg')), JSON.stringify(got));
});

test('ALL-CAPS administrative surnames and initials', () => {
  const got = persons('Nom : DUPONT\nPrénom : Jean\nSignataire : J. Martin', 'fr');
  assert.ok(got.includes('DUPONT'), JSON.stringify(got));
  assert.ok(got.includes('Jean'), JSON.stringify(got));
  assert.ok(got.some((g) => g.includes('Martin')), JSON.stringify(got));
});

test('a name inside a street, school or place name is not a person', () => {
  assert.deepEqual(persons('Le rendez-vous est fixé au 12 rue Victor Hugo, devant le lycée.', 'fr'), []);
  assert.deepEqual(persons('Elle est scolarisée au Lycée Jean Moulin depuis septembre.', 'fr'), []);
  assert.deepEqual(persons('Le match se joue à Saint-Étienne samedi soir.', 'fr'), []);
  assert.deepEqual(persons('The library on Victoria Street reopens on Monday.', 'en'), []);
  assert.deepEqual(persons('Le ministre de la Santé, François Braun, a annoncé un plan.', 'fr'), ['François Braun']);
});

test('common words that are also first names stay common words without person context', () => {
  assert.deepEqual(persons('La pierre de taille est posée sur un lit de mortier.', 'fr'), []);
  assert.deepEqual(persons('Please mark the box as fragile, we will bill you later.', 'en'), []);
});

test('standalone later mentions are propagated within the document', () => {
  const text = 'Compte rendu : Sophie Martin présente le budget.\nLe vote est reporté.\nMartin propose une date.';
  const got = persons(text, 'fr');
  assert.ok(got.includes('Sophie Martin'), JSON.stringify(got));
  assert.ok(got.filter((g) => g === 'Martin').length === 1, JSON.stringify(got));
});

test('numbers in log lines are never tagged as persons', () => {
  const log = '2024-06-18 10:22:31 INFO worker 42 processed 1337 rows in 250 ms\n2024-06-18 10:22:32 WARN retry 3/5 id=99812';
  for (const f of rec.analyze({ text: log, lang: 'en' })) assert.ok(!/\d/.test(log.slice(f.start, f.end)), `tagged ${f.start}-${f.end}`);
});

test('findings carry an explanation without the raw value, and the engine reports PERSON', () => {
  const text = 'Bonjour Nadège,\n\nMerci pour votre retour.\n\nNadège Oukili\nChargée RH';
  const res = createEngine().analyze(text, { lang: 'fr' });
  const p = res.entities.filter((f) => f.type === 'PERSON');
  assert.ok(p.length >= 1);
  for (const f of p) {
    assert.equal(f.recognizer, 'names');
    assert.ok(f.score >= 0.5 && f.score <= 1);
    assert.ok(!(f.explanation.note ?? '').includes('Oukili'));
  }
  assert.equal(createEngine({ identifiersOnly: true }).analyze(text, { lang: 'fr' }).entities.filter((f) => f.type === 'PERSON').length, 0);
});

test('products, codes, holidays and organisations named after people are not persons', () => {
  assert.deepEqual(persons('Je fais le Ramadan cette année, et le Kestrel K7 est en promotion.', 'fr'), []);
  assert.deepEqual(persons('The claim against Calder & Reeve Bank was dismissed.', 'en'), []);
  const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)';
  assert.deepEqual(rec.analyze({ text: ua, lang: 'en' }).map((f) => ua.slice(f.start, f.end)), []);
});

test('every mention of a name in a document gets the same best score', () => {
  const text = "[10:02] Agent Will: Hi there, I'm Will, happy to help.\n[10:04] Agent Will: Thanks.\n[10:08] Customer: got it, thanks will!";
  const found = rec.analyze({ text, lang: 'en' }).filter((f) => f.type === 'PERSON' && /^will$/i.test(text.slice(f.start, f.end)));
  assert.ok(found.length >= 3, JSON.stringify(found.map((f) => f.start)));
  assert.equal(new Set(found.map((f) => f.score)).size, 1);
});
