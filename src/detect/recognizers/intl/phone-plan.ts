/**
 * Phone number validity from libphonenumber-js's full metadata, compiled once per country into one regex.
 * `PhoneNumber.isValid()` walks the country's number types (fixed line, mobile, toll free, VoIP…) testing each
 * pattern, and costs 8-30 µs a number; a document with hundreds of numbers spends most of its detection time there.
 * Here the same patterns (national number pattern AND one of the type patterns, exactly what makes a number's type
 * known, which is what `isValid()` checks) are joined into a single anchored regex per country: well under a
 * microsecond, same answers (checked against `isValid()` in phone-plan.test.ts).
 * Spec: https://gitlab.com/catamphetamine/libphonenumber-js#metadata
 */
import * as core from 'libphonenumber-js/core';
import metadataJson from 'libphonenumber-js/metadata.max.json';

/** The part of libphonenumber-js's Metadata class used here (exported by `core`, not in its type definitions). */
interface NumberingPlan {
  nationalNumberPattern(): string;
  type(t: string): { pattern(): string } | undefined;
}
interface MetadataApi {
  selectNumberingPlan(country: string): void;
  numberingPlan: NumberingPlan;
}

const TYPES = ['FIXED_LINE', 'MOBILE', 'TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];

const MetadataClass = (core as unknown as { Metadata: new (m: unknown) => MetadataApi }).Metadata;
const metadata = new MetadataClass(metadataJson);
const callingCodes = metadataJson.country_calling_codes as Record<string, string[]>;

/** Compiled validity regex per country (static data, built on first use). */
const compiled = new Map<string, RegExp | null>();

function countryRegex(country: string): RegExp | null {
  let re = compiled.get(country);
  if (re !== undefined) return re;
  re = null;
  if (country in (metadataJson.countries as Record<string, unknown>)) {
    metadata.selectNumberingPlan(country);
    const plan = metadata.numberingPlan;
    const types = TYPES.map((t) => plan.type(t)?.pattern()).filter((p): p is string => Boolean(p));
    if (types.length > 0) re = new RegExp(`^(?=(?:${plan.nationalNumberPattern()})$)(?:${types.map((p) => `(?:${p})`).join('|')})$`);
  }
  compiled.set(country, re);
  return re;
}

/** Is this national significant number (digits after the trunk prefix) valid in `country`? */
export function validNational(country: string, nsn: string): boolean {
  return countryRegex(country)?.test(nsn) ?? false;
}

/** The country in which these international digits (calling code + national number, no `+`) are valid, if any. */
export function validInternational(digits: string): string | undefined {
  for (let len = 1; len <= 3 && len < digits.length; len++) {
    const countries = callingCodes[digits.slice(0, len)];
    if (!countries) continue;
    const nsn = digits.slice(len);
    return countries.find((c) => validNational(c, nsn));
  }
  return undefined;
}
