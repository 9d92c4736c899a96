/**
 * Surrogates for contact details and network identifiers. Where a range is reserved for fiction or documentation,
 * the surrogate is drawn from it, so it can never reach a real person (docs/pseudonymise.md lists them):
 *  - phones: ARCEP fiction numbers (France), Ofcom drama numbers (UK), 555-01XX (North America);
 *  - IPv4 RFC 5737 documentation blocks, IPv6 2001:db8::/32 (RFC 3849), MAC 00:00:5E:00:53:xx (RFC 7042);
 *  - e-mail and URL hosts outside public webmail: example.com/.net/.org (RFC 2606).
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { ProjectKey } from '../keys.js';
import type { KeyedRng } from '../prf.js';
import { normaliseForKey } from '../prf.js';
import { fillDigits, fillTemplate, foldAscii, matchCase } from '../text-case.js';
import { isKnownFirstName, surrogateFirst, surrogateLast } from './names.js';
import { differentFrom, reshape, rngFor } from './rng.js';

/** Webmail domains shared by millions of users: keeping them identifies nobody and keeps the text natural. */
const PUBLIC_MAIL = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.fr', 'hotmail.com', 'hotmail.fr', 'outlook.com', 'outlook.fr',
  'live.com', 'live.fr', 'msn.com', 'icloud.com', 'me.com', 'aol.com', 'orange.fr', 'wanadoo.fr', 'free.fr', 'sfr.fr',
  'laposte.net', 'neuf.fr', 'bbox.fr', 'protonmail.com', 'proton.me', 'gmx.com', 'gmx.fr', 'mail.com', 'yandex.com',
]);
const EXAMPLE_DOMAINS = ['example.com', 'example.org', 'example.net'];
const ROLE_WORDS = new Set(['contact', 'info', 'infos', 'support', 'admin', 'noreply', 'no', 'reply', 'hello', 'bonjour', 'rh', 'hr', 'sales',
  'service', 'accueil', 'compta', 'jobs', 'recrutement', 'dpo', 'privacy', 'webmaster', 'team', 'equipe']);

export function surrogateDomain(key: ProjectKey, domain: string): string {
  if (PUBLIC_MAIL.has(domain.toLowerCase())) return domain;
  return matchCase(domain, rngFor(key, 'domain', domain).pick(EXAMPLE_DOMAINS));
}

export interface EmailPerson { first: string[]; last: string[] }

/**
 * An e-mail rebuilt from the surrogate name: "marie.dubois@acme.fr" -> "claire.lefevre@example.org" when the local
 * part spells a name (or is linked to a person of the document); other words are replaced by surnames, digits by
 * digits; role words (contact, support...) are kept.
 */
export function surrogateEmail(key: ProjectKey, email: string, lang: 'fr' | 'en', person?: EmailPerson, avoid?: ReadonlySet<string>): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return reshape(email, rngFor(key, 'email', email));
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const first = new Set(person?.first ?? []);
  const last = new Set(person?.last ?? []);
  const firstInitial = person?.first[0]?.[0];
  const build = (attempt: number) => local.replace(/[\p{L}\p{M}]+|\d+/gu, (w) => {
    const n = normaliseForKey(w);
    if (/^\d+$/.test(w)) return rngFor(key, `email-digits${attempt}`, email + w).digits(w.length);
    if (first.has(n) || (!last.has(n) && isKnownFirstName(w) && !ROLE_WORDS.has(n))) return mailWord(w, surrogateFirst(key, w, lang, avoid));
    if (last.has(n)) return mailWord(w, surrogateLast(key, w, lang, avoid));
    // "ferhatmorel" for Ferhat-Morel: the surrogate surname without its hyphen.
    if (person && n === person.last.join('').replace(/-/g, '')) return mailWord(w, person.last.map((l) => surrogateLast(key, l, lang, avoid)).join('').replace(/-/g, ''));
    if (n.length === 1 && n === firstInitial && person) return mailWord(w, surrogateFirst(key, person.first[0]!, lang, avoid)[0]!);
    if (ROLE_WORDS.has(n)) return w;
    if (person && n.length > 1 && n.endsWith(person.last.join('')) && n.length === person.last.join('').length + 1) {
      return mailWord(w, surrogateFirst(key, person.first[0]!, lang, avoid)[0]! + person.last.map((l) => surrogateLast(key, l, lang, avoid)).join(''));
    }
    return mailWord(w, surrogateLast(key, attempt === 0 ? w : `${w}#${attempt}`, lang, avoid));
  });
  return differentFrom(email, (attempt) => `${build(attempt)}@${surrogateDomain(key, domain)}`);
}

