/**
 * Writes the bundled example corpus (examples/corpus/): synthetic French/English support tickets (JSONL), emails
 * (CSV), forum pages (HTML) and a small web crawl (WARC.gz), with planted personal data (names, emails, phones,
 * IBANs and NIRs with valid check digits, addresses, IPs), sensitive passages (health, religion, union, sexual
 * orientation, criminal record), exact and near duplicates, an opt-out list and one broken row.
 * Everything is invented. Deterministic: `node --import tsx scripts/make-example-corpus.ts` rewrites the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';

const OUT = join(process.argv[2] ?? 'examples', 'corpus');
let seed = 20240601;
const rnd = () => { seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0; return seed / 0x100000000; };
const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
const int = (n: number) => Math.floor(rnd() * n);

const FIRST_FR = ['Camille', 'Julien', 'Sophie', 'Thomas', 'Léa', 'Hugo', 'Chloé', 'Nicolas', 'Manon', 'Antoine', 'Inès', 'Mathieu'];
const LAST_FR = ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Girard', 'Roux', 'Fournier', 'Mercier', 'Chevalier', 'Faure'];
const FIRST_EN = ['Emily', 'James', 'Olivia', 'Daniel', 'Grace', 'Henry', 'Chloe', 'Samuel', 'Lucy', 'Oliver'];
const LAST_EN = ['Walker', 'Harris', 'Clarke', 'Turner', 'Hughes', 'Bennett', 'Parker', 'Cooper', 'Morgan', 'Reed'];
const STREETS = ['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue de la République', 'impasse des Tilleuls'];
const CITIES = ['69003 Lyon', '33000 Bordeaux', '44000 Nantes', '31000 Toulouse', '59000 Lille', '75011 Paris'];

const strip = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
function person(fr: boolean) {
  const first = fr ? pick(FIRST_FR) : pick(FIRST_EN);
  const last = fr ? pick(LAST_FR) : pick(LAST_EN);
  return { first, last, email: `${strip(first)}.${strip(last)}${int(90) + 10}@${pick(['example.fr', 'example.com', 'mail.example.org'])}` };
}
const phoneFr = () => `0${pick(['6', '7', '1', '4'])} ${Array.from({ length: 4 }, () => String(int(100)).padStart(2, '0')).join(' ')}`;
const phoneEn = () => `+44 7700 9${String(int(100000)).padStart(5, '0')}`;
const ip = () => `${pick([82, 90, 176, 193])}.${int(255)}.${int(255)}.${1 + int(250)}`;

/** French IBAN with a valid RIB key and a valid ISO 13616 key (both mod 97). */
function iban(): string {
  const bank = String(10000 + int(89999));
  const branch = String(10000 + int(89999));
  const account = String(int(1e11)).padStart(11, '0');
  const rib = 97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(account)) % 97n);
  const bban = `${bank}${branch}${account}${String(rib).padStart(2, '0')}`;
  const digits = `${bban}152700`; // FR -> 15 27, then 00
  let rem = 0;
  for (const c of digits) rem = (rem * 10 + Number(c)) % 97;
  const key = String(98 - rem).padStart(2, '0');
  return `FR${key}${bban}`.replace(/(.{4})/g, '$1 ').trim();
}
/** French NIR (social security number) with its valid key: 97 - (13 digits mod 97). */
function nir(): string {
  const body = `${1 + int(2)}${String(60 + int(40)).padStart(2, '0')}${String(1 + int(12)).padStart(2, '0')}${String(pick([1, 6, 13, 31, 33, 35, 44, 59, 67, 69, 75, 92, 93, 94])).padStart(2, '0')}${String(1 + int(998)).padStart(3, '0')}${String(1 + int(998)).padStart(3, '0')}`;
  const key = 97 - Number(BigInt(body) % 97n);
  return `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${String(key).padStart(2, '0')}`;
}

