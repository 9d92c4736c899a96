/**
 * Generated corpus for the build throughput bench: support tickets / forum posts / emails in French and English
 * with planted identifiers (emails, phones, IPs, IBAN-like strings, URLs), 5 % exact and 5 % near duplicates,
 * written as JSONL files of ~32 MB (one build task each). Deterministic for a given size.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FR = ('bonjour je vous écris au sujet de ma commande livraison facture remboursement le colis est arrivé abîmé hier soir ' +
  'pouvez-vous vérifier mon dossier merci de votre aide le technicien devait passer mardi mais personne n est venu mon abonnement ' +
  'a été prélevé deux fois ce mois-ci je souhaite résilier mon contrat la box internet ne fonctionne plus depuis samedi').split(' ');
const EN = ('hello i am writing about my order delivery invoice refund the parcel arrived damaged last night could you check my ' +
  'account thanks for your help the engineer was supposed to come on tuesday but nobody showed up my subscription was charged ' +
  'twice this month i would like to cancel my contract the router has not worked since saturday').split(' ');
const FIRST = ['Camille', 'Julien', 'Sophie', 'Thomas', 'Emma', 'Lucas', 'Sarah', 'James', 'Olivia', 'Mohamed', 'Chloé', 'Hugo'];
const LAST = ['Martin', 'Bernard', 'Dubois', 'Petit', 'Durand', 'Leroy', 'Smith', 'Johnson', 'Moreau', 'Laurent', 'Garcia', 'Roux'];

function rng(seed: number) {
  let x = seed >>> 0;
  return () => { x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0; return x / 0x100000000; };
}

export function makeDoc(i: number): { text: string; lang: string } {
  const r = rng(i * 7919 + 1);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  const fr = r() < 0.6;
  const words = fr ? FR : EN;
  const first = pick(FIRST), last = pick(LAST);
  const parts: string[] = [fr ? `Bonjour, je m'appelle ${first} ${last}.` : `Hello, my name is ${first} ${last}.`];
  const n = 150 + Math.floor(r() * 150);
  let sent: string[] = [];
  for (let k = 0; k < n; k++) {
    sent.push(pick(words));
    if (sent.length > 8 + r() * 10) { parts.push(`${sent.join(' ')}.`); sent = []; }
    if (r() < 0.01) parts.push(`${fr ? 'Mon email' : 'My email'}: ${first.toLowerCase()}.${last.toLowerCase()}${Math.floor(r() * 100)}@example.${fr ? 'fr' : 'com'}`);
    if (r() < 0.008) parts.push(`${fr ? 'Tél' : 'Phone'}: 0${1 + Math.floor(r() * 7)} ${String(Math.floor(r() * 1e8)).padStart(8, '0').replace(/(\d\d)(?=\d)/g, '$1 ')}`);
    if (r() < 0.004) parts.push(`IP ${10 + Math.floor(r() * 200)}.${Math.floor(r() * 255)}.${Math.floor(r() * 255)}.${Math.floor(r() * 255)}`);
    if (r() < 0.004) parts.push(`https://forum.example.org/t/${Math.floor(r() * 1e6)}`);
  }
  parts.push(fr ? `Cordialement, ${first}` : `Best regards, ${first}`);
  return { text: parts.join(' '), lang: fr ? 'fr' : 'en' };
}

/** Writes (or reuses) a corpus of about `mb` megabytes under `dir`; returns the total bytes. */
export function ensureCorpus(dir: string, mb: number): number {
  const marker = join(dir, `.complete-${mb}`);
  if (existsSync(marker)) return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).reduce((a, f) => a + statSync(join(dir, f)).size, 0);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (f.endsWith('.jsonl') || f.startsWith('.complete')) rmSync(join(dir, f));
  const target = mb * 1e6;
  const fileTarget = Math.min(32e6, Math.max(1e6, target / 8));
  let total = 0, i = 0, file = 0;
  while (total < target) {
    const lines: string[] = [];
    let size = 0;
    while (size < fileTarget && total + size < target) {
      const r = rng(i * 31 + 5)();
      let doc = makeDoc(i);
      if (r < 0.05 && i > 10) doc = makeDoc(i - 1 - Math.floor(r * 100));               // exact duplicate
      else if (r < 0.10 && i > 10) {                                                        // near duplicate
        const d = makeDoc(i - 1 - Math.floor(r * 1000) % 50);
        doc = { ...d, text: d.text.replace(/\.\s[^.]*\./, '. Merci encore pour votre retour rapide.') };
      }
      const line = JSON.stringify({ id: `doc-${i}`, text: doc.text, channel: i % 3 === 0 ? 'email' : 'ticket' });
      lines.push(line);
      size += line.length + 1;
      i++;
    }
    writeFileSync(join(dir, `part-${String(file++).padStart(4, '0')}.jsonl`), `${lines.join('\n')}\n`);
    total += size;
  }
  writeFileSync(marker, String(total));
  return total;
}
