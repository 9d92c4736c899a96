import { loadDevSet } from '../../bench/lib/devset.js';
import { scoreDoc, formatTable, type Counts } from '../../bench/lib/score.js';
import { NameRecognizer } from '../../src/detect/names/recognizer.js';
import { Engine } from '../../src/detect/engine.js';
const e = new Engine({ recognizers: [new NameRecognizer()] });
const verbose = process.argv.includes('-v');
for (const lang of ['fr','en'] as const) {
  const m = new Map<string, Counts>();
  for (const d of loadDevSet(lang)) {
    const pred = e.analyze(d.text,{sensitive:false}).entities.filter(f=>f.type==='PERSON');
    const gold = d.spans.filter(s=>s.type==='PERSON');
    scoreDoc(gold, pred, m);
    if (verbose) {
      for (const p of pred) if (!gold.some(g=>g.start<p.end&&p.start<g.end)) console.log(lang, d.id, 'FP', JSON.stringify(d.text.slice(p.start,p.end)), JSON.stringify(d.text.slice(Math.max(0,p.start-25),p.start)));
      for (const g of gold) if (!pred.some(p=>g.start<p.end&&p.start<g.end)) console.log(lang, d.id, 'FN', JSON.stringify(g.value), JSON.stringify(d.text.slice(Math.max(0,g.start-25),g.start)));
    }
  }
  console.log(lang); console.log(formatTable(m, ['PERSON']));
}
