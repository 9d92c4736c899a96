import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EN, EXPERT_ROLE, FR, IDENT_FIELD, PERSONAL_CUE, SPEECH_VERB, TITLE, wordGate, type LangCues } from './cues.js';

/** One sentence per cue that the cue matches, so that the superset check below is not vacuous. */
const SAMPLES: Record<'fr' | 'en', Record<keyof LangCues, string>> = {
  fr: {
    first: 'Hier je suis allé au cinéma.', firstPlural: 'Nous partons demain.', second: 'Tu viens ce soir ?',
    thirdHuman: 'Depuis mars elle est enceinte.', third: 'Elle travaille à Lyon.', relation: 'Ma mère est malade.',
    role: 'Le prévenu a reconnu les faits.', generic: 'Le diabète touche 4 millions de Français.',
    hypothetical: 'Si vous avez de la fièvre, consultez.', negBefore: 'Il n’a pas de diabète.', negAfter: ' test négatif.',
    animal: 'Mon chat est diabétique.', booster: 'Elle est déléguée syndicale.',
  },
  en: {
    first: 'Yesterday I went out.', firstPlural: 'We left early.', second: 'You know it.', thirdHuman: 'Now she is ill.',
    third: 'Then he said so.', relation: 'My mother is ill.', role: 'The patient was admitted.', generic: 'About 10% of adults smoke.',
    hypothetical: 'If you have a fever, call.', negBefore: 'There is no history of asthma.', negAfter: ' came back negative.',
    animal: 'My dog is diabetic.', booster: 'She is a union member.',
  },
};

/** The language-independent patterns that also go through a gate, with a sample each. */
const SHARED: [string, RegExp, string][] = [
  ['TITLE', TITLE, 'Hier, M. Durand est venu.'], ['IDENT_FIELD', IDENT_FIELD, 'user=4521 login failed'],
  ['EXPERT_ROLE', EXPERT_ROLE, 'Le ministre de la santé'], ['SPEECH_VERB', SPEECH_VERB, 'Elle a annoncé un plan.'],
  ['PERSONAL_CUE', PERSONAL_CUE, 'He was diagnosed with asthma.'],
];

test('a cue\'s word gate matches wherever the cue does (it only drops the word-boundary assertions)', () => {
  const texts = [...Object.values(SAMPLES.fr), ...Object.values(SAMPLES.en), ...SHARED.map(([, , t]) => t)];
  // Glued, upper-cased and accent-folded variants, where the dropped assertions decide.
  for (const t of [...texts]) texts.push(`x${t}x`, t.toUpperCase(), t.normalize('NFD'), t.replaceAll(' ', '_'));
  const all: [string, RegExp, string][] = [...SHARED];
  for (const [lang, cues] of [['fr', FR], ['en', EN]] as const) {
    for (const key of Object.keys(cues) as (keyof LangCues)[]) all.push([`${lang}.${key}`, cues[key], SAMPLES[lang][key]]);
  }
  for (const [name, cue, sample] of all) {
    const gate = wordGate(cue);
    assert.ok(gate, `${name} has word-boundary assertions`);
    assert.ok(gate.source.length < cue.source.length);
    cue.lastIndex = 0;
    assert.ok(cue.test(sample), `${name} matches its sample`);
    for (const t of texts) {
      cue.lastIndex = 0;
      gate.lastIndex = 0;
      if (cue.test(t)) assert.ok(gate.test(t), `${name}: gate rejects a text the cue matches`);
    }
  }
});

test('a cue without word-boundary assertions has no gate', () => {
  assert.equal(wordGate(/diab[eè]te/iu), null);
  const g = wordGate(new RegExp('(?<![\\p{L}\\p{N}])sans(?![\\p{L}\\p{N}])', 'iu'));
  assert.equal(g?.source, 'sans');
  assert.ok(g.test('sansonnet'));
});