const SENSITIVE_FR = [
  'Je suis diabétique et sous insuline, donc je ne peux pas attendre le remplacement du lecteur de glycémie.',
  'Je sors d\'une chimiothérapie et je suis très fatiguée, merci de m\'appeler plutôt que de me faire venir en agence.',
  'En tant que délégué CGT de mon entreprise, je vous demande de traiter ce dossier rapidement.',
  'Je suis musulman pratiquant et je souhaite que la livraison n\'ait pas lieu le vendredi après-midi.',
  'Mon compagnon et moi sommes un couple gay et votre formulaire n\'accepte pas deux prénoms masculins.',
  'J\'ai été condamné en 2019 pour conduite en état d\'ivresse et l\'assureur refuse maintenant mon dossier.',
];
const SENSITIVE_EN = [
  'I was diagnosed with depression last year and phone calls are very hard for me, please reply by email.',
  'As a member of the Unite union I am entitled to have a representative present at the meeting.',
  'I am a practising Catholic and cannot attend the appointment on Sunday morning.',
  'I have HIV and my medication was in the parcel that went missing.',
];

const FR = {
  open: ['Bonjour,', 'Madame, Monsieur,', 'Bonsoir,', 'Bonjour à l\'équipe,', 'Re-bonjour,'],
  problem: [
    (i: number) => `ma commande n°${100000 + i} n'est toujours pas arrivée alors que le suivi indique « livrée ».`,
    () => `le prélèvement du mois de ${pick(['janvier', 'février', 'mars', 'avril', 'mai'])} a été fait deux fois sur mon compte ${iban()}.`,
    () => `je n'arrive plus à me connecter à mon espace client, le site affiche « erreur ${pick([500, 502, 403])} ».`,
    () => `je viens de déménager au ${1 + int(120)} ${pick(STREETS)}, ${pick(CITIES)} et ma facture arrive toujours à l'ancienne adresse.`,
    () => `pour mon dossier de remboursement on me réclame mon numéro de sécurité sociale (${nir()}).`,
    () => `la box redémarre toutes les ${pick(['dix', 'cinq', 'vingt'])} minutes depuis la mise à jour de ${pick(['samedi', 'lundi', 'la semaine dernière'])}.`,
    () => `le technicien devait passer ${pick(['mardi', 'jeudi', 'ce matin'])} entre 8 h et 12 h mais personne n'est venu.`,
    () => `l'écran de la tablette achetée en ${pick(['mars', 'avril'])} s'est fissuré sans choc, elle est encore sous garantie.`,
  ],
  detail: [
    () => 'J\'ai déjà appelé trois fois le service client sans obtenir de réponse claire.',
    () => 'J\'ai essayé de débrancher, de réinitialiser et de changer de prise, rien n\'y fait.',
    () => `Mon adresse IP publique est ${ip()} si cela peut aider le technicien.`,
    () => 'Le colis a peut-être été déposé chez un voisin, mais personne ne l\'a vu.',
    () => `C'est la ${pick(['deuxième', 'troisième', 'quatrième'])} fois que cela arrive cette année.`,
    () => 'Je joins une capture d\'écran du message d\'erreur.',
    () => '',
  ],
  ask: ['Pouvez-vous vérifier et me tenir au courant ?', 'Merci de me rembourser au plus vite.', 'Merci de mettre mon dossier à jour.', 'Est-ce vraiment nécessaire ?', 'Je souhaite un geste commercial.', 'Quand pouvez-vous intervenir ?'],
  contact: [
    () => `Vous pouvez me joindre au ${phoneFr()}.`,
    (p: ReturnType<typeof person>) => `Mon adresse : ${p.email}.`,
    (p: ReturnType<typeof person>) => `Tél. ${phoneFr()} ou ${p.email}.`,
    () => '',
  ],
  close: ['Cordialement,', 'Merci d\'avance,', 'Bien à vous,', 'Bonne journée,'],
};
const EN = {
  open: ['Hello,', 'Hi,', 'Dear support team,', 'Good morning,'],
  problem: [
    (i: number) => `order #${200000 + i} still hasn't arrived although tracking says it was delivered.`,
    () => `I was charged twice for my ${pick(['subscription', 'broadband plan', 'phone contract'])} this month.`,
    () => 'I cannot log in to my account since yesterday, the website shows an error page.',
    () => `the router keeps rebooting every ${pick(['ten', 'five', 'twenty'])} minutes since ${pick(["Saturday's", "Monday's", "last week's"])} update.`,
    () => `the engineer was supposed to come on ${pick(['Tuesday', 'Thursday', 'Friday'])} morning but nobody showed up.`,
    () => `the laptop I bought in ${pick(['March', 'April'])} stopped charging and it is still under warranty.`,
  ],
  detail: [
    () => 'I have already called customer service three times.',
    () => 'I tried unplugging it and doing a factory reset, nothing works.',
    () => `My public IP is ${ip()} in case it helps the engineer.`,
    () => `This is the ${pick(['second', 'third', 'fourth'])} time it has happened this year.`,
    () => '',
  ],
  ask: ['Could you look into it?', 'Please refund the duplicate payment.', 'When can someone come?', 'I would like a replacement.'],
  contact: [
    () => `You can reach me on ${phoneEn()}.`,
    (p: ReturnType<typeof person>) => `My email is ${p.email}.`,
    () => '',
  ],
  close: ['Regards,', 'Thanks,', 'Best wishes,', 'Kind regards,'],
};

