/** Space normalisation shared by the address and date-of-birth recognizers. */

/**
 * French typography and web text put no-break spaces in addresses ("12\u00a0rue des Lilas", "69003\u00a0Lyon").
 * They become plain spaces in a same-length copy, so every offset still points into the caller's text.
 */
const ODD_SPACES = /[\u00a0\u2007\u2009\u202f]/g;
export function plainSpaces(text: string): string {
  // indexOf is a fast native scan; the regex test it replaces cost more than the address search on plain text.
  const odd = text.indexOf('\u00a0') >= 0 || text.indexOf('\u2007') >= 0 || text.indexOf('\u2009') >= 0 || text.indexOf('\u202f') >= 0;
  return odd ? text.replace(ODD_SPACES, ' ') : text;
}
