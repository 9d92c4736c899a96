/**
 * Seeded generator of realistic mixed French/English text for throughput measurements: e-mails, chats, logs,
 * forms and letters with planted identifiers (e-mails, phones, IBANs, cards with valid check digits, NIRs, SIRENs,
 * IPs, MACs, URLs) and look-alikes that are not identifiers (order numbers, dates, prices), amid a majority of plain
 * prose. Same seed, same corpus. All values are generated: no real person's data.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { ibanCheckDigits, luhnCheckDigit, nirKey, ribKey } from '../../src/detect/checksums.js';
import { seededRandom as rng } from '../../src/core/random.js';

export { rng };

type R = () => number;
const pick = <T>(r: R, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const int = (r: R, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const digits = (r: R, n: number) => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');
const pad = (n: number, w: number) => String(n).padStart(w, '0');

const FIRST_FR = ['Camille', 'Léa', 'Hugo', 'Chloé', 'Lucas', 'Manon', 'Nathan', 'Inès', 'Théo', 'Jade', 'Louis', 'Zoé', 'Gabriel', 'Anaïs', 'Raphaël', 'Élodie', 'Mathis', 'Sarah', 'Yanis', 'Océane'];
const LAST_FR = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'Roux', 'Fournier', 'Girard', 'Bonnet', 'Mercier'];
const FIRST_EN = ['Oliver', 'Amelia', 'George', 'Isla', 'Harry', 'Ava', 'Jack', 'Mia', 'Noah', 'Emily', 'James', 'Grace', 'William', 'Sophie', 'Thomas', 'Lily', 'Daniel', 'Chloe', 'Samuel', 'Ella'];
const LAST_EN = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke'];
const DOMAINS = ['gmail.com', 'yahoo.fr', 'orange.fr', 'free.fr', 'outlook.com', 'hotmail.co.uk', 'acme-logistique.fr', 'example.org', 'laposte.net', 'proton.me'];
const CITIES_FR = ['Lyon', 'Marseille', 'Toulouse', 'Nantes', 'Bordeaux', 'Lille', 'Rennes', 'Strasbourg', 'Grenoble', 'Montpellier'];

const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export const planted = {
  email: (r: R, first: string, last: string) => `${ascii(first)}${pick(r, ['.', '_', '', '-'])}${ascii(last)}${r() < 0.3 ? int(r, 1, 99) : ''}@${pick(r, DOMAINS)}`,
  phoneFr: (r: R) => {
    const n = `0${pick(r, ['6', '7', '1', '4', '5'])}${digits(r, 8)}`;
    const g = n.match(/../g) as string[];
    return pick(r, [g.join(' '), g.join('.'), g.join('-'), n, `+33 ${n.slice(1, 2)} ${g.slice(1).join(' ')}`]);
  },
  phoneEn: (r: R) => pick(r, [`+44 20 7946 0${digits(r, 3)}`, `020 7946 0${digits(r, 3)}`, `+1 212 736 ${digits(r, 4)}`, `(415) 555-${pad(int(r, 100, 199), 4)}`]),
  ibanFr: (r: R) => {
    const bank = digits(r, 5), branch = digits(r, 5), account = digits(r, 11);
    const bban = bank + branch + account + ribKey(bank, branch, account);
    const iban = `FR${ibanCheckDigits('FR', bban)}${bban}`;
    return r() < 0.6 ? (iban.match(/.{1,4}/g) as string[]).join(' ') : iban;
  },
  ibanDe: (r: R) => { const bban = digits(r, 18); return `DE${ibanCheckDigits('DE', bban)}${bban}`; },
  card: (r: R) => {
    const partial = pick(r, ['4', '51', '52', '53', '54', '55']) ;
    const body = partial + digits(r, 15 - partial.length);
    const n = body + luhnCheckDigit(body);
    return r() < 0.5 ? (n.match(/.{4}/g) as string[]).join(' ') : n;
  },
  nir: (r: R) => {
    const dept = pick(r, ['75', '69', '13', '33', '59', '2A', '2B', '971', '44']);
    const deptPart = dept.length === 3 ? dept + digits(r, 2) : dept + digits(r, 3);
    const n13 = `${int(r, 1, 2)}${pad(int(r, 40, 99), 2)}${pad(int(r, 1, 12), 2)}${deptPart}${digits(r, 3)}`;
    const nir = n13 + nirKey(n13);
    return r() < 0.5 ? `${nir.slice(0, 1)} ${nir.slice(1, 3)} ${nir.slice(3, 5)} ${nir.slice(5, 7)} ${nir.slice(7, 10)} ${nir.slice(10, 13)} ${nir.slice(13)}` : nir;
  },
  siren: (r: R) => { const b = digits(r, 8); return b + luhnCheckDigit(b); },
  ipv4: (r: R) => `${int(r, 11, 223)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`,
  ipv6: (r: R) => `2001:db8:${int(r, 0, 0xffff).toString(16)}::${int(r, 1, 0xffff).toString(16)}`,
  mac: (r: R) => Array.from({ length: 6 }, () => int(r, 0, 255).toString(16).padStart(2, '0')).join(':'),
  url: (r: R, last: string) => `https://www.${pick(r, ['linkedin.com/in', 'facebook.com', 'github.com'])}/${ascii(last)}${int(r, 1, 999)}`,
};

const PROSE_FR = [
  'La réunion de suivi a permis de faire le point sur l’avancement du projet et sur les prochaines étapes.',
  'Nous avons bien reçu votre demande et elle sera traitée dans les meilleurs délais par nos équipes.',
  'Le comité a rappelé que les délais de livraison dépendent fortement des conditions météorologiques.',
  'Cette année, la fréquentation du musée a progressé de 12 % grâce aux nouvelles expositions temporaires.',
  'Les travaux de rénovation de la médiathèque devraient s’achever avant la fin du trimestre.',
  'Il convient de vérifier que la procédure est bien documentée avant toute mise en production.',
  'Le rapport annuel détaille les investissements réalisés dans les infrastructures régionales.',
  'Après discussion, il a été décidé de reporter la formation au mois prochain, faute de salle disponible.',
  'Les résultats du trimestre sont conformes aux prévisions, malgré un contexte économique incertain.',
  'Pour toute question relative à votre commande, consultez d’abord la foire aux questions en ligne.',
];
const PROSE_EN = [
  'The quarterly review covered the progress of the migration and the risks identified by the team.',
  'We have received your request and one of our advisers will get back to you as soon as possible.',
  'Attendance at the library rose sharply after the opening hours were extended into the evening.',
  'The committee agreed that the delivery schedule should be revisited once the supplier confirms stock.',
  'Please make sure the deployment checklist has been completed before the release is approved.',
  'The annual report describes the investments made in regional transport over the last five years.',
  'After some discussion, the workshop was moved to next month because no room was available.',
  'Results for the quarter were in line with expectations despite an uncertain economic outlook.',
  'For any question about your order, please check the frequently asked questions page first.',
  'The new policy will apply to all contracts signed after the first of January next year.',
];

/** Sentence fragments combined at random, so the prose is not a handful of repeated sentences. */
const FRAG_FR = [
  ['Le service client', 'La direction régionale', 'Notre équipe technique', 'Le prestataire', 'Le conseil municipal', 'L’association', 'Le responsable du site', 'La commission'],
  ['a confirmé', 'souhaite rappeler', 'a indiqué lors de la séance', 'estime', 'a précisé dans son courrier', 'considère'],
  ['que le calendrier reste inchangé', 'que les nouvelles règles entreront en vigueur au printemps', 'que la demande sera examinée rapidement', 'que les coûts ont été maîtrisés', 'qu’une solution provisoire a été trouvée', 'que la livraison aura lieu la semaine prochaine', 'que le budget prévisionnel a été revu à la hausse'],
  ['.', ', sans donner plus de détails.', ', ce qui rassure les usagers.', ' malgré quelques réserves.', ', selon le compte rendu.'],
];
const FRAG_EN = [
  ['The support team', 'The regional office', 'Our engineering group', 'The contractor', 'The city council', 'The charity', 'The site manager', 'The board'],
  ['confirmed', 'wished to point out', 'said during the meeting', 'believes', 'explained in a letter', 'considers'],
  ['that the timetable is unchanged', 'that the new rules will apply from the spring', 'that the request will be reviewed shortly', 'that costs were kept under control', 'that a temporary fix has been found', 'that delivery is due next week', 'that the forecast budget was raised'],
  ['.', ', without giving further details.', ', which reassured customers.', ' despite some reservations.', ', according to the minutes.'],
];