function compose(fr: boolean, i: number): string {
  const L = fr ? FR : EN;
  const p = person(fr);
  const intro = rnd() < 0.5 ? (fr ? `je m'appelle ${p.first} ${p.last} et ` : `my name is ${p.first} ${p.last} and `) : '';
  const d1 = int(L.detail.length);
  const d2 = (d1 + 1 + int(L.detail.length - 1)) % L.detail.length;
  const parts = [L.open[int(L.open.length)]!, `${intro}${pick(L.problem)(i)}`, L.detail[d1]!(), L.detail[d2]!(), pick(L.ask), pick(L.contact)(p)];
  if (rnd() < (fr ? 0.18 : 0.15)) parts.splice(2 + int(3), 0, pick(fr ? SENSITIVE_FR : SENSITIVE_EN));
  parts.push(`${pick(L.close)} ${p.first}${rnd() < 0.5 ? ` ${p.last}` : ''}`);
  const text = parts.filter((x) => x).join(' ');
  return text.replace(/^(\S+,) (\p{Ll})/u, (_, a: string, c: string) => `${a} ${c}`);
}
const ticketFr = (i: number) => compose(true, i);
const ticketEn = (i: number) => compose(false, i);

function main(): void {
  mkdirSync(join(OUT, 'tickets'), { recursive: true });
  mkdirSync(join(OUT, 'emails'), { recursive: true });
  mkdirSync(join(OUT, 'forum'), { recursive: true });
  mkdirSync(join(OUT, 'web'), { recursive: true });

  // Tickets (JSONL): 180 tickets, 12 exact re-submissions, 12 near duplicates (edited re-posts), one broken line.
  const tickets: { id: string; text: string; channel: string; agent: string; customer_email: string; created: string }[] = [];
  for (let i = 0; i < 180; i++) {
    const fr = rnd() < 0.65;
    tickets.push({ id: `T-${1000 + i}`, text: fr ? ticketFr(i) : ticketEn(i), channel: pick(['web', 'app', 'phone']), agent: `agent-${int(6)}`, customer_email: 'present-in-source@example.invalid', created: `2024-0${1 + int(6)}-${String(1 + int(28)).padStart(2, '0')}` });
  }
  for (let k = 0; k < 12; k++) {
    const src = tickets[int(180)]!;
    tickets.push({ ...src, id: `T-${2000 + k}` });
    const near = tickets[int(180)]!;
    tickets.push({ ...near, id: `T-${3000 + k}`, text: `${near.text.replace(/\.\s/, '. Je relance ma demande. ')} Merci d'avance.` });
  }
  const lines = tickets.map((t) => JSON.stringify(t));
  lines.splice(57, 0, '{"id": "T-broken", "text": "Bonjour, ma demande a été coupée');
  writeFileSync(join(OUT, 'tickets', 'tickets-2024H1.jsonl'), `${lines.join('\n')}\n`);

  // Emails (CSV): 80 messages, some replies quoting the previous message (near duplicates).
  const rows = ['message_id,subject,body,date'];
  const csv = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const bodies: string[] = [];
  for (let i = 0; i < 80; i++) {
    const fr = rnd() < 0.6;
    let body = fr ? ticketFr(500 + i) : ticketEn(500 + i);
    if (i > 5 && rnd() < 0.12) body = `${bodies[i - 1 - int(5)]!} ${fr ? 'Je vous remercie pour votre retour.' : 'Thank you for getting back to me.'}`;
    bodies.push(body);
    rows.push([`M-${5000 + i}`, csv(fr ? 'Réclamation' : 'Complaint'), csv(body), `2024-0${1 + int(6)}-${String(1 + int(28)).padStart(2, '0')}`].join(','));
  }
  writeFileSync(join(OUT, 'emails', 'support-inbox.csv'), `${rows.join('\n')}\n`);

  // Forum pages (HTML): 30 threads with navigation and footer boilerplate around the post.
  for (let i = 0; i < 30; i++) {
    const fr = rnd() < 0.7;
    const p = person(fr);
    const post = fr ? ticketFr(800 + i) : ticketEn(800 + i);
    const html = `<!doctype html><html lang="${fr ? 'fr' : 'en'}"><head><meta charset="utf-8"><title>${fr ? 'Forum d\'entraide' : 'Help forum'} — ${i}</title>
<link rel="canonical" href="https://forum.example.org/t/${4000 + i}"></head><body>
<nav><a href="/">Accueil</a> · <a href="/login">Connexion</a> · <a href="/rules">Règles du forum</a></nav>
<article><h1>${fr ? 'Problème avec ma commande' : 'Problem with my order'}</h1><p class="author">${fr ? 'Posté par' : 'Posted by'} ${p.first} ${p.last[0]}.</p>
<p>${post}</p><p>${fr ? 'Quelqu\'un a-t-il déjà eu ce souci ? Merci pour vos réponses, je suis vraiment à court d\'idées après trois appels au service client.' : 'Has anyone had the same issue? Thanks for any answer, I have run out of ideas after three calls to customer service.'}</p></article>
<footer>© 2024 Forum d'entraide — mentions légales — politique cookies</footer></body></html>\n`;
    writeFileSync(join(OUT, 'forum', `thread-${4000 + i}.html`), html);
  }

  // Web crawl (WARC.gz): 24 pages from 3 sites, one of which is on the opt-out list; one page crawled twice.
  void writeWarc();

  writeFileSync(join(OUT, 'opt-out.txt'), '# Objections received (GDPR Art. 21): ids, URLs or domains\nT-1003\nhttps://forum.example.org/t/4007\nblog.example.net\n');
}

