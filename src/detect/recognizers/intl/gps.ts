/**
 * GPS_COORDINATES: latitude/longitude pairs in decimal degrees (`48.8566, 2.3522`, `48.8566° N, 2.3522° E`) with
 * plausible ranges (|lat| <= 90, |lon| <= 180) and a precision that locates a place (>= 4 decimals bare, >= 2 with a
 * hemisphere letter or a context word), and in degrees-minutes-seconds (`48°51'24"N 2°21'08"E`).
 * Spec: ISO 6709.
 */
import { PatternRecognizer, type ValidationResult } from '../../recognizer.js';

// First character consumed before the edge lookbehind (keeps V8's fast scan).
const DEC = /(?:-\d|\d)(?<![\w.,]-?\d)(\d?[.,]\d{2,8})\s?°?\s?([NS])?\s?[,;/ ]\s?(-?\d{1,3}[.,]\d{2,8})\s?°?\s?([EWO])?(?![\w]|[.,]\d)/g;
const DMS = /\d(?<![\w]\d)\d?\s?°\s?\d{1,2}\s?['′’]\s?(?:\d{1,2}(?:[.,]\d+)?\s?(?:["″”]|'')\s?)?[NS][ ,;]{0,3}\d{1,3}\s?°\s?\d{1,2}\s?['′’]\s?(?:\d{1,2}(?:[.,]\d+)?\s?(?:["″”]|'')\s?)?[EWO](?![\w])/g;

export function validateDecimalPair(v: string): ValidationResult {
  const m = /^(-?\d{1,2})[.,](\d+)\s?°?\s?([NS])?\s?[,;/ ]\s?(-?\d{1,3})[.,](\d+)\s?°?\s?([EWO])?$/.exec(v);
  if (!m) return { valid: false };
  const lat = Math.abs(Number(m[1]));
  const lon = Math.abs(Number(m[4]));
  if (lat > 90 || lon > 180) return { valid: false };
  // A "12,34 56,78" list of prices with a comma decimal mark is not a coordinate: require a dot if the pair
  // separator is a comma-like character.
  const hemis = Boolean(m[3] || m[6]);
  const minDec = Math.min((m[2] as string).length, (m[5] as string).length);
  if (hemis) return { valid: true, score: 0.85, note: 'lat/lon with hemispheres' };
  // A bare pair of decimals is as often two measurements: high precision alone is a weak signal, a context word
  // (gps, latitude, position...) or a lat/lon column header makes it a coordinate.
  if (minDec >= 5) return { valid: true, score: 0.55, note: 'plausible lat/lon, high precision' };
  return { valid: true, score: minDec >= 4 ? 0.45 : 0.3, note: 'plausible lat/lon, needs context' };
}

export const gpsRecognizer = new PatternRecognizer({
  name: 'gps',
  type: 'GPS_COORDINATES',
  // Bare pairs need >= 4 decimals; shorter ones need a degree sign or a hemisphere letter.
  prefilter: (t) => t.includes('°') || /[.,](?:\d{4}|\d\d ?[NS]\b)/.test(t),
  patterns: [
    { name: 'decimal', regex: DEC, score: 0.6 },
    { name: 'dms', regex: DMS, score: 0.85 },
  ],
  validate: (v) => (/°\s?\d{1,2}\s?['′’]/.test(v) ? null : validateDecimalPair(v)),
  context: {
    fr: ['gps', 'coordonnées', 'latitude', 'longitude', 'lat', 'lon', 'position', 'localisation', 'géolocalisation'],
    en: ['gps', 'coordinates', 'latitude', 'longitude', 'lat', 'lng', 'lon', 'location', 'position', 'geo'],
  },
  contextBoost: 0.3,
  negativeContext: { fr: ['€', 'prix', 'total', 'montant', 'version'], en: ['$', '£', '€', 'price', 'total', 'amount', 'version'] },
  negativeWindow: 20,
});
