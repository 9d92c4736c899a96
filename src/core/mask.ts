/**
 * Masked previews for logs and summaries: enough to recognise the kind of value, never the value.
 * `jean.dupont@gmail.com` -> `j***@g***.com`; `06 12 34 56 78` -> `06 ** ** ** 78`.
 */
export function maskValue(value: string): string {
  const at = value.indexOf('@');
  if (at > 0) {
    const local = value.slice(0, at);
    const domain = value.slice(at + 1);
    const dot = domain.lastIndexOf('.');
    const host = dot > 0 ? domain.slice(0, dot) : domain;
    const tld = dot > 0 ? domain.slice(dot) : '';
    return `${local.slice(0, 1)}***@${host.slice(0, 1)}***${tld}`;
  }
  const chars = [...value];
  const n = chars.length;
  if (n <= 4) return chars.map((c) => (/\s/.test(c) ? c : '*')).join('');
  const keepHead = n >= 10 ? 2 : 1;
  const keepTail = n >= 10 ? 2 : 1;
  return chars
    .map((c, i) => (i < keepHead || i >= n - keepTail || /[\s.\-/:]/.test(c) ? c : '*'))
    .join('');
}
