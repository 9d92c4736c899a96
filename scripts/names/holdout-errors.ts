/** Developer aid: PERSON false positives and negatives with context on presidio-synth or a holdout split (argument: presidio | uner-ewt-test | btc-test | wnut17-test | litbank-fr-test). */
import { readFileSync } from 'node:fs';
import { requireSharedData } from '../../bench/lib/shared.js';
import { Engine } from '../../src/detect/engine.js';
import { NameRecognizer } from '../../src/detect/names/recognizer.js';
import { atHandle, readHoldoutCorpora } from './corpora.js';
const engine = new Engine({ recognizers: [new NameRecognizer()] });
const which = process.argv[2] ?? 'presidio';
const data = requireSharedData();
let exs: Array<{ text: string; spans: Array<{ start: number; end: number; type: string }>; lang: 'fr' | 'en' }>;
if (which === 'presidio') {
  const p = JSON.parse(readFileSync(data + '/presidio-synth/synth_dataset_v2.json', 'utf8')) as Array<{ full_text: string; spans: Array<{ entity_type: string; start_position: number; end_position: number }> }>;
  exs = p.map((r) => ({ text: r.full_text, lang: 'en', spans: r.spans.filter((s) => s.entity_type === 'PERSON').map((s) => ({ type: 'PER', start: s.start_position, end: s.end_position })) }));
} else exs = readHoldoutCorpora(data).filter((e) => e.source === which);
for (const ex of exs) {
  const pred = engine.analyze(ex.text, { lang: ex.lang, sensitive: false }).entities.filter((f) => f.type === 'PERSON' && !atHandle(ex.text, f.start));
  const gold = ex.spans.filter((s) => s.type === 'PER' && !atHandle(ex.text, s.start));
  const ctx = (s: number, e: number) => JSON.stringify(ex.text.slice(Math.max(0, s - 30), s) + '[[' + ex.text.slice(s, e) + ']]' + ex.text.slice(e, e + 20));
  for (const p of pred) if (!gold.some((g) => g.start < p.end && p.start < g.end)) console.log('FP', ctx(p.start, p.end));
  for (const g of gold) if (!pred.some((p) => g.start < p.end && p.start < g.end)) console.log('FN', ctx(g.start, g.end));
}
