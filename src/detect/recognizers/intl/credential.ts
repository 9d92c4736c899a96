/**
 * CREDENTIAL: secrets that let someone act as a person or a service: API keys with a documented prefix (AWS AKIA/ASIA,
 * GitHub ghp_/gho_/ghu_/ghs_/ghr_/github_pat_, Slack xox?-, Stripe sk_live_/rk_live_, Google AIza, OpenAI sk-…),
 * JSON Web Tokens, PEM private key blocks, bearer tokens and passwords written as `password=…`,
 * `mot de passe : …`, `pwd: …`. Bare prefixes ("keys start with sk_live_") are not secrets; placeholders
 * (`****`, `<password>`, `${VAR}`, `changeme`) are not either.
 * Specs: AWS IAM identifiers; https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/ ;
 * https://api.slack.com/authentication/token-types ; https://stripe.com/docs/keys ; RFC 7519 (JWT) ; RFC 7468 (PEM) ;
 * RFC 6750 (bearer).
 */
import { PatternRecognizer, type ValidationResult } from '../../recognizer.js';

const PLACEHOLDER = /^(?:\*+|x+|\.+|<[^>]*>|\$\{?[\w.]+\}?|%[\w]+%|\{\{[^}]*\}\}|null|none|nil|true|false|undefined|redacted|masqué|hidden|secret|password|motdepasse|mot|your_?\w*|example|\[?redacted\]?|_+|-+|•+)$/i;

function secretValue(v: string): ValidationResult {
  const s = v.replace(/^["']|["']$/g, '');
  if (s.length < 4 || PLACEHOLDER.test(s)) return { valid: false };
  // A file-system path is a working directory (`PWD=/home/alice`), not a password.
  if (/^(?:~|\.{0,2})\/[\w.\-/]*$/.test(s)) return { valid: false };
  // An unquoted plain lower-case word is prose ("password: required"), not a secret.
  if (v === s && /^[a-zà-ÿ]+$/.test(s)) return { valid: false };
  const start = v.length - v.replace(/^["']/, '').length;
  const end = v.replace(/["']$/, '').length;
  return { valid: true, note: 'assigned secret', trim: { start, end } };
}

/** Keys with a documented prefix: name, shape (anchored), score. */
const KEY_KINDS: readonly [string, RegExp, number][] = [
  ['aws-access-key', /^(?:AKIA|ASIA)[A-Z0-9]{16}$/, 0.95],
  ['github-token', /^(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{60,255})$/, 0.95],
  ['slack-token', /^xox[abposre]-[A-Za-z0-9-]{10,250}$/, 0.95],
  ['stripe-key', /^[srp]k_(?:live|test)_[A-Za-z0-9]{16,250}$/, 0.9],
  ['google-api-key', /^AIza[0-9A-Za-z_-]{35}$/, 0.95],
  ['openai-key', /^sk-(?:proj-)?[A-Za-z0-9_-]{32,200}$/, 0.85],
  ['jwt', /^eyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{8,4096}$/, 0.95],
];
// Any token starting with one of the prefixes; not glued to a preceding word character (checked after the first
// character so that V8 keeps its fast scan).
const KEY_RE = /(?:AKIA|ASIA|AIza|gh[pousr]_|github_pat_|xox[abposre]-|[srp]k_(?:live|test)_|sk-|eyJ)(?<![\w.-](?:AKIA|ASIA|AIza|gh[pousr]_|github_pat_|xox[abposre]-|[srp]k_(?:live|test)_|sk-|eyJ))[A-Za-z0-9_.-]{8,8192}/g;

function apiKey(v: string): ValidationResult {
  const token = v.replace(/[.-]+$/, '');
  for (const [name, shape, score] of KEY_KINDS) {
    if (shape.test(token)) return { valid: true, score, note: name, ...(token.length < v.length ? { trim: { start: 0, end: token.length } } : {}) };
  }
  return { valid: false };
}

/** Words allowed between the keyword and the separator ("mot de passe provisoire :", "password is:"). */
const BETWEEN = 'provisoire|temporaire|actuel|initial|par défaut|du compte|de connexion|wifi|wi-fi|admin|root|is|est|was|était|temporary|initial|default|for the wifi|du wifi|\\([^)\\n]{1,20}\\)';

const KEYWORDS = 'password|passwd|passphrase|pass|pwd|mdp|mot de passe|motdepasse|secret|client_secret|api[_-]?key|apikey|access[_-]?token|auth[_-]?token|token|private[_-]?key|secret[_-]?key|secret[_-]?access[_-]?key|wifi[_-]?key|code secret|code pin';

export const credentialRecognizer = new PatternRecognizer({
  name: 'credential',
  type: 'CREDENTIAL',
  
  patterns: [
    // One scan for every documented key prefix (validated and named in the hook below).
    {
      name: 'api-key',
      regex: KEY_RE,
      score: 0.95,
      // `_` first (a vectorised one-character search), then one regex for the other prefixes: a single scan instead
      // of four searches for substrings that start with common letters.
      prefilter: (t) => t.includes('_') || /eyJ|xox|sk-|A(?:KIA|SIA|Iza)/.test(t),
    },
    {
      name: 'private-key-block',
      regex: /-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----[A-Za-z0-9+/=\s:,-]{16,6000}?-----END (?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?-----/g,
      score: 0.99,
      prefilter: (t) => t.includes('-----BEGIN '),
    },
    {
      name: 'bearer',
      regex: /earer(?<=(?<![\w])[Bb]earer)[ \t]{1,3}([A-Za-z0-9._~+/-]{16,4096}=*)(?![\w.~+/=-])/gd,
      group: 1,
      score: 0.85,
      // Searches for the rarer first letters: cheaper than the scan for `earer` in documents without a token.
      prefilter: (t) => t.includes('Bearer') || t.includes('bearer'),
    },
    {
      name: 'password-assignment',
      // keyword, optional quote, = or :, then the value up to whitespace or a delimiter; the value is the span.
      regex: new RegExp(`[=:](?<=(?<![A-Za-z0-9-])(?:${KEYWORDS})["']?(?:[ \\t]+(?:${BETWEEN}))?[ \\t]{0,3}[=:])[=>]?[ \\t]{0,3}("[^"\\n]{1,200}"|'[^'\\n]{1,200}'|[^\\s,;&"'<>)(\\]]{1,200})`, 'gid'),
      group: 1,
      score: 0.8,
    },
  ],
  // Keys with a documented prefix are validated by their shape; assigned values must not be placeholders.
  validate: (v, _text, _start, pattern) => (pattern === 'password-assignment' ? secretValue(v) : pattern === 'api-key' ? apiKey(v) : null),
  context: { fr: ['mot de passe', 'clé', 'jeton', 'secret', 'identifiants'], en: ['password', 'key', 'token', 'secret', 'credentials'] },
  contextBoost: 0.05,
});
