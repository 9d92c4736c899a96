import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectCases, reported } from '../contract.test-helper.js';
import { usernameRecognizer } from './username.js';

expectCases(
  usernameRecognizer,
  [
    ['Relecture : @sophie-ly (PR #482)', '@sophie-ly'],
    ['Find me on insta: jonty.m.sails', 'jonty.m.sails'],
    ['auth: login ok user=lmarchetti session=8f2c', 'lmarchetti'],
    ['identifiant : jdupont75', 'jdupont75'],
    ['Accepted publickey for dkowalski from 10.0.0.1', 'dkowalski'],
    ['posté par nanou_du_29 le 08/02/2024', 'nanou_du_29'],
    ['Top comment by u/JenniferPaints: hi', 'u/JenniferPaints'],
    ['// FIXME(qmarchal) : le serveur', 'qmarchal'],
    ['06 47 92 10 38 · github.com/lfmorel', 'lfmorel'],
    ['linkedin.com/in/joseph-mwangi-hartley', 'joseph-mwangi-hartley'],
    ['💬 siantheblue: Penblwydd priodas hapus', 'siantheblue'],
    ['(pd-user: hsato)', 'hsato'],
    ['Message de kevin_du_77 » mar. 12 mars', 'kevin_du_77'],
    ["INFO user 'jdoe42' logged in", 'jdoe42'],
    ['jdoe@web-01:~$ ls -la', 'jdoe'],
    ['ssh -p 22 alice@10.0.0.5', 'alice'],
    ['<alice_92> salut tout le monde', 'alice_92'],
  ],
  [
    'écrivez à jean.dupont@exemple.fr',
    '  @Override\n  public void run() {}',
    ' * @param value the input',
    "import { validateCard } from '@tillpoint/sdk';",
    'login failed user=admin from 185.220.101.47',
    'Failed password for invalid user oracle',
    'ping @here for the release',
    'User: Jean Dupont',
    'maya: ok so who is driving',
    'ouvert par défaut',
    'server.port: 8080',
    'Posted by John yesterday',
    'Message de Jean Dupont reçu',
    '<div> hello</div>',
    'Q1: what is it?\nQ2: why?',
  ],
);

test('USERNAME: a handle found once is reported at its other occurrences too', () => {
  const text = 'sshd: Accepted publickey for dkowalski from 10.0.0.1\nsudo: dkowalski : TTY=pts/0 ; PWD=/home/dkowalski';
  assert.deepEqual(reported(usernameRecognizer, text), ['dkowalski', 'dkowalski', 'dkowalski']);
});

test('USERNAME: repeated dotted chat speakers are handles', () => {
  const text = 'samira.h : salam\nÉpicerie : Bonjour\nsamira.h : oui merci';
  assert.deepEqual(reported(usernameRecognizer, text), ['samira.h', 'samira.h']);
});

test('a long single-line document with many handles is analysed in one pass (no per-match line scans)', () => {
  const parts: string[] = [];
  for (let n = 0; n < 20000; n++) parts.push(`user: jdoe_${n % 500} wrote to @mk${n % 300}x and jdoe_${(n * 7) % 500} replied. `);
  const text = parts.join('');
  const found = usernameRecognizer.analyze({ text, lang: 'en' });
  // Every `user:` handle, every @handle, and every repeated mention of a found handle.
  assert.equal(found.filter((f) => f.explanation.pattern === 'at-handle').length, 20000);
  assert.ok(found.filter((f) => f.explanation.pattern === 'repeated-handle').length >= 20000);
});

/** The repeated mentions a scan over every run of handle characters finds (the reference for propagation). */
function repeatedByRunScan(text: string, handles: readonly string[], taken: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/[\w@À-ÿ.-]+/g)) {
    const core = m[0].replace(/[.-]+$/, '');
    const s = m.index;
    const e = s + core.length;
    if (handles.includes(core) && !taken.some(([a, b]) => a < e && s < b)) out.push([s, e]);
  }
  return out;
}

test('USERNAME: propagation finds whole runs only, with few handles (indexOf) as with many (run scan)', () => {
  for (const count of [2, 12]) {
    const handles = Array.from({ length: count }, (_, i) => `nanou_${i}9`);
    const intro = handles.map((h) => `@${h}`).join(' ');
    const mentions = handles.map((h) => `${h} x${h} ${h}. ${h}-z ${h}.- (${h}) é${h} ${h}é ${h}@ ${h}`).join('\n');
    const text = `${intro}\n${mentions}`;
    const found = usernameRecognizer.analyze({ text, lang: 'en' });
    const direct = found.filter((f) => f.explanation.pattern !== 'repeated-handle').map((f): [number, number] => [f.start, f.end]);
    const repeated = found.filter((f) => f.explanation.pattern === 'repeated-handle').map((f) => [f.start, f.end]);
    assert.deepEqual(repeated, repeatedByRunScan(text, handles, direct), `${count} handles`);
    // "nanou_09 ", "nanou_09." , "nanou_09.-", "(nanou_09)" and the last one: 5 per handle; not x…, …-z, é…, …é, …@.
    assert.equal(repeated.length, 5 * count);
  }
});
