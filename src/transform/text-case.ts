/** Helpers that keep the look of the original: letter case, separators and digit positions. */

export function foldAscii(s: string): string {
  return isAscii(s) ? s : s.normalize('NFD').replace(/\p{M}/gu, '');
}

/** True when every UTF-16 unit is below 0x80 (NFD and mark removal leave such a string unchanged). */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/**
 * Writes `digits` into the ASCII digit positions of `template`, keeping everything else ("06 71" + "0639" ->
 * "06 39"). Returns undefined if the counts differ.
 */
export function fillDigits(template: string, digits: string): string | undefined {
  let n = 0;
  for (let i = 0; i < template.length; i++) { const c = template.charCodeAt(i); if (c >= 48 && c <= 57) n++; }
  if (n !== digits.length) return undefined;
  let out = '';
  let j = 0;
  let from = 0;
  for (let i = 0; i < template.length; i++) {
    const c = template.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    out += template.slice(from, i) + digits[j++]!;
    from = i + 1;
  }
  return out + template.slice(from);
}

/** Gives `replacement` the case pattern of `original`: UPPER, lower, Title, or as is. */
export function matchCase(original: string, replacement: string): string {
  if (isAscii(original)) {
    // Same decision without building the letters string: count letters and see which cases occur.
    let n = 0;
    let upper = false;
    let lower = false;
    for (let i = 0; i < original.length; i++) {
      const c = original.charCodeAt(i);
      if (c >= 65 && c <= 90) { n++; upper = true; } else if (c >= 97 && c <= 122) { n++; lower = true; }
    }
    if (n === 0) return replacement;
    if (n > 1 && !lower) return replacement.toUpperCase();
    if (!upper) return replacement.toLowerCase();
    return replacement;
  }
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return replacement;
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase();
  if (letters === letters.toLowerCase()) return replacement.toLowerCase();
  return replacement;
}

/**
 * Writes the alphanumeric characters of `chars` into the alphanumeric positions of `template`, keeping its spaces
 * and punctuation ("06.71.29.84.05" + "0639981234" -> "06.39.98.12.34"). Returns undefined if the counts differ.
 */
export function fillTemplate(template: string, chars: string): string | undefined {
  const slots = [...template].filter((c) => /[0-9A-Za-z]/.test(c)).length;
  if (slots !== chars.length) return undefined;
  let i = 0;
  let out = '';
  for (const c of template) out += /[0-9A-Za-z]/.test(c) ? chars[i++]! : c;
  return out;
}

export function alnumOnly(s: string): string {
  return s.replace(/[^0-9A-Za-z]/g, '');
}
