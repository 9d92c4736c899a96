/** Space normalisation shared by the address and date-of-birth recognizers. */

/**
 * French typography and web text put no-break spaces in addresses ("12\u00a0rue des Lilas", "69003\u00a0Lyon").
 * They become plain spaces in a same-length copy, so every offset still points into the caller's text.
 */
const ODD_SPACES = /[\u00a0\u2007\u2009\u202f]/g;
export function plainSpaces(text: string): string {
  // One pass over the char codes: cheaper than the regex test it replaces (which cost more than the address search).
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xa0 && (c === 0xa0 || c === 0x2007 || c === 0x2009 || c === 0x202f)) return text.replace(ODD_SPACES, ' ');
  }
  return text;
}