function sentence(r: R, fr: boolean): string {
  if (r() < 0.4) return pick(r, fr ? PROSE_FR : PROSE_EN);
  const f = fr ? FRAG_FR : FRAG_EN;
  return f.map((part) => pick(r, part)).join(' ').replace(/ ([.,])/g, '$1');
}

/** Distractors: numbers that look like identifiers but are not (orders, dates, prices, references). */
function distractor(r: R, fr: boolean): string {
  return pick(r, [
    `${fr ? 'commande n°' : 'order #'}${digits(r, 10)}`,
    `${fr ? 'le' : 'on'} ${pad(int(r, 1, 28), 2)}/${pad(int(r, 1, 12), 2)}/20${pad(int(r, 10, 25), 2)}`,
    `${int(r, 10, 9999)},${pad(int(r, 0, 99), 2)} €`,
    `${fr ? 'réf.' : 'ref.'} ${digits(r, 16)}`,
    `${fr ? 'ticket' : 'ticket'} ${digits(r, 7)}`,
    `v${int(r, 1, 9)}.${int(r, 0, 20)}.${int(r, 0, 99)}`,
  ]);
}

function prose(r: R, fr: boolean, n: number): string {
  return Array.from({ length: n }, () => (r() < 0.15 ? `${sentence(r, fr)} (${distractor(r, fr)})` : sentence(r, fr))).join(' ');
}

