/**
 * Maps @openredaction/openredaction's detection types onto Tamis entity types, so its output can be scored with the
 * same span-overlap scoring. Types with no Tamis counterpart map to null (ignored).
 */
import { OpenRedaction } from '@openredaction/openredaction';
import type { Span } from './score.js';

export function mapOpenRedactionType(t: string): string | null {
  if (t === 'EMAIL') return 'EMAIL';
  if (t.startsWith('PHONE')) return 'PHONE';
  if (t === 'IPV4' || t === 'IPV6') return 'IP_ADDRESS';
  if (t === 'IBAN' || t === 'UK_BANK_ACCOUNT_IBAN') return 'IBAN';
  if (t === 'CREDIT_CARD') return 'CREDIT_CARD';
  if (t === 'FRENCH_SOCIAL_SECURITY') return 'FR_NIR';
  if (['SSN', 'NATIONAL_INSURANCE_UK', 'SPANISH_DNI', 'ITALIAN_FISCAL_CODE'].includes(t)) return 'NATIONAL_ID';
  if (t === 'USERNAME' || t.endsWith('_USERNAME') || t === 'SOCIAL_MEDIA_HANDLE' || t === 'LINKEDIN_PROFILE') return 'USERNAME';
  if (t === 'MAC_ADDRESS') return 'MAC_ADDRESS';
  if (t.endsWith('LICENSE_PLATE')) return 'LICENSE_PLATE';
  if (/(?:API_KEY|SECRET|_TOKEN|PRIVATE_KEY|ACCESS_KEY|SECRET_KEY)$/.test(t) && t !== 'PAYMENT_TOKEN') return 'CREDENTIAL';
  return null;
}

/** Runs openredaction on one text and returns its findings as Tamis-typed spans. */
export function openRedactionSpans(shield: OpenRedaction, text: string): Span[] {
  const r = shield.detect(text);
  const out: Span[] = [];
  for (const d of r.detections) {
    const type = mapOpenRedactionType(d.type);
    if (type) out.push({ type, start: d.position[0], end: d.position[1] });
  }
  return out;
}

export { OpenRedaction };
