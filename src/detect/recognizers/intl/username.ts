/**
 * USERNAME: online handles and logins tied to a person: `@handles` (not e-mails, not code decorators such as
 * `@Override` or JSDoc tags, not `@here`), Reddit `u/…`, `login:` / `user=` / `identifiant :` / `pseudo :` forms,
 * system logs (`Accepted publickey for alice`, `sudo: alice :`), forum bylines (`posté par nanou_29`), code
 * annotations (`TODO(alice)`), social-network profile URLs (the handle part), chat speakers (`zainab.q: hi`), and
 * every further occurrence of a handle found that way in the same document.
 * Generic system accounts (root, admin, oracle, postgres…) are not a person's handle and are skipped.
 */
import type { EntityType, Finding } from '../../../core/types.js';
import type { AnalysisInput, Recognizer } from '../../recognizer.js';

const HANDLE = '[A-Za-z0-9_](?:[A-Za-z0-9_.\\-]{0,38}[A-Za-z0-9_])?';
// Not followed by more of a word (accented letters included: `jérôme` is not the handle `j`).
const END = '(?![\\w@À-ÿ]|[.\\-][A-Za-z0-9_])';

/** Accounts that belong to no one in particular. */
const GENERIC = new Set([
  'admin', 'administrator', 'administrateur', 'root', 'oracle', 'test', 'tests', 'guest', 'postgres', 'mysql', 'www-data', 'nobody',
  'daemon', 'system', 'ubuntu', 'ec2-user', 'centos', 'debian', 'pi', 'invalid', 'unknown', 'anonymous', 'anon', 'user', 'username',
  'login', 'null', 'none', 'sa', 'dev', 'deploy', 'git', 'jenkins', 'backup', 'service', 'support', 'info', 'contact',
  'noreply', 'no-reply', 'me', 'you', 'true', 'false', 'ok', 'failed', 'success', 'demo', 'default', 'public', 'private',
  'here', 'channel', 'everyone', 'all', 'team', 'bot', 'ci', 'api', 'app', 'web', 'www', 'mail', 'ftp', 'sshd', 'nginx',
  'apache', 'redis', 'docker', 'www', 'utilisateur', 'identifiant', 'pseudo', 'client', 'customer', 'agent', 'moderator',
  'modérateur', 'staff', 'operator', 'opérateur', 'id', 'any', 'anyone', 'someone', 'somebody', 'personne', 'tous', 'aucun',
]);

/** Words after `@` that are code (decorators, JSDoc, CSS at-rules, package scopes), not people. */
const CODE_AT = new Set([
  'param', 'returns', 'return', 'type', 'typedef', 'example', 'see', 'author', 'throws', 'since', 'deprecated', 'override',
  'media', 'import', 'font-face', 'keyframes', 'charset', 'supports', 'page', 'apply', 'tailwind', 'layer', 'use',
  'forward', 'mixin', 'include', 'extend', 'if', 'else', 'each', 'function', 'component', 'injectable', 'input', 'output',
  'test', 'before', 'after', 'beforeeach', 'aftereach', 'autowired', 'bean', 'entity', 'table', 'column', 'id', 'data',
  'value', 'service', 'controller', 'property', 'staticmethod', 'classmethod', 'dataclass', 'override', 'todo', 'ts-ignore',
  'ts-expect-error', 'jsx', 'flow', 'license', 'module', 'internal', 'private', 'public', 'protected', 'readonly', 'async',
  'inheritdoc', 'link', 'version', 'file', 'fileoverview', 'here', 'channel', 'everyone', 'all', 'latest', 'next', 'types',
  'app', 'router', 'get', 'post', 'put', 'delete', 'patch', 'route', 'click', 'submit', 'change',
]);

const FILE_EXT = /\.(?:js|mjs|cjs|ts|tsx|jsx|py|rb|go|rs|java|kt|cpp|cs|php|sh|json|ya?ml|toml|ini|md|txt|csv|log|html?|css|xml|sql|png|jpe?g|gif|svg|pdf|docx?|xlsx?|zip|gz|exe|dll|so|conf|cfg|env|lock)$/i;
const TLD = /\.(?:com|fr|net|org|io|co|uk|de|be|ch|eu|info|biz|dev|app|gov|edu)$/i;