interface Person { first: string; last: string; email: string; phone: string }
function person(r: R, fr: boolean): Person {
  const first = pick(r, fr ? FIRST_FR : FIRST_EN), last = pick(r, fr ? LAST_FR : LAST_EN);
  return { first, last, email: planted.email(r, first, last), phone: fr ? planted.phoneFr(r) : planted.phoneEn(r) };
}

type Genre = (r: R, fr: boolean) => string;
const GENRES: Genre[] = [
  // e-mail
  (r, fr) => {
    const a = person(r, fr), b = person(r, fr);
    return fr
      ? `De : ${a.first} ${a.last} <${a.email}>\nÀ : ${b.email}\nObjet : ${pick(r, ['Suivi du dossier', 'Réunion de jeudi', 'Votre facture', 'Planning'])}\n\nBonjour ${b.first},\n\n${prose(r, fr, int(r, 2, 6))}\nVous pouvez me joindre au ${a.phone}.\n\nCordialement,\n${a.first} ${a.last}`
      : `From: ${a.first} ${a.last} <${a.email}>\nTo: ${b.email}\nSubject: ${pick(r, ['Follow-up', 'Thursday meeting', 'Your invoice', 'Schedule'])}\n\nHi ${b.first},\n\n${prose(r, fr, int(r, 2, 6))}\nYou can reach me on ${a.phone}.\n\nBest regards,\n${a.first} ${a.last}`;
  },
  // chat
  (r, fr) => {
    const a = person(r, fr), b = person(r, fr);
    const lines = [`[${pad(int(r, 8, 19), 2)}:${pad(int(r, 0, 59), 2)}] @${ascii(a.first)}${int(r, 1, 99)}: ${prose(r, fr, 1)}`];
    lines.push(`[${pad(int(r, 8, 19), 2)}:${pad(int(r, 0, 59), 2)}] @${ascii(b.first)}: ${fr ? 'ok, mon numéro c’est le' : 'sure, my number is'} ${b.phone}`);
    if (r() < 0.5) lines.push(`[${pad(int(r, 8, 19), 2)}:${pad(int(r, 0, 59), 2)}] @${ascii(a.first)}: ${fr ? 'envoie aussi sur' : 'also send it to'} ${a.email}`);
    lines.push(prose(r, fr, int(r, 1, 3)));
    return lines.join('\n');
  },
  // log
  (r) => Array.from({ length: int(r, 3, 10) }, () => {
    const ts = `2024-${pad(int(r, 1, 12), 2)}-${pad(int(r, 1, 28), 2)}T${pad(int(r, 0, 23), 2)}:${pad(int(r, 0, 59), 2)}:${pad(int(r, 0, 59), 2)}Z`;
    return pick(r, [
      `${ts} INFO  http  GET /api/v2/orders/${digits(r, 6)} 200 ${int(r, 2, 900)}ms client=${planted.ipv4(r)}`,
      `${ts} WARN  auth  failed login for user=${ascii(pick(r, FIRST_EN))}${int(r, 1, 99)} from ${planted.ipv4(r)}`,
      `${ts} DEBUG net   lease renewed mac=${planted.mac(r)} ip=${planted.ipv4(r)}`,
      `${ts} INFO  jobs  batch ${digits(r, 8)} processed ${int(r, 1, 5000)} records in ${int(r, 1, 60)}s`,
      `${ts} ERROR smtp  bounce for ${planted.email(r, pick(r, FIRST_FR), pick(r, LAST_FR))}: mailbox full`,
      `${ts} INFO  ipv6  connection from ${planted.ipv6(r)}`,
    ]);
  }).join('\n'),
  // form
  (r, fr) => {
    const a = person(r, fr);
    return fr
      ? `Formulaire d'adhésion\nNom : ${a.last}\nPrénom : ${a.first}\nCourriel : ${a.email}\nTéléphone : ${a.phone}\nN° de sécurité sociale : ${planted.nir(r)}\nIBAN : ${planted.ibanFr(r)}\nSIREN employeur : ${planted.siren(r)}\nVille : ${pick(r, CITIES_FR)}\nCommentaire : ${prose(r, fr, int(r, 1, 3))}`
      : `Registration form\nName: ${a.first} ${a.last}\nEmail: ${a.email}\nPhone: ${a.phone}\nCard number: ${planted.card(r)}\nIBAN: ${planted.ibanDe(r)}\nProfile: ${planted.url(r, a.last)}\nComments: ${prose(r, fr, int(r, 1, 3))}`;
  },
  // letter
  (r, fr) => {
    const a = person(r, fr);
    return fr
      ? `${pick(r, CITIES_FR)}, le ${int(r, 1, 28)} mars 2024\n\nMadame, Monsieur,\n\n${prose(r, fr, int(r, 4, 10))}\n\nJe vous prie de bien vouloir prélever la somme de ${int(r, 20, 900)},00 € sur le compte ${planted.ibanFr(r)}.\n${prose(r, fr, int(r, 2, 5))}\n\n${a.first} ${a.last}`
      : `Dear Sir or Madam,\n\n${prose(r, fr, int(r, 4, 10))}\n\nPlease charge the card ending ${digits(r, 4)}; the full number is ${planted.card(r)}.\n${prose(r, fr, int(r, 2, 5))}\n\nYours faithfully,\n${a.first} ${a.last}`;
  },
  // plain prose: articles, reports, descriptions (most of a real training corpus)
  (r, fr) => Array.from({ length: int(r, 1, 4) }, () => prose(r, fr, int(r, 4, 12))).join('\n\n'),
];