/** A surrogate word for the e-mail word `original`: e-mail letters in the original's case. */
function mailWord(original: string, surrogate: string): string {
  return matchCase(original, mailSafe(surrogate));
}

/** A surrogate name as e-mail letters: accents folded, lower case, only a-z and hyphens (memoised: names repeat). */
function mailSafe(s: string): string {
  let r = mailSafeCache.get(s);
  if (r === undefined) {
    r = foldAscii(s).toLowerCase().replace(/[^a-z-]/g, '');
    if (mailSafeCache.size >= 10_000) mailSafeCache.clear();
    mailSafeCache.set(s, r);
  }
  return r;
}
const mailSafeCache = new Map<string, string>();

/** Fiction numbers by country; each function gets the national significant number and returns a fictitious one. */
const FICTION: Record<string, (nsn: string, rng: KeyedRng) => string | undefined> = {
  // ARCEP, plan national de numérotation (décision 2018-0881 modifiée): blocks reserved for fiction works.
  FR: (nsn, rng) => {
    const block: Record<string, string> = { '1': '19900', '2': '26191', '3': '35301', '4': '46571', '5': '53649', '6': '63998', '7': '63998' };
    const b = block[nsn[0] ?? ''] ?? '19900';
    return nsn.length === 9 ? b + rng.digits(4) : undefined;
  },
  // Ofcom numbers for TV and radio drama: 07700 900xxx mobiles, 020 7946 0xxx London, 01632 960xxx elsewhere.
  GB: (nsn, rng) => {
    if (nsn.startsWith('7')) return '7700900' + rng.digits(3);
    if (nsn.startsWith('20')) return '2079460' + rng.digits(3);
    return '1632960' + rng.digits(3);
  },
  // North American Numbering Plan: 555-0100 to 555-0199 are reserved for fictional use; the area code is kept.
  US: (nsn, rng) => (nsn.length === 10 ? nsn.slice(0, 3) + '55501' + rng.digits(2) : undefined),
  CA: (nsn, rng) => (nsn.length === 10 ? nsn.slice(0, 3) + '55501' + rng.digits(2) : undefined),
};

/** A phone number of the same country and written form, from the fiction range where the country has one. */
export function surrogatePhone(key: ProjectKey, value: string, lang: 'fr' | 'en'): string {
  const digits = value.replace(/\D/g, '');
  const rng = rngFor(key, 'phone', digits);
  const parsed = phoneParts(value, lang);
  const country = parsed?.country ?? (lang === 'fr' ? 'FR' : undefined);
  const nsn = parsed ? parsed.nsn : digits.replace(/^0/, '');
  const fiction = country ? FICTION[country]?.(nsn, rng) : undefined;
  if (fiction && nsn.length <= digits.length) {
    // Keep the prefix the text used (0, +33, 0033...), replace the national part.
    const prefix = digits.slice(0, digits.length - nsn.length);
    const newDigits = prefix + fiction;
    const filled = newDigits.length === digits.length ? fillDigits(value, newDigits) : undefined;
    if (filled && filled !== value) return filled;
    if (!filled) {
      const cc = value.trim().startsWith('+') ? digits.slice(0, digits.length - nsn.length) : '';
      return cc ? `+${cc} ${fiction}` : `0${fiction}`;
    }
  }
  // No fiction range known: keep the country prefix and the first two national digits, draw the rest.
  const keep = digits.length - nsn.length + 2;
  return differentFrom(value, (a) => fillDigits(value, digits.slice(0, keep) + rngFor(key, `phone${a}`, digits).digits(digits.length - keep))!);
}

/**
 * The national significant number and country of a phone number. The common written forms of French, UK and North
 * American numbers are recognised directly (libphonenumber's full parse costs tens of microseconds); anything else
 * goes to libphonenumber.
 */
