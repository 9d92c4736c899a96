import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TOKEN_RE, tokenize } from './tokenize.js';
import { seededRandom } from '../../core/random.js';

/** Token offsets as TOKEN_RE finds them, French elisions joined back (the scanner must find exactly these). */
function scanned(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const t of tokenize(text)) {
    const last = out[out.length - 1];
    const prevText = last ? text.slice(last[0], last[1]) : '';
    if (last && last[1] === t.start && prevText.length >= 2 && /['’]$/.test(prevText)) last[1] = t.end;
    else out.push([t.start, t.end]);
  }
  return out;
}
const byRegex = (text: string): Array<[number, number]> => [...text.matchAll(TOKEN_RE)].map((m) => [m.index, m.index + m[0].length]);

test('the tokenizer finds exactly what TOKEN_RE finds, on tricky and random text', () => {
  const tricky = [
    "Jean-Baptiste N'Diaye, l'école d’Artagnan -- O'Brien‐Smith 12,5 km² Ⅻ ٣٤ 𝟎𝟏 𝐀bc 😀x \ud800 a\udc00 é\u0301 \u0301e",
    "fin'  'début -x x- x--y x'-y a'1 1a a1 ‐a a‐ \u00a0\u2028\u3000\ufeff日本語 العربية Ελληνικά",
    '', ' ', '\n\n', "''", 'a', '1', '-', 'ab\ud83d', '\ud83d\ude00\ud83d\ude00',
  ];
  const alphabet = [..."aZé'’‐- \n\t1٣²Ⅻ.,@:\u0301\u00a0\u2028"].concat(['😀', '𝟎', '𝐀', '\ud800', '\udc00', '日']);
  const rand = seededRandom(7);
  for (let n = 0; n < 3000; n++) {
    let s = '';
    const len = Math.floor(rand() * 30);
    for (let i = 0; i < len; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
    tricky.push(s);
  }
  for (const s of tricky) assert.deepEqual(scanned(s), byRegex(s), JSON.stringify(s));
});
