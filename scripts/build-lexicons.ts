/**
 * `npm run build:lexicons`: builds models/names-lexicon.tsv.gz from open name lists and the shippable corpora.
 *   - first names: INSEE "Fichier des prénoms" 2022 edition (Licence Ouverte 2.0) and US SSA baby names (public domain);
 *   - surnames: INSEE "Les noms de famille en France" (Licence Ouverte 2.0) and US Census 1990 (public domain);
 *   - common-word knowledge: how often each word is seen in lower case in the shippable NER corpora, so that
 *     "pierre" (stone), "rose", "will", "mark" are known to be ordinary words too.
 * One line per folded key (lower case, no diacritics): key, then one digit each for fnFr, fnEn, snFr, snEn, lcFr, lcEn,
 * femFr, femEn, loc, org (loc/org: place and organisation gazetteers from the corpora's labels and hand lists).
 * Frequencies are log buckets 0..9 (0 = absent); fem is the female share 0..9 (only meaningful when fn > 0).
 * Pruned by frequency so that the file stays around 1 MB. Deterministic: same inputs, same bytes.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { requireSharedData } from '../bench/lib/shared.js';
import { foldKey, tokenize } from '../src/detect/names/tokenize.js';
import { readTrainingCorpora } from './names/corpora.js';
import { readZipMember } from './names/zip.js';
import { COUNTRIES, EN_CITIES, EN_COUNTRIES, FR_CITIES, FR_COUNTRIES, MORE_PLACES } from './names/places.js';

const data = requireSharedData();
const outDir = join(process.cwd(), 'models');

interface Entry { fnFr: number; fnEn: number; snFr: number; snEn: number; lcFr: number; lcEn: number; femFr: number; femEn: number; loc: number; org: number }
const lex = new Map<string, Entry>();
const get = (k: string): Entry => {
  let e = lex.get(k);
  if (!e) { e = { fnFr: 0, fnEn: 0, snFr: 0, snEn: 0, lcFr: 0, lcEn: 0, femFr: 0, femEn: 0, loc: 0, org: 0 }; lex.set(k, e); }
  return e;
};
const bucket = (count: number): number => Math.max(1, Math.min(9, Math.floor(Math.log10(count) * 1.5)));

// INSEE first names: births 1900-2021 per sex.
{
  const csv = readZipMember(join(data, 'names-fr/nat2021_csv.zip'), 'nat2021.csv').toString('utf8');
  const tot = new Map<string, [number, number]>();
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const [sexe, name, , nombre] = line.split(';');
    if (!name || name.startsWith('_') || name.length < 2) continue;
    const k = foldKey(name);
    const t = tot.get(k) ?? [0, 0];
    t[sexe === '2' ? 1 : 0] += Number(nombre) || 0;
    tot.set(k, t);
  }
  for (const [k, [m, f]] of tot) {
    if (m + f < 50) continue; // prune rare names: the model's shape features cover the long tail
    const e = get(k);
    e.fnFr = bucket(m + f);
    e.femFr = Math.round((9 * f) / (m + f));
  }
}
// INSEE surnames (no frequencies in this copy: membership only).
for (const line of readFileSync(join(data, 'names-fr/noms2008nat_txt.txt'), 'utf8').split('\n')) {
  const name = line.trim();
  if (name.length < 2 || /[^A-Za-z '-]/.test(name)) continue;
  get(foldKey(name)).snFr = 1;
}
// SSA first names, every fifth year 1880-2020 plus 2021-2023.
{
  const dir = join(data, 'names-en/ssa-national');
  const tot = new Map<string, [number, number]>();
  for (const f of readdirSync(dir).filter((x) => /^yob\d{4}\.txt$/.test(x)).sort()) {
    for (const line of readFileSync(join(dir, f), 'utf8').split(/\r?\n/)) {
      const [name, sex, count] = line.split(',');
      if (!name || !count) continue;
      const k = foldKey(name);
      const t = tot.get(k) ?? [0, 0];
      t[sex === 'F' ? 1 : 0] += Number(count);
      tot.set(k, t);
    }
  }
  for (const [k, [m, f]] of tot) {
    if (m + f < 100) continue;
    const e = get(k);
    e.fnEn = bucket(m + f);
    e.femEn = Math.round((9 * f) / (m + f));
  }
}
// Census 1990 surnames: frequency in percent of the sample (scaled to a notional 1e7 people).
for (const line of readFileSync(join(data, 'names-en/census-1990/dist.all.last'), 'utf8').split('\n')) {
  const m = /^(\S+)\s+([\d.]+)/.exec(line);
  if (!m) continue;
  get(foldKey(m[1] as string)).snEn = bucket(Math.max(10, Number(m[2]) * 1e5));
}
// Lower-case word frequencies from the shippable corpora.
{
  const lc = { fr: new Map<string, number>(), en: new Map<string, number>() };
  // Gazetteers: one-word (or hyphenated) place and organisation names labelled in the corpora, plus hand lists.
  const gaz = { LOC: new Map<string, number>(), ORG: new Map<string, number>() };
  for (const p of [...FR_CITIES, ...EN_CITIES, ...FR_COUNTRIES, ...EN_COUNTRIES, ...COUNTRIES, ...MORE_PLACES]) if (!p.includes(' ')) gaz.LOC.set(foldKey(p), 8);
  for (const ex of readTrainingCorpora(data)) {
    for (const s of ex.spans) {
      if (s.type === 'PER') continue;
      const v = ex.text.slice(s.start, s.end);
      if (!/^\p{Lu}[\p{L}'’-]+$/u.test(v)) continue;
      const k = foldKey(v);
      gaz[s.type].set(k, (gaz[s.type].get(k) ?? 0) + 1);
    }
    const m = lc[ex.lang];
    for (const t of tokenize(ex.text)) {
      const c = t.text.charAt(0);
      if (c === c.toUpperCase()) continue;
      const k = foldKey(t.text);
      m.set(k, (m.get(k) ?? 0) + 1);
    }
  }
  for (const type of ['LOC', 'ORG'] as const) {
    for (const [k, n] of gaz[type]) {
      const e = get(k);
      const b = Math.max(1, Math.min(9, Math.floor(Math.log2(n + 1))));
      if (type === 'LOC') e.loc = b; else e.org = b;
    }
  }
  for (const lang of ['fr', 'en'] as const) {
    for (const [k, n] of lc[lang]) {
      if (n < 2 || k.length < 2) continue;
      const e = lex.get(k) ?? (n >= 3 ? get(k) : undefined);
      if (!e) continue;
      const b = Math.max(1, Math.min(9, Math.floor(Math.log2(n))));
      if (lang === 'fr') e.lcFr = b; else e.lcEn = b;
    }
  }
}

const keys = [...lex.keys()].sort();
const lines = ["#key\tfnFr fnEn snFr snEn lcFr lcEn femFr femEn loc org (one digit each)"];
for (const k of keys) {
  if (/[\t\n]/.test(k)) continue;
  const e = lex.get(k) as Entry;
  lines.push(`${k}\t${e.fnFr}${e.fnEn}${e.snFr}${e.snEn}${e.lcFr}${e.lcEn}${e.femFr}${e.femEn}${e.loc}${e.org}`);
}
mkdirSync(outDir, { recursive: true });
const gz = gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 });
// gzip header carries an mtime: zero it so that the file is byte-for-byte reproducible.
gz.writeUInt32LE(0, 4);
writeFileSync(join(outDir, 'names-lexicon.tsv.gz'), gz);
console.log(`names-lexicon.tsv.gz: ${keys.length} keys, ${(gz.length / 1024).toFixed(0)} KiB`);
