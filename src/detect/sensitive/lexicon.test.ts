import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CompiledLexicon, fold, type CategoryLexicon } from './lexicon.js';
import { defaultLexicons } from './lexicons/index.js';

const lex: CategoryLexicon[] = [
  { category: 'HEALTH', groups: [
    { kind: 'condition', weight: 0.9, fr: ['diabète', 'arrêt maladie', 'chimio*'], en: ['sick leave', 'cancer'] },
    { kind: 'longer', weight: 0.8, en: ['cancer du sein'] },
  ] },
  { category: 'TRADE_UNION', groups: [{ kind: 'union', weight: 0.6, fr: ['=CGT', 'délégué syndical'] }] },
  { category: null, groups: [{ kind: 'stop', weight: 0, en: ['carbon footprint'] }] },
  { category: 'BIOMETRIC', groups: [{ kind: 'bio', weight: 0.9, en: ['footprint', 'face id'] }] },
];
const c = new CompiledLexicon(lex);
const terms = (text: string) => c.scan(text).map((h) => [h.entry.term, text.slice(h.start, h.end)]);

test('matching ignores case and accents but keeps exact offsets', () => {
  assert.deepEqual(terms('Je suis DIABETIQUE? non: diabete, Diabète.'), [['diabète', 'diabete'], ['diabète', 'Diabète']]);
});

test('stems match any word ending, and only word starts', () => {
  assert.deepEqual(terms('après ma chimiothérapie et 3 chimios, pas la pétrochimie'), [['chimio*', 'chimiothérapie'], ['chimio*', 'chimios']]);
});

test('multi-word terms accept spaces, hyphens and underscores between words, not other punctuation', () => {
  assert.deepEqual(terms('arrêt-maladie; arret  maladie; sick_leave; arrêt. maladie'), [
    ['arrêt maladie', 'arrêt-maladie'], ['arrêt maladie', 'arret  maladie'], ['sick leave', 'sick_leave'],
  ]);
});

test('case-sensitive acronyms only match as written', () => {
  assert.deepEqual(terms('élu CGT, pas cgt ni Cgt'), [['=CGT', 'CGT']]);
});

test('the longest term at a position wins, and stop phrases shadow their cue words', () => {
  assert.deepEqual(terms('cancer du sein'), [['cancer du sein', 'cancer du sein']]);
  const hits = c.scan('our carbon footprint, a footprint');
  assert.equal(hits.length, 2);
  assert.equal(hits[0]!.entry.category, null);
  assert.equal(hits[1]!.entry.category, 'BIOMETRIC');
});

test('offsets stay exact when lower-casing would change the text length', () => {
  const text = 'İstanbul: my face ID';
  const h = c.scan(text);
  assert.equal(h.length, 1);
  assert.equal(text.slice(h[0]!.start, h[0]!.end), 'face ID');
});

test('bad lexicon data fails at construction with the term named', () => {
  assert.throws(() => new CompiledLexicon([{ category: 'HEALTH', groups: [{ kind: 'x', weight: 2, en: ['a'] }] }]), /weight/);
  assert.throws(() => new CompiledLexicon([{ category: 'HEALTH', groups: [{ kind: 'x', weight: 1, en: ['ab*c'] }] }]), /only allowed at the end/);
  assert.throws(() => new CompiledLexicon([{ category: 'HEALTH', groups: [{ kind: 'x', weight: 1, en: ['a&e'] }] }]), /a&e/);
  assert.throws(() => new CompiledLexicon([{ category: 'HEALTH', groups: [{ kind: 'x', weight: 1, en: ['ab*'] }] }]), /shorter than 3/);
});

test('the shipped lexicons compile and cover every category in both languages', () => {
  const compiled = new CompiledLexicon(defaultLexicons);
  assert.ok(compiled.size > 1000);
  for (const l of defaultLexicons) {
    if (!l.category) continue;
    assert.ok(l.groups.some((g) => (g.fr ?? []).length > 0), `${l.category} has French terms`);
    assert.ok(l.groups.some((g) => (g.en ?? []).length > 0), `${l.category} has English terms`);
  }
});

test('fold lower-cases, strips accents and normalises separators', () => {
  assert.equal(fold('Arrêt-de_Travail’s'), "arret de travail's");
});