async function writeWarc(): Promise<void> {
  const parts: Uint8Array[] = [];
  const sites = ['https://forum.example.org/t/', 'https://blog.example.net/post/', 'https://news.example.com/article/'];
  const pages: [string, string][] = [];
  for (let i = 0; i < 24; i++) {
    const url = `${sites[i % 3]}${9000 + i}`;
    const fr = rnd() < 0.6;
    pages.push([url, `<html lang="${fr ? 'fr' : 'en'}"><head><title>Page ${i}</title></head><body><nav>Menu · Accueil · Contact</nav><article><p>${fr ? ticketFr(900 + i) : ticketEn(900 + i)}</p><p>${fr ? 'Merci à tous pour vos conseils, je reviendrai donner des nouvelles dès que le problème sera réglé.' : 'Thanks everyone for the advice, I will post an update as soon as the problem is solved.'}</p></article><footer>© 2024</footer></body></html>`]);
  }
  pages.push([pages[3]![0], pages[3]![1]]); // crawled twice: exact duplicate
  for (const [url, html] of pages) {
    const body = new TextEncoder().encode(html);
    async function* content() { yield body; }
    const rec = WARCRecord.create({ url, date: `2024-05-${String(10 + int(15)).padStart(2, '0')}T10:00:00Z`, type: 'response', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' }, statusline: 'HTTP/1.1 200 OK', warcHeaders: { 'WARC-Record-ID': `<urn:uuid:00000000-0000-4000-8000-${String(parts.length).padStart(12, '0')}>` } }, content());
    parts.push(await WARCSerializer.serialize(rec, { gzip: true }));
  }
  writeFileSync(join(OUT, 'web', 'crawl-2024-05.warc.gz'), Buffer.concat(parts.map((p) => Buffer.from(p))));
}

main();
