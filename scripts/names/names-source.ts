/**
 * Name pools for synthetic training text, from the same open lists as the lexicon (INSEE first names with their
 * accents, INSEE surnames, SSA first names, Census surnames) plus a hand-written set of names of many origins, so
 * that the synthetic text shows names the lists lack. Sampling is weighted by frequency and seeded.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readZipMember } from './zip.js';

export interface Pool { items: string[]; cum: number[] }

function pool(entries: Array<[string, number]>): Pool {
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const items: string[] = [];
  const cum: number[] = [];
  let s = 0;
  for (const [k, v] of entries) { s += v; items.push(k); cum.push(s); }
  return { items, cum };
}

export function pick(p: Pool, r: number): string {
  const x = r * (p.cum[p.cum.length - 1] as number);
  let lo = 0, hi = p.cum.length - 1;
  while (lo < hi) { const mid = (lo + hi) >> 1; if ((p.cum[mid] as number) < x) lo = mid + 1; else hi = mid; }
  return p.items[lo] as string;
}

const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[-' ])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

export const WORLD_FIRST = ('Aïcha Mamadou Ngozi Chidi Oluwaseun Kwame Abena Fatoumata Moussa Awa Thi Minh Khoa Hồng Linh Quang ' +
  'Wojciech Małgorzata Agnieszka Dawid Tomasz Piotr Conceição João Inês Gonçalo Siobhán Ciarán Aoife Niamh Rhodri Aled ' +
  'Priya Anjali Harjit Gurpreet Sunita Rajesh Arjun Yusuf Mehdi Rachid Karima Nadjma Saïd Leïla Samira Youssef Hakan ' +
  'Elif Dmitri Olena Svetlana Hyun-woo Ji-ho Mei Xiaoling Wei Haruto Yuki Kofi Naledi Thabo Zanele Adaeze Emeka Ifeoma ' +
  'Tanvir Farah Hodan Ibrahim Björn Sigrid Pieter Anneke Joost Giulia Matteo Alejandro Lucía Mateus Radu Ioana').split(' ');
export const WORLD_LAST = ('Nguyen Tran Pham Le-Minh Diallo Traoré Coulibaly Ndiaye N\'Diaye Ouédraogo Mbaye Okafor Adeyemi Okonkwo ' +
  'Mwangi Kiprotich Boateng Mensah Kowalczyk Zieliński Wiśniewska Nowak Kaczmarek Grabowski Figueiredo Da Silva Ribeiro ' +
  'Gonçalves O\'Sullivan McIlroy Ní Bhriain Pritchard Bhattacharya Raghunathan Dhillon Singh Haddad El Mansouri Benali ' +
  'Bouziane Zerrouki Belkacem Yilmaz Öztürk Ivanov Petrenko Park Kim Chen Wang Tanaka Sato Mokoena Dlamini Van der Berg ' +
  'De Vries Van Damme Rossi Esposito García Fernández Popescu Ravelonjato Msaidie Achebe-Walsh Okoro Farah Hussaini').split(' ');

export interface NamePools { frFirst: Pool; frLast: Pool; enFirst: Pool; enLast: Pool }

export function loadNamePools(data: string): NamePools {
  const fr = new Map<string, number>();
  const csv = readZipMember(join(data, 'names-fr/nat2021_csv.zip'), 'nat2021.csv').toString('utf8');
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const [, name, , nombre] = line.split(';');
    if (!name || name.startsWith('_') || name.length < 2) continue;
    fr.set(name, (fr.get(name) ?? 0) + (Number(nombre) || 0));
  }
  // Square root of the frequency: common names stay common without drowning the tail.
  const frFirst = [...fr].filter(([, n]) => n >= 200).map(([k, n]): [string, number] => [titleCase(k), Math.sqrt(n)]);
  for (const n of WORLD_FIRST) frFirst.push([n, 40]);
  const frLast: Array<[string, number]> = readFileSync(join(data, 'names-fr/noms2008nat_txt.txt'), 'utf8').split('\n')
    .map((s) => s.trim()).filter((s) => s.length > 1 && /^[A-Z' -]+$/.test(s)).map((s): [string, number] => [titleCase(s), 1]);
  for (const n of WORLD_LAST) frLast.push([n, 200]);
  const en = new Map<string, number>();
  const dir = join(data, 'names-en/ssa-national');
  for (const f of readdirSync(dir).filter((x) => /^yob\d{4}\.txt$/.test(x)).sort()) {
    for (const line of readFileSync(join(dir, f), 'utf8').split(/\r?\n/)) {
      const [name, , count] = line.split(',');
      if (name && count) en.set(name, (en.get(name) ?? 0) + Number(count));
    }
  }
  const enFirst = [...en].filter(([, n]) => n >= 500).map(([k, n]): [string, number] => [k, Math.sqrt(n)]);
  for (const n of WORLD_FIRST) enFirst.push([n, 60]);
  const enLast: Array<[string, number]> = [];
  for (const line of readFileSync(join(data, 'names-en/census-1990/dist.all.last'), 'utf8').split('\n')) {
    const m = /^(\S+)\s+([\d.]+)/.exec(line);
    if (m) enLast.push([titleCase(m[1] as string).replace(/^Mc(\p{L})/u, (_x, c: string) => `Mc${c.toUpperCase()}`), Math.sqrt(Number(m[2]) + 0.001)]);
  }
  for (const n of WORLD_LAST) enLast.push([n, 2]);
  return { frFirst: pool(frFirst), frLast: pool(frLast), enFirst: pool(enFirst), enLast: pool(enLast) };
}
