import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { htmlReader } from './html.js';
import type { ReadItem } from './types.js';

const page = `<!doctype html><html lang="fr"><head><title>Forum - Colis perdu</title><link rel="canonical" href="https://forum.example.org/t/42"></head>
<body><nav>Accueil | Connexion | Menu du site</nav><article><h1>Colis perdu</h1>
<p>Bonjour à tous, mon colis commandé le 3 mars n'est jamais arrivé. Le suivi indique qu'il a été livré mais je n'ai rien reçu à mon domicile.</p>
<p>Quelqu'un a-t-il déjà eu ce problème avec ce transporteur ? Merci d'avance pour vos conseils, je ne sais plus quoi faire.</p></article>
<footer>© 2024 Forum — mentions légales — cookies</footer></body></html>`;

async function all(it: AsyncIterable<ReadItem>) {
  const out: ReadItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}

test('html: main text without navigation, canonical URL into provenance', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamis-html-'));
  const f = join(dir, 'post.html');
  writeFileSync(f, page);
  assert.ok(htmlReader.matches(f));
  const items = await all(htmlReader.read(f, { textField: 'text', provenance: { source: 'forum', collection: 'scraped' } }));
  assert.equal(items.length, 1);
  const it = items[0]!;
  assert.equal(it.kind, 'doc');
  if (it.kind !== 'doc') return;
  assert.match(it.doc.text, /mon colis commandé le 3 mars/);
  assert.doesNotMatch(it.doc.text, /Connexion|mentions légales/);
  // Paragraphs stay apart (textContent alone would glue "…domicile.Quelqu'un").
  assert.match(it.doc.text, /à mon domicile\.\n\nQuelqu'un a-t-il/);
  assert.equal(it.doc.source?.url, 'https://forum.example.org/t/42');
  assert.equal(it.doc.source?.collection, 'scraped');
  assert.equal(it.doc.id, 'post.html');
});

test('html: an empty page is a located error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamis-html-'));
  const f = join(dir, 'empty.html');
  writeFileSync(f, '<html><body></body></html>');
  const items = await all(htmlReader.read(f, { textField: 'text' }));
  assert.equal(items[0]!.kind, 'error');
});
