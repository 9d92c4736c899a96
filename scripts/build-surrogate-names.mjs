#!/usr/bin/env node
// Builds src/transform/data/names.json, the name lists the `surrogate` operator draws from and the first-name ->
// gender/language table it infers from. Inputs (shared/data, licences allow shipping):
//   names-fr/nat2021_csv.zip  INSEE "Fichier des prénoms" 2022 edition, Licence Ouverte 2.0 (attribution: INSEE)
//   names-fr/noms2008nat_txt.txt  INSEE "Les noms de famille en France" (names only), Licence Ouverte 2.0
//   names-en/ssa-national/yob*.txt  US SSA baby names, public domain
//   names-en/census-1990/dist.all.last  US Census 1990 surnames, public domain
// Run: node scripts/build-surrogate-names.mjs [shared/data dir]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findShared() {
  if (process.argv[2]) return process.argv[2];
  let dir = process.cwd();
  for (;;) {
    const c = join(dir, 'shared', 'data');
    if (existsSync(join(c, 'README.md'))) return c;
    const up = dirname(dir);
    if (up === dir) throw new Error('shared/data not found');
    dir = up;
  }
}
const shared = findShared();
const title = (s) => s.toLowerCase().replace(/(^|[-' ])(\p{L})/gu, (_, p, c) => p + c.toUpperCase());
const clean = (s) => /^\p{L}+(?:-\p{L}+)?$/u.test(s);

// French first names: births since 1950, by sex.
const csv = execFileSync('unzip', ['-p', join(shared, 'names-fr', 'nat2021_csv.zip')], { maxBuffer: 64 << 20 }).toString('utf8');
const fr = new Map(); // name -> [m, f]
for (const line of csv.split(/\r?\n/).slice(1)) {
  const [sexe, name, year, n] = line.split(';');
  if (!name || name.startsWith('_') || name.length < 2 || year === 'XXXX' || Number(year) < 1950) continue;
  const t = title(name);
  if (!clean(t)) continue;
  const e = fr.get(t) ?? [0, 0];
  e[sexe === '1' ? 0 : 1] += Number(n);
  fr.set(t, e);
}
// English first names: SSA files from 1950.
const ssaDir = join(shared, 'names-en', 'ssa-national');
const en = new Map();
for (const f of readdirSync(ssaDir).filter((f) => /^yob(\d{4})\.txt$/.test(f) && Number(f.slice(3, 7)) >= 1950)) {
  for (const line of readFileSync(join(ssaDir, f), 'utf8').split(/\r?\n/)) {
    const [name, sex, n] = line.split(',');
    if (!name || !n || name.length < 2) continue;
    const e = en.get(name) ?? [0, 0];
    e[sex === 'M' ? 0 : 1] += Number(n);
    en.set(name, e);
  }
}
const top = (m, idx, k) => [...m].filter(([, c]) => c[idx] > 3 * c[1 - idx]).sort((a, b) => b[1][idx] - a[1][idx]).slice(0, k).map(([n]) => n);
// Gender table: the most frequent names of both languages, 'm' | 'f' | 'x' (ambiguous), with the language where it is
// more frequent (relative to each list's total) so a name's origin can be guessed.
const total = (m) => [...m.values()].reduce((s, c) => s + c[0] + c[1], 0);
const frTot = total(fr), enTot = total(en);
const info = {};
const byCount = (m) => [...m].sort((a, b) => b[1][0] + b[1][1] - a[1][0] - a[1][1]).slice(0, 6000);
for (const [m, lang, tot] of [[fr, 'fr', frTot], [en, 'en', enTot]]) {
  for (const [name, [mm, ff]] of byCount(m)) {
    const key = name.toLowerCase();
    const share = (mm + ff) / tot;
    const prev = info[key];
    if (prev && prev.share >= share) continue;
    info[key] = { g: mm > 4 * ff ? 'm' : ff > 4 * mm ? 'f' : 'x', l: lang, share };
  }
}
const firstInfo = Object.fromEntries(Object.entries(info).sort().map(([k, v]) => [k, v.g + v.l]));

// Surnames. INSEE's list has no frequencies: keep single-word ones of 4-10 letters, every 40th (deterministic sample).
const frLast = readFileSync(join(shared, 'names-fr', 'noms2008nat_txt.txt'), 'utf8').split(/\r?\n/)
  .filter((n) => /^[A-Z]{4,10}$/.test(n)).filter((_, i) => i % 40 === 0).map(title);
const enLast = readFileSync(join(shared, 'names-en', 'census-1990', 'dist.all.last'), 'utf8').split(/\r?\n/)
  .map((l) => l.split(/\s+/)[0]).filter((n) => n && /^[A-Z]{3,12}$/.test(n)).slice(0, 1500).map(title);

const out = {
  attribution: 'First and last names: INSEE, Fichier des prénoms (édition 2022) and Les noms de famille en France (Licence Ouverte 2.0); US Social Security Administration national baby names and US Census Bureau 1990 surnames (public domain).',
  fr: { m: top(fr, 0, 400), f: top(fr, 1, 400), last: frLast },
  en: { m: top(en, 0, 400), f: top(en, 1, 400), last: enLast },
  first: firstInfo,
};
const here = dirname(fileURLToPath(import.meta.url));
const dest = resolve(here, '..', 'src', 'transform', 'data', 'names.json');
writeFileSync(dest, JSON.stringify(out) + '\n');
console.log(`wrote ${dest}: fr ${out.fr.m.length}m/${out.fr.f.length}f/${frLast.length} last, en ${out.en.m.length}m/${out.en.f.length}f/${enLast.length} last, ${Object.keys(firstInfo).length} first names`);
