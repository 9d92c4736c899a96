/**
 * Words that make up street-level addresses in France, the UK, Ireland and the US. Kept as plain lists so the
 * regexes in parts.ts stay readable and a reviewer can see at once what is (and is not) a street type.
 * Sources: La Poste's "types de voie" (norme AFNOR NF Z 10-011, abbreviations of the FANTOIR/BAN files),
 * Royal Mail's PAF thoroughfare descriptors, USPS Publication 28 appendix C1 (street suffixes) and C2 (units).
 */

/** French street types that come BEFORE the street name and normally after a house number ("12 rue des Lilas"). */
export const FR_STREET_TYPES = [
  'rue', 'ruelle', 'avenue', 'av', 'ave', 'boulevard', 'bd', 'bld', 'bvd', 'chemin', 'ch', 'chem', 'impasse', 'imp',
  'place', 'pl', 'quai', 'cours', 'crs', 'allée', 'allee', 'all', 'route', 'rte', 'faubourg', 'fbg', 'faub',
  'square', 'sq', 'sentier', 'passage', 'pass', 'villa', 'cité', 'cite', 'parvis', 'promenade', 'prom', 'esplanade',
  'rond-point', 'voie', 'montée', 'montee', 'traverse', 'venelle', 'clos', 'mail', 'chaussée', 'chaussee',
  'carrefour', 'levée', 'levee', 'hameau', 'lotissement', 'rampe', 'sente', 'parc',
] as const;

/**
 * French locality types that may stand WITHOUT a house number ("Lieu-dit Kerhuel, 29000 Quimper"). Alone they name
 * a place, so the recognizer keeps them only when a postcode or a delivery line follows.
 */
export const FR_LOCALITY_TYPES = [
  'lieu-dit', 'lieudit', 'ld', 'hameau', 'résidence', 'residence', 'lotissement', 'domaine', 'za', 'zi', 'zac',
  'zone artisanale', 'zone industrielle', "zone d'activités", "zone d'activité", 'parc d\'activités', 'quartier',
] as const;

/**
 * Prefix street types, scanned together with the French ones (FR_ANCHOR, case-insensitive) and dispatched to
 * continental.ts, which demands a capital ("Via Roma 5", not "via email 5").
 */
export const EU_PREFIXES = [
  'Via', 'Viale', 'Vicolo', 'Piazza', 'Piazzale', 'Corso', 'Largo', 'Rua', 'Rúa', 'Avenida', 'Avda', 'Calle', 'C/',
  'Carrer', 'Camino', 'Paseo', 'Plaza', 'Praça', 'Travessa', 'Strada', 'Ulica', 'ul', 'Trg', 'Náměstí',
] as const;
/** Lower-case words allowed inside a French street name ("rue de la Paix", "quai d'Orsay"). */
export const FR_PARTICLES = ['de', 'du', 'des', 'la', 'le', 'les', 'aux', 'au', "d'", "l'", 'd’', 'l’'] as const;

/** English thoroughfare suffixes that come AFTER the name ("221B Baker Street", "1600 Pennsylvania Ave NW"). */
export const EN_STREET_SUFFIXES = [
  'Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Av', 'Lane', 'Ln', 'Drive', 'Dr', 'Court', 'Ct', 'Crescent',
  'Cres', 'Terrace', 'Terr', 'Ter', 'Place', 'Pl', 'Way', 'Close', 'Boulevard', 'Blvd', 'Gardens', 'Gdns', 'Grove',
  'Gr', 'Square', 'Sq', 'Row', 'Hill', 'Parkway', 'Pkwy', 'Highway', 'Hwy', 'Walk', 'Mews', 'Circle', 'Cir',
  'Trail', 'Trl', 'Plaza', 'Green', 'Rise', 'Vale', 'View', 'Parade', 'Wharf', 'Quay', 'Park', 'Loop', 'Alley',
  'Pike', 'Turnpike', 'Expressway', 'Expy', 'Freeway', 'Fwy', 'Broadway', 'Causeway', 'Embankment', 'Crossing',
  'Heights', 'Ridge', 'Hollow', 'Meadow', 'Meadows', 'Yard', 'Brow', 'Croft', 'Dale', 'Drove', 'Garth', 'Wynd',
] as const;

/** Full-word suffixes also accepted in lower case (chat: "221b baker street"), with a lower score. */
export const EN_LOWERCASE_SUFFIXES = ['street', 'road', 'avenue', 'lane', 'drive', 'crescent', 'terrace', 'boulevard'] as const;

/** Secondary units / delivery lines, FR and EN ("appt 12", "bât. B", "Apt 4B", "Flat 2", "Suite 300"). */
export const UNIT_WORDS = [
  'appartement', 'appart', 'appt', 'app', 'apt', 'apartment', 'bâtiment', 'batiment', 'bât', 'bat', 'escalier', 'esc',
  'étage', 'etage', 'porte', 'logement', 'log', 'flat', 'suite', 'ste', 'unit', 'building', 'bldg', 'floor', 'fl',
  'room', 'rm',
] as const;

/** Postal delivery without a street: boîte postale, course spéciale, tri service arrivée, PO boxes. */
export const POSTAL_BOX_RE_SOURCE = String.raw`(?:B\.?\s?P\.?|C\.?\s?S\.?|TSA|CP|P\.?\s?O\.?\s?Box|PO\s?Box|Post\s+Office\s+Box)\s*\d{1,6}`;

/** USPS two-letter state and territory codes. */
export const US_STATES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA',
  'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR',
  'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'PR', 'GU', 'VI', 'AS', 'MP',
  'AA', 'AE', 'AP',
] as const;

/** US state names, for "Austin, Texas 78701". */
export const US_STATE_NAMES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
  'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont',
  'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'District of Columbia', 'Puerto Rico',
] as const;

/** Country names that may close an address line. */
export const COUNTRIES = [
  'France', 'FRANCE', 'Belgique', 'Suisse', 'Luxembourg', 'Monaco', 'United Kingdom', 'UK', 'U.K.', 'England',
  'Scotland', 'Wales', 'Northern Ireland', 'Ireland', 'Éire', 'USA', 'U.S.A.', 'US', 'United States',
  'United States of America', 'Belgium', 'Switzerland', 'Canada', 'Germany', 'Deutschland', 'Spain', 'España',
  'Italy', 'Italia', 'Portugal', 'Netherlands', 'Nederland', 'Austria', 'Österreich', 'Denmark', 'Danmark', 'Sweden',
  'Sverige', 'Norway', 'Norge', 'Finland', 'Suomi', 'Poland', 'Polska', 'Allemagne', 'Espagne', 'Italie',
  'Pays-Bas', 'Autriche', 'Royaume-Uni', 'Irlande', 'États-Unis',
] as const;

/** Words that, before a candidate, say "what follows is someone's address" (used to accept weaker candidates). */
export const ADDRESS_CONTEXT = [
  'adresse', 'domicile', 'domicilié', 'domiciliée', 'demeurant', 'demeure', 'habite', 'habitant', 'résidant',
  'réside', 'résident', 'livrer', 'envoyer à', 'expédier',
  'livraison', 'address', 'lives at', 'live at', 'living at', 'located at', 'ship to', 'deliver to', 'send to',
  'mail to', 'resides at', 'residing at', "i'm at", 'im at', 'moved to', 'lives on', 'located on',
] as const;

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alternation of words, longest first so that "avenue" wins over "av". */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
}
