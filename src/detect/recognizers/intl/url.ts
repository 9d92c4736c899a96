/**
 * URL: web addresses with a scheme (`https://…`, `ftp://…`) or starting with `www.`. Trailing sentence
 * punctuation and unbalanced closing brackets are trimmed off the span. Profile URLs of social networks are left
 * to the USERNAME recognizer (its handle span scores higher), and e-mail addresses inside query strings win too.
 * Spec: RFC 3986.
 */
import { PatternRecognizer, type ValidationResult } from '../../recognizer.js';

const URL_RE = /(?:(?:https?|ftps?|sftp|wss?):\/\/|www\.)(?<![\w@.-](?:(?:https?|ftps?|sftp|wss?):\/\/|www\.))[^\s<>"'`{}|\\^\u00a0\u3000]{2,2048}/gi;

export function trimUrl(v: string): ValidationResult {
  let end = v.length;
  for (;;) {
    const ch = v[end - 1];
    if (ch && '.,;:!?»”’'.includes(ch)) { end--; continue; }
    if (ch === ')' || ch === ']') {
      const open = ch === ')' ? '(' : '[';
      const body = v.slice(0, end);
      if (body.split(open).length < body.split(ch).length) { end--; continue; }
    }
    break;
  }
  const host = /^(?:[a-z]+:\/\/)?([^/?#:]+)/i.exec(v.slice(0, end))?.[1] ?? '';
  if (!host.includes('.') && !/^localhost$/i.test(host)) return { valid: false };
  return { valid: true, ...(end < v.length ? { trim: { start: 0, end } } : {}) };
}

export const urlRecognizer = new PatternRecognizer({
  name: 'url',
  type: 'URL',
  prefilter: (t) => t.includes('://') || /www\./i.test(t),
  patterns: [{ name: 'url', regex: URL_RE, score: 0.6 }],
  validate: (v) => trimUrl(v),
  context: { fr: ['lien', 'site', 'url', 'page'], en: ['link', 'site', 'url', 'page'] },
  contextBoost: 0.05,
});
