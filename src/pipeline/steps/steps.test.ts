import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Exclusion, Item } from '../item.js';
import { emptyTaskStats } from '../stats.js';
import { MinimiseStep, parseOptOut } from './minimise.js';
import { LanguageStep } from './language.js';
import { QualityStep, qualityReason } from './quality.js';
import { DropSensitiveStep } from './drop-sensitive.js';
import { DetectStep } from './detect.js';
import { createEngine, Engine } from '../../detect/index.js';
import type { Lang } from '../../core/types.js';
import { removeRanges, sentenceAround } from './sentences.js';
import type { QualityConfig } from '../schema.js';

const mk = (id: string, text: string, meta: Record<string, unknown> = {}, url?: string): Item => ({
  doc: { id, text, meta, source: { source: 'src', ...(url ? { url } : {}) } },
});
const run = (step: { process(i: Item, s: (e: Exclusion) => void): Item | null }, items: Item[]) => {
  const ex: Exclusion[] = [];
  const kept = items.map((i) => step.process(i, (e) => ex.push(e))).filter((x): x is Item => x !== null);
  return { kept, ex };
};

test('minimise keeps only the listed fields and applies exclusions and the opt-out list', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamis-min-'));
  writeFileSync(join(dir, 'optout.txt'), '# objections\nrec-7\nhttps://blog.example.net/post/1\nforum.example.org\n');
  const step = new MinimiseStep({ keepFields: ['title'], excludeDomains: ['spam.example'], excludeSources: ['old'], optOut: 'optout.txt' }, dir);
  const items = [
    mk('a', 'x', { title: 't', email: 'e', ip: '1' }),
    mk('rec-7', 'x'),
    mk('b', 'x', {}, 'https://blog.example.net/post/1#c'),
    mk('c', 'x', {}, 'https://www.sub.forum.example.org/t/2'),
    mk('d', 'x', {}, 'https://spam.example/x'),
  ];
  const { kept, ex } = run(step, items);
  assert.deepEqual(kept.map((k) => k.doc.id), ['a']);
  assert.deepEqual(kept[0]!.doc.meta, { title: 't' });
  assert.deepEqual(ex.map((e) => e.reason), ['opt-out:id', 'opt-out:url', 'opt-out:domain', 'excluded-domain']);
});

test('opt-out lines are classified as ids, urls or domains', () => {
  const l = parseOptOut('42\nuser:17\nexample.com\nhttps://x.org/a\n1.2.3\n');
  assert.deepEqual([...l.ids], ['42', 'user:17', '1.2.3']);
  assert.deepEqual([...l.domains], ['example.com']);
  assert.deepEqual([...l.urls], ['https://x.org/a']);
});

test('language keeps the listed languages', () => {
  const step = new LanguageStep({ keep: ['fr'] });
  const { kept, ex } = run(step, [
    mk('fr', 'Bonjour, je vous écris au sujet de ma commande qui n’est toujours pas arrivée chez moi.'),
    mk('en', 'Hello, I am writing about my order which has still not arrived at my home address.'),
  ]);
  assert.deepEqual(kept.map((k) => k.doc.id), ['fr']);
  assert.equal(ex[0]!.reason, 'language:en');
});

const Q: QualityConfig = { minWords: 5, maxWords: 1000, minMeanWordLength: 2, maxMeanWordLength: 12, maxSymbolRatio: 0.1, maxBulletLines: 0.9, maxEllipsisLines: 0.3, maxDuplicateLines: 0.3, maxTopBigramChars: 0.2, maxDuplicate5gramChars: 0.15 };

test('quality rules each have their reason', () => {
  const prose = 'Le colis est arrivé abîmé hier soir, la boîte était ouverte et il manque un câble. Pouvez-vous me renvoyer la pièce manquante rapidement ? Merci pour votre aide et bonne journée à toute l’équipe du service client.';
  assert.equal(qualityReason(prose, Q), undefined);
  assert.equal(qualityReason('trop court', Q), 'quality:min-words');
  assert.equal(qualityReason('a b c d e f g h i j', Q), 'quality:mean-word-length-low');
  assert.equal(qualityReason('#tag #tag2 #tag3 word word word', Q), 'quality:symbol-ratio');
  assert.equal(qualityReason('voir la suite de cet article...\nencore la suite de cet article...\net toujours plus de lecture...\nfin du texte ici pour finir', { ...Q, maxSymbolRatio: 0.5 }), 'quality:ellipsis-lines');
  assert.equal(qualityReason('ligne répétée ici\nligne répétée ici\nligne répétée ici\nautre ligne enfin', Q), 'quality:duplicate-lines');
  const spam = Array.from({ length: 30 }, () => 'acheter maintenant').join(' ') + ' ' + prose;
  assert.equal(qualityReason(spam, Q), 'quality:top-bigram');
  assert.equal(qualityReason(Array.from({ length: 12 }, (_, i) => `word${i}`).join(' '), { ...Q, maxWords: 10 }), 'quality:max-words');
  const step = new QualityStep(Q);
  assert.equal(run(step, [mk('x', 'trop court')]).ex[0]!.reason, 'quality:min-words');
});