export function phoneParts(value: string, lang: 'fr' | 'en'): { country: string | undefined; nsn: string } | undefined {
  const d = value.replace(/\D/g, '');
  const plus = value.trimStart().startsWith('+');
  const intl = plus ? d : d.startsWith('00') ? d.slice(2) : undefined;
  if (intl !== undefined) {
    if (/^33[1-9]\d{8}$/.test(intl)) return { country: 'FR', nsn: intl.slice(2) };
    if (/^44[1-9]\d{9}$/.test(intl)) return { country: 'GB', nsn: intl.slice(2) };
    if (/^1[2-9]\d{9}$/.test(intl)) return { country: 'US', nsn: intl.slice(1) };
  } else if (/^0[1-9]\d{8}$/.test(d) && lang === 'fr') {
    return { country: 'FR', nsn: d.slice(1) };
  } else if (lang === 'en' && FR_NATIONAL_PLAIN.test(value) && /^0[2-79]/.test(d)) {
    // A French national number in English text: under libphonenumber's metadata no UK (GB, GG, IM, JE) or North
    // American number has this form (9 national digits starting 2-7 or 9; 10 digits starting 0), and every one is
    // a valid French number, so parsePhone below would return exactly this after three parses.
    return { country: 'FR', nsn: d.slice(1) };
  } else if (/^0[1-9]\d{9}$/.test(d) && lang === 'en') {
    return { country: 'GB', nsn: d.slice(1) };
  } else if (/^[2-9]\d{9}$/.test(d) && lang === 'en') {
    return { country: 'US', nsn: d };
  }
  const p = parsePhone(value, lang);
  return p ? { country: p.country, nsn: String(p.nationalNumber) } : undefined;
}

/** 0X XX XX XX XX with one kind of separator (space, dot, hyphen) or none. */
const FR_NATIONAL_PLAIN = /^0\d(?:( ?)\d\d(?:\1\d\d){3}|(\.)\d\d(?:\2\d\d){3}|(-)\d\d(?:\3\d\d){3})$/;

/** The most plausible reading: French numbers in French text; in English text, whichever of UK / US is valid. */
export function parsePhone(value: string, lang: 'fr' | 'en') {
  const tries = (lang === 'fr' ? ['FR', 'GB', 'US'] : ['GB', 'US', 'FR']) as ('FR' | 'GB' | 'US')[];
  let possible;
  for (const c of tries) {
    const p = parsePhoneNumberFromString(value, c);
    if (p?.isValid()) return p;
    if (p?.isPossible() && !possible) possible = p;
  }
  return possible;
}


export function surrogateIp(key: ProjectKey, value: string): string {
  const rng = rngFor(key, 'ip', value);
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(value)) {
    const block = rng.pick(['192.0.2', '198.51.100', '203.0.113']);
    return differentFrom(value, () => `${block}.${1 + rng.int(254)}`);
  }
  return differentFrom(value, () => `2001:db8:${rng.int(0x10000).toString(16)}::${(1 + rng.int(0xfffe)).toString(16)}`);
}

export function surrogateMac(key: ProjectKey, value: string): string {
  const rng = rngFor(key, 'mac', value);
  const hex = '00005E0053' + rng.int(256).toString(16).padStart(2, '0').toUpperCase();
  const filled = fillTemplate(value, value === value.toLowerCase() ? hex.toLowerCase() : hex);
  return filled && filled !== value ? filled : `00:00:5E:00:53:${hex.slice(10)}`;
}

export function surrogateUrl(key: ProjectKey, value: string): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)?([^/?#\s]+)(.*)$/i.exec(value);
  if (!m) return reshape(value, rngFor(key, 'url', value));
  const [, scheme = '', host = '', rest = ''] = m;
  const rng = rngFor(key, 'url', value);
  const newHost = (host.startsWith('www.') ? 'www.' : '') + rng.pick(EXAMPLE_DOMAINS);
  return differentFrom(value, () => scheme + newHost + reshape(rest, rng));
}

/** Handles keep their shape ("@jdupont75" -> "@kfhrwzt31"). */
export function surrogateUsername(key: ProjectKey, value: string): string {
  return differentFrom(value, (a) => reshape(value, rngFor(key, `user${a}`, value)));
}
