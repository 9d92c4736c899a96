/** Developer aid: print the recognizer's findings for a text given on the command line (`-l en` for English). */
import { NameRecognizer } from '../../src/detect/names/recognizer.js';
const args = process.argv.slice(2);
const li = args.indexOf('-l');
const lang = li >= 0 ? (args.splice(li, 2)[1] as 'fr' | 'en') : 'fr';
const text = args.join(' ').replace(/\\n/g, '\n');
for (const f of new NameRecognizer().analyze({ text, lang })) console.log(f.type, JSON.stringify(text.slice(f.start, f.end)), f.score, f.explanation.note);