test('drop-sensitive drops the document or removes the sentence, logging category and offsets only', () => {
  const stats = emptyTaskStats();
  const step = new DropSensitiveStep({ default: 'drop-document', categories: { HEALTH: 'remove-sentence' }, minScore: 0.5 }, stats);
  const text = 'Bonjour. Je suis diabétique depuis 2010. Mon email est a@b.fr merci.';
  const hs = text.indexOf('diabétique');
  const em = text.indexOf('a@b.fr');
  const health: Item = { ...mk('h', text), analysis: { lang: 'fr', entities: [{ type: 'EMAIL', start: em, end: em + 6, score: 1, recognizer: 'email', explanation: { pattern: 'x', validation: 'none' } }], sensitive: [{ category: 'HEALTH', score: 0.9, evidence: [{ start: hs, end: hs + 10, reason: 'first person' }] }] } };
  const religion: Item = { ...mk('r', 'Je suis catholique pratiquant.'), analysis: { lang: 'fr', entities: [], sensitive: [{ category: 'RELIGION', score: 0.9, evidence: [{ start: 8, end: 18, reason: 'x' }] }] } };
  const weak: Item = { ...mk('w', 'Je suis catholique ?'), analysis: { lang: 'fr', entities: [], sensitive: [{ category: 'RELIGION', score: 0.2, evidence: [{ start: 8, end: 18, reason: 'x' }] }] } };
  const { kept, ex } = run(step, [health, religion, weak]);
  assert.deepEqual(kept.map((k) => k.doc.id), ['h', 'w']);
  assert.equal(kept[0]!.doc.text, 'Bonjour. Mon email est a@b.fr merci.');
  const f = kept[0]!.analysis!.entities[0]!;
  assert.equal(kept[0]!.doc.text.slice(f.start, f.end), 'a@b.fr');
  assert.equal(ex[0]!.reason, 'sensitive:RELIGION');
  assert.deepEqual(ex[0]!.detail, { categories: ['RELIGION'], evidence: [{ category: 'RELIGION', start: 8, end: 18 }] });
  assert.ok(!JSON.stringify(ex).includes('catholique'));
  assert.deepEqual(stats.sensitive.HEALTH, { documents: 1, droppedDocuments: 0, removedSentences: 1 });
  assert.deepEqual(stats.sensitive.RELIGION, { documents: 1, droppedDocuments: 1, removedSentences: 0 });
});

test('sentence helpers', () => {
  const t = 'Un. Deux trois! Quatre';
  assert.deepEqual(sentenceAround(t, 5, 8), [4, 16]);
  assert.equal(removeRanges(t, [[4, 16], [0, 4]], []).text, 'Quatre');
});

test('detect counts entities per type and source', () => {
  const stats = emptyTaskStats();
  const step = new DetectStep({}, stats);
  const { kept } = run(step, [mk('1', 'Écrivez à jean.martin@example.fr ou à support@example.com pour toute question.')]);
  assert.equal(kept[0]!.analysis!.entities.filter((e) => e.type === 'EMAIL').length, 2);
  assert.deepEqual(stats.pii.EMAIL, { documents: 1, spans: 2 });
  assert.equal(stats.piiBySource.src!.EMAIL, 2);
});

test('detect: a language outside detect.languages is analysed once, as other', () => {
  const text = 'Hello, I am writing about my order. Please write to john.smith@example.com or call Peter Jones about it.';
  const calls: string[] = [];
  const orig = Engine.prototype.findEntities;
  Engine.prototype.findEntities = function (this: Engine, t: string, lang: Lang | 'other') { calls.push(lang); return orig.call(this, t, lang); };
  try {
    const step = new DetectStep({ languages: ['fr'] }, emptyTaskStats());
    const { kept } = run(step, [mk('1', text)]);
    assert.deepEqual(calls, ['other']);
    assert.equal(kept[0]!.analysis!.lang, 'other');
    assert.equal(kept[0]!.doc.lang, 'other');
    assert.deepEqual(kept[0]!.analysis!.entities, orig.call(createEngine(), text, 'other'));
    calls.length = 0;
    run(new DetectStep({ languages: ['en'] }, emptyTaskStats()), [mk('2', text)]);
    assert.deepEqual(calls, ['en']);
  } finally {
    Engine.prototype.findEntities = orig;
  }
});
