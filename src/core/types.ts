/**
 * Core data contracts shared by every layer. See DESIGN.md "Data contracts".
 * Entity type and sensitive category names are a public contract: add, never rename.
 */

export const ENTITY_TYPES = [
  'PERSON', 'EMAIL', 'PHONE', 'POSTAL_ADDRESS', 'LOCATION', 'DATE_OF_BIRTH',
  'IP_ADDRESS', 'MAC_ADDRESS', 'URL', 'USERNAME', 'IBAN', 'CREDIT_CARD',
  'FR_NIR', 'FR_SIREN', 'FR_SIRET', 'NATIONAL_ID', 'LICENSE_PLATE',
  'GPS_COORDINATES', 'CREDENTIAL',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export function isEntityType(s: string): s is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(s);
}

/** GDPR Art. 9 special categories and Art. 10 criminal data. */
export const SENSITIVE_CATEGORIES = [
  'HEALTH', 'RELIGION', 'POLITICAL_OPINION', 'TRADE_UNION', 'SEXUAL_ORIENTATION',
  'ETHNIC_ORIGIN', 'GENETIC', 'BIOMETRIC', 'CRIMINAL_OFFENCE',
] as const;
export type SensitiveCategory = (typeof SENSITIVE_CATEGORIES)[number];

export function isSensitiveCategory(s: string): s is SensitiveCategory {
  return (SENSITIVE_CATEGORIES as readonly string[]).includes(s);
}

/** Languages Tamis has resources for; `other` means detected but unsupported. */
export type Lang = 'fr' | 'en';
export type DetectedLang = Lang | 'other';

/** Why a finding was reported: the explanation every finding carries. */
export interface Explanation {
  /** Name of the pattern (or model/lexicon rule) that matched. */
  pattern: string;
  /** Outcome of the checksum / structural validation, when the recognizer has one. */
  validation: 'valid' | 'invalid' | 'none';
  /** Context words found near the span that raised the score. */
  context?: string[];
  /** Free-form short note (never containing the raw value). */
  note?: string;
}

/** A detected span of personal data. Offsets are UTF-16 indices into the text, `end` exclusive. */
export interface Finding {
  type: EntityType;
  /** e.g. FR_CNI, US_SSN for NATIONAL_ID; FR_SIV for LICENSE_PLATE. */
  subtype?: string;
  start: number;
  end: number;
  /** 0..1 */
  score: number;
  /** Recognizer name. */
  recognizer: string;
  explanation: Explanation;
}

export interface Evidence {
  start: number;
  end: number;
  /** Why this passage reveals the category about a person (no raw value). */
  reason: string;
}

export interface SensitiveFinding {
  category: SensitiveCategory;
  score: number;
  evidence: Evidence[];
}

/** Where a record came from; travels with the record from input to output. */
export interface Provenance {
  /** Source id (from tamis.yaml) or the input path. */
  source: string;
  /** File the record was read from. */
  file?: string;
  /** Location inside the file: "line 12", "row 40", "record 3". */
  location?: string;
  licence?: string;
  /** direct | scraped | reused */
  collection?: string;
  /** ISO date or period the data was collected. */
  collectedAt?: string;
  /** Origin URL (WARC target URI, web page) or owner. */
  url?: string;
}

/** A document flowing through Tamis. */
export interface Doc {
  id: string;
  text: string;
  /** Detected or declared language. */
  lang?: DetectedLang;
  /** Other fields of the record, kept as read. */
  meta: Record<string, unknown>;
  source?: Provenance;
}

/** The full analysis of one document, as `tamis detect` writes it (plus optional values). */
export interface DocAnalysis {
  lang: DetectedLang;
  entities: Finding[];
  sensitive: SensitiveFinding[];
}
