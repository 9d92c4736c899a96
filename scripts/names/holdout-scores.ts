/** Developer aid: PERSON precision/recall/F1 at several score thresholds on the dev set, Presidio's set and the holdout splits. */
import { readFileSync } from 'node:fs';
import { loadDevSet } from '../../bench/lib/devset.js';
import { prf, scoreDoc, type Counts, type Span } from '../../bench/lib/score.js';
import { requireSharedData } from '../../bench/lib/shared.js';
import { Engine } from '../../src/detect/engine.js';
import { NameRecognizer } from '../../src/detect/names/recognizer.js';
import { atHandle, readHoldoutCorpora } from './corpora.js';

const e = new Engine({ recognizers: [new NameRecognizer()], threshold: 0 });
const data = requireSharedData();
const sets = new Map<string, Array<{ text: string; lang: 'fr' | 'en'; gold: Span[] }>>();
for (const lang of ['fr', 'en'] as const) sets.set(`dev ${lang}`, loadDevSet(lang).map((d) => ({ text: d.text, lang, gold: d.spans.filter((s) => s.type === 'PERSON') })));
const p = JSON.parse(readFileSync(`${data}/presidio-synth/synth_dataset_v2.json`, 'utf8')) as Array<{ full_text: string; spans: Array<{ entity_type: string; start_position: number; end_position: number }> }>;
sets.set('presidio', p.map((r) => ({ text: r.full_text, lang: 'en' as const, gold: r.spans.filter((s) => s.entity_type === 'PERSON').map((s) => ({ type: 'PERSON', start: s.start_position, end: s.end_position })) })));
for (const ex of readHoldoutCorpora(data)) {
  const list = sets.get(ex.source) ?? [];
  sets.set(ex.source, list);
  list.push({ text: ex.text, lang: ex.lang, gold: ex.spans.filter((s) => s.type === 'PER' && !atHandle(ex.text, s.start)).map((s) => ({ type: 'PERSON', start: s.start, end: s.end })) });
}
for (const [name, docs] of sets) {
  const preds = docs.map((d) => e.analyze(d.text, { lang: d.lang, sensitive: false }).entities.filter((f) => f.type === 'PERSON'));
  const row: string[] = [];
  for (const th of [0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7]) {
    const m = new Map<string, Counts>();
    docs.forEach((d, i) => scoreDoc(d.gold, (preds[i] ?? []).filter((f) => f.score >= th), m));
    const r = prf(m.get('PERSON') ?? { tp: 0, fp: 0, fn: 0 });
    row.push(`${th}: ${r.precision.toFixed(2)}/${r.recall.toFixed(2)}/${r.f1.toFixed(3)}`);
  }
  console.log(name.padEnd(16), row.join(' | '));
}
