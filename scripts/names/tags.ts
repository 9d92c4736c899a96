/** Developer aid: print the raw tags and margins of the model for a text. */
import { DocFeatures, TAGS } from '../../src/detect/names/features.js';
import { loadLexicon } from '../../src/detect/names/lexicon.js';
import { loadNameModel } from '../../src/detect/names/model.js';
import { tokenize } from '../../src/detect/names/tokenize.js';
const text = process.argv.slice(2).join(' ');
const toks = tokenize(text);
const df = new DocFeatures(toks, 'fr', loadLexicon());
const { tags, margin } = loadNameModel().decode(df);
console.log(toks.map((t, i) => `${t.text}/${TAGS[tags[i]!]}${df.cand[i] ? '' : '*'}(${margin[i]!.toFixed(0)})`).join(' '));