/** Looks like a handle rather than a word: has a digit, an underscore, or a dot/dash inside. */
function handleLike(v: string): boolean {
  return /[\d_]/.test(v) || /[a-z][.-][a-z]/i.test(v);
}

function acceptable(v: string): boolean {
  const bare = v.replace(/^@|^u\//, '');
  if (bare.length < 2 || GENERIC.has(bare.toLowerCase())) return false;
  if (!/[A-Za-z]/.test(bare) || /^\d[\d.\-_]*$/.test(bare)) return false;
  if (FILE_EXT.test(bare) || TLD.test(bare)) return false;
  return true;
}

const HTML_TAGS = new Set(['div', 'span', 'p', 'a', 'br', 'hr', 'li', 'ul', 'ol', 'td', 'tr', 'th', 'table', 'img', 'html', 'head', 'body', 'b', 'i', 'em', 'strong', 'code', 'pre', 'script', 'style', 'meta', 'link', 'title', 'section', 'article', 'header', 'footer', 'nav', 'main', 'form', 'input', 'button', 'label', 'select', 'option', 'svg', 'path', 'tbody', 'thead', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

interface Rule {
  name: string;
  re: RegExp;
  score: number;
  /** Cheap document test before running `re`. */
  pre?: (t: string) => boolean;
  /** Extra acceptance test (value, whole match, text, match index). */
  check?: (v: string, m: RegExpExecArray, text: string) => boolean;
}

/** Does `ch` occur right after a space or tab? (A search for the rarer character, then a look at the one before.) */
function blankBefore(t: string, ch: string): boolean {
  return charBefore(t, ch, ' \t');
}

/** Does `ch` occur right after one of `before`'s characters? */
function charBefore(t: string, ch: string, before: string): boolean {
  for (let i = t.indexOf(ch); i >= 0; i = t.indexOf(ch, i + 1)) if (i > 0 && before.includes(t[i - 1] as string)) return true;
  return false;
}

const PROFILE_HOSTS = [
  'github\\.com', 'gitlab\\.com', 'linkedin\\.com/in', 'twitter\\.com', 'x\\.com', 'instagram\\.com', 'facebook\\.com',
  'tiktok\\.com/@', 'medium\\.com/@', 'reddit\\.com/u(?:ser)?', 'bsky\\.app/profile', 'mastodon\\.social/@', 't\\.me',
  'youtube\\.com/@', 'twitch\\.tv', 'keybase\\.io', 'codeberg\\.org', 'bitbucket\\.org', 'dev\\.to', 'behance\\.net',
  'dribbble\\.com', 'soundcloud\\.com', 'vimeo\\.com', 'threads\\.net/@', 'pinterest\\.(?:com|fr)', 'malt\\.fr/profile',
].join('|');
const PROFILE_RESERVED = new Set([
  'about', 'login', 'signup', 'explore', 'settings', 'orgs', 'sponsors', 'features', 'pricing', 'topics', 'search', 'share',
  'intent', 'hashtag', 'home', 'help', 'policies', 'legal', 'p', 'watch', 'channel', 'company', 'jobs', 'pulse', 'groups',
  'events', 'marketplace', 'notifications', 'issues', 'pulls', 'trending', 'collections', 'i', 'status', 'feed', 'school',
  'showcase', 'learning', 'reel', 'reels', 'stories', 'tv', 'watch', 'results', 'c', 'user', 'users', 'in', 'r', 'u',
]);

// Speed note: each regex starts with a rare literal or character (`@`, `/`, `:`, `=`) and checks the words before it
// with a lookbehind, so V8 keeps its fast first-character scan instead of testing keywords at every position.
const KEYS =
  "user(?:name)?|login|logon|uname|pd-user|utilisateur|identifiant|pseudo|pseudonyme|handle|acct|nickname|screen[ _]name|nom d'utilisateur|user name|compte utilisateur|profil|profile" +
  '|insta(?:gram)?|twitter|tiktok|snap(?:chat)?|discord|skype|telegram|github|gitlab|mastodon|bluesky|twitch|steam|facebook|ig|signal';
const SOCIAL = /^(?:insta|twitter|tiktok|snap|discord|skype|telegram|github|gitlab|mastodon|bluesky|twitch|steam|facebook|ig|signal)/i;
// Case is spelled out on first letters (no `i` flag: it slows the scan).
const BY_VERBS =
  '[Pp]ost[ée]e?s?|[Pp]ubli[ée]e?s?|[Rr][ée]pondu|[Dd]erni[èe]re?(?: r[ée]ponse| message)?|[Oo]uvert|[Cc]r[ée]{2}|[Mm]odifi[ée]e?|[Ss]ignal[ée]e?|' +
  '[Pp]osted|[Rr]eplied|[Rr]eply|[Cc]omment(?:ed)?|[Oo]pened|[Cc]reated|[Rr]eported|[Rr]eviewed|[Ll]ast reply|[Ss]ubmitted|[Ss]hared';

export const RULES: readonly Rule[] = [
  {
    name: 'at-handle',
    re: new RegExp(`@(?<![\\w.@/+\\-]@)(${HANDLE})${END}(?!/)`, 'g'),
    score: 0.8,
    pre: (t) => t.includes('@'),
    check: (v, m, text) => {
      if (CODE_AT.has(v.toLowerCase())) return false;
      // `@Override`-style decorator alone at the start of a line of code.
      // Walk back over blanks only (a lastIndexOf to the line start was quadratic on long single-line documents).
      if (!/^[A-Z]/.test(v)) return true;
      let i = m.index - 1;
      while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
      const atLineStart = i < 0 || text[i] === '\n';
      if (atLineStart && /^[ \t]*(?:\(|$|\n)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return false;
      return true;
    },
  },
  { name: 'reddit', re: /u\/(?<![\w/]u\/)([A-Za-z0-9_-]{3,20})(?![\w/])/g, score: 0.85, pre: (t) => t.includes('/') && t.includes('u/') },
  {
    // `user=alice`, `login : alice`, `pseudo · alice`, `insta: alice`
    name: 'key-value',
    re: new RegExp(`[=:·|•](?<=(?<![\\w-])(?:${KEYS})[ \\t]{0,2}[=:·|•])[ \\t]{0,2}(${HANDLE})${END}`, 'gi'),
    score: 0.85,
    check: (v, m, text) => {
      const key = text.slice(Math.max(0, m.index - 30), m.index).toLowerCase();
      // "User: Jean Dupont", "User: Hanne" is a person's name, not a handle (handles are lower case or carry
      // digits, dots, underscores).
      if (/^[A-Z][a-zà-ÿ]+$/.test(v)) return false;
      // "Profil · Paris", "Instagram: Paris": a header or a network name needs a handle-looking value.
      if (/(?:profile?|ig|insta(?:gram)?|signal)[ \t]*.$/.test(key) && !handleLike(v)) return false;
      return !SOCIAL.test(v);
    },
  },
  {
    name: 'auth-log',
    re: new RegExp(
      `(?:Accepted (?:publickey|password|keyboard-interactive(?:/pam)?) for|session (?:opened|closed) for user|Failed password for|for user|l'utilisateur)[ \\t]+(${HANDLE})${END}`,
      'g',
    ),
    score: 0.8,
    // "'utilisateur" first: a search for an apostrophe is much cheaper than one for the letter l.
    pre: (t) => t.includes('Accepted ') || t.includes('Failed password') || t.includes('for user') || (t.includes("'utilisateur") && t.includes("l'utilisateur")),
  },
  {
    // `user 'alice' logged in`, `utilisateur "alice"`
    name: 'quoted-user',
    re: new RegExp(`["'](?<=(?<![\\w-])(?:user(?:name)?|login|account|utilisateur|compte|identifiant)[ \\t]+["'])(${HANDLE})["']`, 'gi'),
    score: 0.8,
    // The opening quote follows a blank: rare (French apostrophes are glued to their word), unlike quotes.
    pre: (t) => blankBefore(t, '"') || blankBefore(t, "'"),
  },
  {
    // shell prompts and ssh targets: `alice@web-01:~$`, `ssh alice@10.0.0.5`
    name: 'shell-user',
    re: new RegExp(`@(?<=(?<![\\w.-])(${HANDLE})@)(?=[\\w.-]+:[~/])|@(?<=(?:ssh|scp|sftp|rsync)[ \\t]+(?:-\\S+[ \\t]+(?:\\d+[ \\t]+)?)*(${HANDLE})@)`, 'gd'),
    score: 0.75,
    pre: (t) => t.includes('@'),
  },
  {
    // IRC-style chat lines: `<alice_92> hi`
    name: 'irc-nick',
    re: new RegExp(`^[ \\t]*(?:\\[[^\\]\\n]{1,25}\\][ \\t]*)?<@?(${HANDLE})>[ \\t]`, 'gm'),
    score: 0.75,
    pre: (t) => t.includes('<') && (t.startsWith('<') || t.includes('\n<') || t.includes('] <')),
    check: (v) => handleLike(v) || /^[a-z]/.test(v) && !HTML_TAGS.has(v.toLowerCase()),
  },
  { name: 'sudo-log', re: new RegExp(`sudo(?<![\\w]sudo)(?:\\[\\d+\\])?:[ \\t]+(${HANDLE})[ \\t]+:`, 'g'), score: 0.8 },
  {
    // forum and tracker bylines: `posté par nanou_29`, `opened by r.okafor`, `Message de kevin_77`
    name: 'byline',
    re: new RegExp(
      `(?:par|by|By|de)(?<=(?<![\\w-])(?:(?:${BY_VERBS})[ \\t]+(?:par|by|By)|(?:[Mm]essage|[Rr][ée]ponse|[Cc]ommentaire|[Pp]ublication)[ \\t]+de))[ \\t]+(${HANDLE})${END}`,
      'g',
    ),
    score: 0.75,
    check: (v) => handleLike(v),
  },
  { name: 'code-annotation', re: new RegExp(`\\((?<=\\b(?:TODO|FIXME|XXX|HACK|NOTE|BUG)\\()@?(${HANDLE})\\)`, 'g'), score: 0.75, pre: (t) => charBefore(t, '(', 'OEXKG') },
  {
    name: 'profile-url',
    re: new RegExp(`/(?<=(?<![\\w.\\-])(?:https?://)?(?:www\\.)?(?:${PROFILE_HOSTS})/)@?(${HANDLE})${END}`, 'gi'),
    score: 0.85,
    pre: (t) => t.includes('/'),
    check: (v) => !PROFILE_RESERVED.has(v.toLowerCase()),
  },
  {
    name: 'chat-speaker',
    re: new RegExp(`^[ \\t]*(?:\\[[^\\]\\n]{1,25}\\][ \\t]*)?(💬[ \\t]*|[>»•*\\-][ \\t]*)?(${HANDLE})[ \\t]?:(?=[ \\t])`, 'gm'),
    score: 0.7,
    pre: (t) => t.includes(':'),
  },
];

/** Finds USERNAME spans; a custom recognizer because it propagates handles to their other occurrences. */
export class UsernameRecognizer implements Recognizer {
  readonly name = 'username';
  readonly types: readonly EntityType[] = ['USERNAME'];
  readonly languages = 'any' as const;

  analyze(input: AnalysisInput): Finding[] {
    const { text } = input;
    const out: Finding[] = [];
    const speakers = new Map<string, number>();
    const pendingSpeakers: { v: string; start: number; marker: boolean }[] = [];
    for (const rule of RULES) {
      if (rule.pre && !rule.pre(text)) continue;
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(text); m !== null; m = rule.re.exec(text)) {
        if (m[0].length === 0) { rule.re.lastIndex++; continue; }
        const value = rule.name === 'chat-speaker' ? m[2] : (m[1] ?? m[2]);
        if (!value || !acceptable(value)) continue;
        if (rule.check && !rule.check(value, m, text)) continue;
        // The span: the whole handle with its sigil for @handles and u/ names, the value alone otherwise.
        const whole = rule.name === 'at-handle' || rule.name === 'reddit';
        // Rules whose handle sits in a lookbehind (`d` flag) give its exact offset.
        const at = m.indices?.[m[1] !== undefined ? 1 : 2]?.[0];
        const start = whole ? m.index : at ?? m.index + m[0].lastIndexOf(value);
        const end = whole ? m.index + m[0].length : start + value.length;
        if (rule.name === 'chat-speaker') {
          speakers.set(value, (speakers.get(value) ?? 0) + 1);
          pendingSpeakers.push({ v: value, start, marker: Boolean(m[1]?.includes('💬')) });
          continue;
        }
        out.push(finding(start, end, rule.score, rule.name));
      }
    }
    // A chat speaker is a handle when it looks like one, speaks several times, or follows a comment marker;
    // lower-case first names ("maya: ok") are people, left to the name model.
    for (const s of pendingSpeakers) {
      const dotted = /[a-z][.-][a-z]/i.test(s.v);
      // "Q1:", "v2:" are list labels, not people: a handle has at least three letters.
      if ((s.v.match(/[A-Za-z]/g) ?? []).length < 3) continue;
      if (s.marker || /[\d_]/.test(s.v) || (dotted && (speakers.get(s.v) ?? 0) >= 2)) {
        out.push(finding(s.start, s.start + s.v.length, 0.7, 'chat-speaker'));
      }
    }
    return propagate(text, out);
  }
}

function finding(start: number, end: number, score: number, pattern: string, note?: string): Finding {
  return {
    type: 'USERNAME',
    start,
    end,
    score,
    recognizer: 'username',
    explanation: { pattern, validation: 'none', ...(note ? { note } : {}) },
  };
}

/** Runs of handle characters (with inner dots and dashes): a propagated handle must be a whole run. */
const HANDLE_RUN = /[\w@À-ÿ.-]+/g;

/** A character of HANDLE_RUN's class: ASCII letters, digits, `_`, `@`, `.`, `-`, and U+00C0-U+00FF. */
function runChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 64 || c === 46 || c === 45 || (c >= 0xc0 && c <= 0xff);
}

/** With this many distinct handles or fewer, each is looked up with indexOf (vectorised) instead of the run scan. */
const INDEXOF_MAX_VALUES = 8;

/**
 * Every other stand-alone occurrence of a found handle is the same person's handle.
 * Linear in the text: one scan over runs of handle characters, each looked up in the set of found handles, and a
 * per-character mask of the spans already taken (a per-handle scan of the whole text was quadratic on long
 * documents: hours for a dense 50 MB line). With few distinct handles (the common case), each is searched with
 * indexOf instead, which skips the text much faster than the run regex; both find the same runs.
 */
function propagate(text: string, found: Finding[]): Finding[] {
  if (found.length === 0) return found;
  const values = new Set<string>();
  for (const f of found) {
    const v = text.slice(f.start, f.end).replace(/^@|^u\//, '');
    if (v.length >= 4) values.add(v);
  }
  if (values.size === 0) return found;
  const taken = new Uint8Array(text.length);
  for (const f of found) taken.fill(1, f.start, f.end);
  const extra: Finding[] = [];
  const take = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (taken[i]) return;
    taken.fill(1, s, e);
    extra.push(finding(s, e, 0.7, 'repeated-handle', 'same handle found elsewhere in the document'));
  };
  if (values.size <= INDEXOF_MAX_VALUES) {
    const runs: number[] = [];
    for (const v of values) {
      if (!isRunCore(v)) continue;
      for (let s = text.indexOf(v); s >= 0; s = text.indexOf(v, s + 1)) {
        if (s > 0 && runChar(text.charCodeAt(s - 1))) continue;
        // The run may go on with dots and dashes only (sentence punctuation, stripped from the core).
        let q = s + v.length;
        while (q < text.length && (text.charCodeAt(q) === 46 || text.charCodeAt(q) === 45)) q++;
        if (q < text.length && runChar(text.charCodeAt(q))) continue;
        runs.push(s, s + v.length);
      }
    }
    // Runs are disjoint (one core each): taking them in text order gives the run scan's result.
    const order = Array.from({ length: runs.length / 2 }, (_, i) => i).sort((a, b) => (runs[2 * a] as number) - (runs[2 * b] as number));
    for (const i of order) take(runs[2 * i] as number, runs[2 * i + 1] as number);
  } else {
    HANDLE_RUN.lastIndex = 0;
    for (let m = HANDLE_RUN.exec(text); m !== null; m = HANDLE_RUN.exec(text)) {
      // Trailing dots/dashes end a sentence ("write to jdoe."), they are not part of the handle.
      const core = m[0].replace(/[.-]+$/, '');
      if (values.has(core)) take(m.index, m.index + core.length);
    }
  }
  return extra.length ? [...found, ...extra] : found;
}

/** Can `v` be the core of a run (all run characters, not ending with the dots/dashes a core loses)? */
function isRunCore(v: string): boolean {
  for (let i = 0; i < v.length; i++) if (!runChar(v.charCodeAt(i))) return false;
  const last = v.charCodeAt(v.length - 1);
  return last !== 46 && last !== 45;
}

export const usernameRecognizer = new UsernameRecognizer();
