/**
 * Developer aid: PERSON (and LOCATION) on the held-out test splits of shippable gold corpora (readHoldoutCorpora),
 * span overlap. Meaningful only for a model trained with `npm run train:names -- --holdout`.
 */
import { requireSharedData } from '../../bench/lib/shared.js';
import { formatTable, scoreDoc, type Counts } from '../../bench/lib/score.js';
import { Engine } from '../../src/detect/engine.js';
import { NameRecognizer } from '../../src/detect/names/recognizer.js';
import { atHandle, readHoldoutCorpora } from './corpora.js';

const engine = new Engine({ recognizers: [new NameRecognizer()] });
const bySource = new Map<string, Map<string, Counts>>();
const TYPE = { PER: 'PERSON', LOC: 'LOCATION', ORG: 'ORG' } as const;
for (const ex of readHoldoutCorpora(requireSharedData())) {
  const m = bySource.get(ex.source) ?? new Map<string, Counts>();
  bySource.set(ex.source, m);
  const pred = engine.analyze(ex.text, { lang: ex.lang, sensitive: false }).entities.map((f) => ({ type: f.type, start: f.start, end: f.end }));
  // @-handles are usernames here, not names (BTC tags them PER).
  const gold = ex.spans.filter((s) => s.type !== 'ORG' && !atHandle(ex.text, s.start)).map((s) => ({ type: TYPE[s.type], start: s.start, end: s.end }));
  scoreDoc(gold, pred.filter((p) => !atHandle(ex.text, p.start)), m);
}
for (const [src, m] of bySource) console.log(`\n${src}\n${formatTable(m, ['PERSON', 'LOCATION'])}`);
