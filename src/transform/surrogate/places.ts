/**
 * Places: street addresses keep their postcode and city (the "same area" the issue asks for) and get another
 * number and street; a city alone becomes another city of the same country; GPS points move by a keyed offset
 * of at most about 2 km, keeping their precision.
 */
import type { ProjectKey } from '../keys.js';
import { matchCase } from '../text-case.js';
import { differentFrom, reshape, rngFor } from './rng.js';

const STREETS = {
  fr: ['rue de la République', 'rue Victor Hugo', 'avenue Jean Jaurès', 'rue Pasteur', 'rue de la Gare', 'place de la Mairie',
    'rue des Écoles', 'boulevard Gambetta', 'rue du Moulin', 'chemin des Vignes', 'rue des Tilleuls', 'allée des Peupliers',
    'rue de l’Église', 'avenue de la Libération', 'rue du Château', 'impasse des Roses', 'rue Jean Moulin', 'rue des Acacias',
    'avenue du Général Leclerc', 'rue de la Fontaine', 'rue du Stade', 'quai de la Loire', 'rue des Jardins', 'rue Saint-Martin'],
  en: ['High Street', 'Station Road', 'Main Street', 'Church Lane', 'Park Road', 'Victoria Road', 'Green Lane', 'Manor Road',
    'Oak Avenue', 'Maple Street', 'Mill Lane', 'Elm Street', 'King Street', 'Queens Road', 'New Road', 'Grove Road',
    'Cedar Avenue', 'Pine Street', 'Washington Avenue', 'Lake Street', 'Hill Street', 'School Lane', 'North Street', 'West Avenue'],
};
const CITIES = {
  fr: ['Lyon', 'Marseille', 'Toulouse', 'Nice', 'Nantes', 'Strasbourg', 'Montpellier', 'Bordeaux', 'Lille', 'Rennes', 'Reims',
    'Le Havre', 'Toulon', 'Grenoble', 'Dijon', 'Angers', 'Nîmes', 'Clermont-Ferrand', 'Tours', 'Limoges', 'Amiens', 'Metz',
    'Besançon', 'Perpignan', 'Orléans', 'Rouen', 'Caen', 'Nancy', 'Brest', 'Poitiers', 'Pau', 'Annecy', 'Quimper', 'Valence'],
  en: ['Manchester', 'Birmingham', 'Leeds', 'Bristol', 'Liverpool', 'Sheffield', 'Glasgow', 'Edinburgh', 'Cardiff', 'Leicester',
    'Nottingham', 'Brighton', 'Oxford', 'Cambridge', 'York', 'Boston', 'Chicago', 'Denver', 'Seattle', 'Portland', 'Austin',
    'Phoenix', 'Atlanta', 'Dallas', 'Houston', 'Columbus', 'Detroit', 'Baltimore', 'Milwaukee', 'Sacramento', 'Tucson'],
};

const POSTCODE = /\b(\d{5}|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[A-Z]{2}\s+\d{5}(?:-\d{4})?)\b/;

/** "12 rue des Lilas, 69003 Lyon" -> "47 rue Pasteur, 69003 Lyon". */
export function surrogateAddress(key: ProjectKey, value: string, lang: 'fr' | 'en'): string {
  const rng = rngFor(key, 'address', value);
  const pc = POSTCODE.exec(value);
  let head: string;
  let tail: string;
  if (pc && pc.index > 0) { head = value.slice(0, pc.index); tail = value.slice(pc.index); } else {
    const comma = value.lastIndexOf(',');
    if (comma > 0) { head = value.slice(0, comma); tail = value.slice(comma); } else { head = value; tail = ''; }
  }
  // UK full postcodes pin down a handful of addresses: keep the outward code (district), draw the inward one.
  tail = tail.replace(/\b([A-Z]{1,2}\d[A-Z\d]?)(\s*)(\d[A-Z]{2})\b/, (_, out: string, sp: string, inw: string) => out + sp + reshape(inw, rng));
  // The head is "street[, building][, locality]": the first part with a number becomes another street, other
  // parts with digits are reshaped, a trailing part without digits (the locality) is kept.
  const parts = head.split(/(,\s*)/);
  let streetDone = false;
  const lastText = parts.length > 1 ? parts.length - 1 - (parts[parts.length - 1]!.trim() === '' ? 2 : 0) : -1;
  const out = parts.map((part, i) => {
    if (i % 2 === 1 || part.trim() === '') return part;
    if (i === lastText && !/\d/.test(part) && parts.length > 2) return part;
    if (!streetDone && (/\d/.test(part) || i === 0)) { streetDone = true; return newStreetLine(key, part, lang); }
    return /\d/.test(part) ? reshape(part, rng) : part;
  });
  return out.join('') + tail;
}

function newStreetLine(key: ProjectKey, part: string, lang: 'fr' | 'en'): string {
  const lead = /^\s*/.exec(part)![0];
  const trail = /\s*$/.exec(part)![0];
  const street = part.trim();
  const num = /^\d+/.test(street);
  return lead + differentFrom(street, (a) => {
    const r = rngFor(key, `street${a}`, street);
    const name = r.pick(STREETS[lang]);
    return matchCase(street, num ? `${1 + r.int(150)} ${name}` : name);
  }) + trail;
}

export function surrogateCity(key: ProjectKey, value: string, lang: 'fr' | 'en', avoid?: ReadonlySet<string>): string {
  const rng = rngFor(key, 'city', value);
  return matchCase(value, differentFrom(value, () => rng.pick(CITIES[lang]), avoid));
}

const GPS = /(-?\d{1,3}\.\d+)(\s*°?\s*[NS]?\s*[,;\s]\s*)(-?\d{1,3}\.\d+)/;

export function surrogateGps(key: ProjectKey, value: string): string {
  const m = GPS.exec(value);
  if (!m) return differentFrom(value, (a) => reshape(value, rngFor(key, `gps${a}`, value)));
  const rng = rngFor(key, 'gps', value);
  const move = (s: string) => {
    const dec = s.split('.')[1]!.length;
    const off = ((rng.int(2001) - 1000) / 1000) * 0.02 || 0.01;
    return (Number(s) + off).toFixed(dec);
  };
  return value.slice(0, m.index) + move(m[1]!) + m[2]! + move(m[3]!) + value.slice(m.index + m[0].length);
}

/** Rounds both coordinates to a grid of `step` degrees (0.1° is about 11 km). */
export function generaliseGps(value: string, step: number): string | undefined {
  const m = GPS.exec(value);
  if (!m) return undefined;
  const dec = Math.max(0, -Math.floor(Math.log10(step)));
  const round = (s: string) => (Math.floor(Number(s) / step) * step).toFixed(dec);
  return value.slice(0, m.index) + round(m[1]!) + m[2]! + round(m[3]!) + value.slice(m.index + m[0].length);
}

/** Keeps the city (and the French department number) of an address: "12 rue des Lilas, 69003 Lyon" -> "Lyon (69)". */
export function generaliseAddress(value: string): string | undefined {
  const fr = /\b(\d{5})\s+([\p{L}' -]+?)\s*(?:cedex\b.*)?$/iu.exec(value);
  if (fr) {
    const dep = fr[1]!.startsWith('97') ? fr[1]!.slice(0, 3) : fr[1]!.slice(0, 2);
    return `${fr[2]!.trim()} (${dep})`;
  }
  const comma = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (comma.length >= 2) return comma[comma.length - 1]!.replace(/\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/, (pc) => pc.split(/\s/)[0]!.replace(/\d[A-Z]{2}$/, '')).trim();
  return undefined;
}
