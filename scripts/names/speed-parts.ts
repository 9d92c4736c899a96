/** Developer aid: CPU cost of each stage of the name recognizer. */
import { loadDevSet } from '../../bench/lib/devset.js';
import { tokenize } from '../../src/detect/names/tokenize.js';
import { DocFeatures } from '../../src/detect/names/features.js';
import { loadLexicon } from '../../src/detect/names/lexicon.js';
import { loadNameModel } from '../../src/detect/names/model.js';
const texts = [...loadDevSet('fr'), ...loadDevSet('en')].map((d) => ({ text: d.text, lang: d.lang as 'fr' | 'en' }));
const lex = loadLexicon(); const model = loadNameModel();
let bytes = 0; for (const t of texts) bytes += t.text.length;
const R = 40;
const time = (name: string, f: () => void) => { const c0 = process.cpuUsage(); for (let r = 0; r < R; r++) f(); const c = process.cpuUsage(c0); console.log(name, ((bytes * R) / 1e6 / ((c.user + c.system) / 1e6)).toFixed(2), 'MB/cpu-s'); };
const toks = texts.map((t) => tokenize(t.text));
time('tokenize', () => { for (const t of texts) tokenize(t.text); });
time('docfeatures', () => { texts.forEach((t, i) => new DocFeatures(toks[i]!, t.lang, lex)); });
time('decode', () => { texts.forEach((t, i) => model.decode(new DocFeatures(toks[i]!, t.lang, lex))); });
let c = 0, n = 0; texts.forEach((t, i) => { const d = new DocFeatures(toks[i]!, t.lang, lex); n += d.n; for (const x of d.cand) if (x) c++; });
console.log('candidates', c, 'of', n, 'tokens');
