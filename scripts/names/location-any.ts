/**
 * Developer aid: how LOCATION findings weigh on the pooled "ANY" score of the dev set, whose gold has no LOCATION
 * type. Scores the full default engine's findings with and without LOCATION, pooled over every gold type, in two
 * ways: type-aware (a LOCATION finding can never match, so each is a false positive) and type-blind (any overlap).
 */
import { loadDevSet } from '../../bench/lib/devset.js';
import { prf, scoreDoc, type Counts } from '../../bench/lib/score.js';
import { createEngine } from '../../src/detect/index.js';

const engine = createEngine();
for (const lang of ['fr', 'en'] as const) {
  const rows: string[] = [];
  let locs = 0;
  for (const keepLoc of [true, false]) {
    const aware = new Map<string, Counts>();
    const blind = new Map<string, Counts>();
    for (const d of loadDevSet(lang)) {
      const pred = engine.analyze(d.text, { sensitive: false }).entities.filter((f) => keepLoc || f.type !== 'LOCATION');
      if (keepLoc) locs += pred.filter((f) => f.type === 'LOCATION').length;
      scoreDoc(d.spans, pred, aware);
      scoreDoc(d.spans.map((s) => ({ ...s, type: 'X' })), pred.map((p) => ({ ...p, type: 'X' })), blind);
    }
    const a = prf(aware.get('ANY') ?? { tp: 0, fp: 0, fn: 0 });
    const b = prf(blind.get('ANY') ?? { tp: 0, fp: 0, fn: 0 });
    rows.push(`${keepLoc ? 'with LOCATION   ' : 'without LOCATION'}  type-aware ANY P ${a.precision.toFixed(3)} R ${a.recall.toFixed(3)} F1 ${a.f1.toFixed(3)} | type-blind P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)} F1 ${b.f1.toFixed(3)}`);
  }
  console.log(`dev ${lang}: ${locs} LOCATION findings\n  ${rows.join('\n  ')}`);
}
