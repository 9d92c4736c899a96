/**
 * IP_ADDRESS: IPv4 (dotted quad, octets 0-255, optional :port outside the span) and IPv6 (RFC 4291 text forms,
 * including `::` compression and an embedded IPv4 tail; RFC 5952). Version numbers written like addresses
 * ("version 1.2.3.4", "SDK 4.12.0.3") are dropped by negative context; 0.0.0.0 and netmasks (255.x) are not
 * addresses of anyone.
 */
import { PatternRecognizer, type ValidationResult } from '../../recognizer.js';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const V4 = `${OCTET}(?:\\.${OCTET}){3}`;
const V4_EXACT = new RegExp(`^${V4}$`);
// Octet ranges are checked in validateIpv4 (keeps the regex a plain digit scan).
const IPV4_RE = /\d(?<!(?:[\w.-]|\d\.)\d)\d{0,2}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w]|\.\d|-\d)/g;
// Candidate: hex groups and colons with at least two colons; validated by a real parser below.
// Candidate, anchored on its first colon (rare in prose, unlike hex letters): the hex group before it is checked by
// the lookbehind and added back to the span in the validate hook; the parser in validateIpv6 decides.
const IPV6_RE = /:(?<=(?<![\w:.])[0-9A-Fa-f]{0,4}:)[0-9A-Fa-f:.]{1,44}(?![\w])/g;

const VERSION_WORDS = {
  fr: ['version', 'v', 'ver', 'sdk', 'release', 'build', 'firmware', 'mise à jour', 'révision', 'appli', 'logiciel', 'norme', 'article', 'section', 'chapitre', 'paragraphe'],
  en: ['version', 'v', 'ver', 'sdk', 'release', 'build', 'firmware', 'update', 'revision', 'rev', 'app', 'section', 'chapter', 'clause', 'figure', 'table', 'oid'],
};

export function validateIpv4(v: string): ValidationResult {
  if (!V4_EXACT.test(v)) return { valid: false };
  if (v === '0.0.0.0' || v.startsWith('255.') || v === '127.0.0.1') return { valid: false };
  return { valid: true, note: 'octets in range' };
}

/** RFC 4291 section 2.2: eight 16-bit groups, one `::` at most, optional IPv4 tail counting for two groups. */
/** Validates the candidate together with the hex group written before its first colon. */
function validateIpv6At(value: string, text: string, start: number): ValidationResult {
  const head = /[0-9A-Fa-f]{0,4}$/.exec(text.slice(Math.max(0, start - 4), start))?.[0] ?? '';
  const r = validateIpv6(head + value);
  if (!r.valid) return r;
  const end = r.trim ? r.trim.end - head.length : value.length;
  return { ...r, trim: { start: -head.length, end } };
}

export function validateIpv6(written: string): ValidationResult {
  // Sentence punctuation glued to the address ("…::1.", "fe80::1:") is not part of it.
  const v = written.replace(/[.:]+$/, (m) => (m.startsWith('::') ? '::' : ''));
  const r = validateIpv6Core(v.toLowerCase());
  return r.valid && v.length < written.length ? { ...r, trim: { start: 0, end: v.length } } : r;
}

function validateIpv6Core(s: string): ValidationResult {
  if ((s.match(/::/g) ?? []).length > 1 || s.includes(':::')) return { valid: false };
  let groups = s.split(':');
  let need = 8;
  const last = groups[groups.length - 1] ?? '';
  if (last.includes('.')) {
    if (!V4_EXACT.test(last)) return { valid: false };
    groups = groups.slice(0, -1);
    need = 6;
  }
  const compressed = s.includes('::');
  const nonEmpty = groups.filter((g) => g !== '');
  if (nonEmpty.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return { valid: false };
  if (compressed ? nonEmpty.length >= need : nonEmpty.length !== need) return { valid: false };
  if (!compressed && groups.some((g) => g === '')) return { valid: false };
  // A compressed form must still look like an address, not a time or a C++ scope (`12::30`, `std::vector`).
  if (compressed && nonEmpty.length + (need === 6 ? 2 : 0) < 2 && s !== '::1') return { valid: false };
  if (!/[a-f]/.test(s) && nonEmpty.every((g) => g.length <= 2) && !compressed) return { valid: false };
  return { valid: true, note: compressed ? 'valid compressed IPv6' : 'valid IPv6' };
}

export const ipv4Recognizer = new PatternRecognizer({
  name: 'ipv4',
  type: 'IP_ADDRESS',
  prefilter: (t) => t.includes('.'),
  patterns: [{ name: 'ipv4', regex: IPV4_RE, score: 0.85 }],
  validate: (v) => validateIpv4(v),
  context: { fr: ['ip', 'adresse ip', 'serveur', 'hôte', 'connexion'], en: ['ip', 'ip address', 'host', 'server', 'from', 'client'] },
  contextBoost: 0.1,
  negativeContext: VERSION_WORDS,
  negativeWindow: 20,
  negativePenalty: 0.6,
});

export const ipv6Recognizer = new PatternRecognizer({
  name: 'ipv6',
  type: 'IP_ADDRESS',
  // Two colons around at most 4 hex digits: a literal-first scan, much cheaper than the candidate regex.
  prefilter: (t) => /:[0-9A-Fa-f]{0,4}:/.test(t),
  patterns: [{ name: 'ipv6', regex: IPV6_RE, score: 0.85 }],
  validate: (v, text, start) => validateIpv6At(v, text, start),
  context: { fr: ['ip', 'ipv6', 'adresse'], en: ['ip', 'ipv6', 'address', 'from'] },
  contextBoost: 0.1,
});
