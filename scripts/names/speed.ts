/** Developer aid: name recognizer speed alone (no language id), on the dev texts repeated to ~4 MB. */
import { loadDevSet } from '../../bench/lib/devset.js';
import { NameRecognizer } from '../../src/detect/names/recognizer.js';
const texts = [...loadDevSet('fr'), ...loadDevSet('en')].map((d) => ({ text: d.text, lang: d.lang as 'fr' | 'en' }));
const corpus: typeof texts = [];
let bytes = 0;
while (bytes < 4e6) for (const t of texts) { corpus.push(t); bytes += Buffer.byteLength(t.text); }
const r = new NameRecognizer();
r.analyze({ text: 'Jean Dupont', lang: 'fr' });
const c0 = process.cpuUsage();
let n = 0;
for (const t of corpus) n += r.analyze(t).length;
const c = process.cpuUsage(c0);
console.log(`${(bytes / 1e6 / ((c.user + c.system) / 1e6)).toFixed(2)} MB per CPU-second, ${n} findings`);