/**
 * Share of each genre (e-mail, chat, log, form, letter, prose), in the order of GENRES: support-style documents
 * carry most identifiers, while prose, as in real corpora, is the bulk. The bench prints the resulting density.
 */
const WEIGHTS = [0.16, 0.14, 0.08, 0.08, 0.1, 0.44];

/** One document of the corpus. */
export function generateDoc(r: R): string {
  const fr = r() < 0.55;
  let x = r();
  let i = 0;
  while (i < WEIGHTS.length - 1 && x >= (WEIGHTS[i] as number)) { x -= WEIGHTS[i] as number; i++; }
  return (GENRES[i] as Genre)(r, fr);
}

/** Writes JSON Lines `{"id","text"}` to `path` until the texts total at least `mb` MB (10^6 bytes of UTF-8). */
export async function writeCorpus(path: string, mb: number, seed = 42): Promise<{ docs: number; textBytes: number }> {
  const r = rng(seed);
  const out = createWriteStream(path);
  const target = mb * 1e6;
  let textBytes = 0, docs = 0;
  while (textBytes < target) {
    const text = generateDoc(r);
    const line = JSON.stringify({ id: `doc-${++docs}`, text }) + '\n';
    textBytes += Buffer.byteLength(text);
    if (!out.write(line)) await once(out, 'drain');
  }
  await new Promise<void>((res, rej) => out.end((e?: Error | null) => (e ? rej(e) : res())));
  return { docs, textBytes };
}
