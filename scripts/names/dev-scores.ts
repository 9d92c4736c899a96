/** Developer aid: precision/recall of PERSON on the dev set at several score thresholds. */
import { loadDevSet } from '../../bench/lib/devset.js';
import { scoreDoc, prf, type Counts } from '../../bench/lib/score.js';
import { NameRecognizer } from '../../src/detect/names/recognizer.js';
import { Engine } from '../../src/detect/engine.js';
const e = new Engine({ recognizers: [new NameRecognizer()], threshold: 0 });
for (const lang of ['fr', 'en'] as const) {
  const docs = loadDevSet(lang).map((d) => ({ d, pred: e.analyze(d.text, { sensitive: false }).entities.filter((f) => f.type === 'PERSON') }));
  const row: string[] = [];
  for (const th of [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8]) {
    const m = new Map<string, Counts>();
    for (const { d, pred } of docs) scoreDoc(d.spans.filter((s) => s.type === 'PERSON'), pred.filter((p) => p.score >= th), m);
    const r = prf(m.get('PERSON') ?? { tp: 0, fp: 0, fn: 0 });
    row.push(`${th}: P ${r.precision.toFixed(2)} R ${r.recall.toFixed(2)} F ${r.f1.toFixed(3)}`);
  }
  console.log(lang, row.join(' | '));
}
