// Small synthetic corpora for the build e2e tests: several files (so several tasks), exact and near
// duplicates, a bad row, a truncated gzip. Values are synthetic.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const SUBJECTS = ['commande', 'facture', 'livraison', 'remboursement', 'abonnement', 'mot de passe', 'colis', 'garantie'];
const VERBS = ['ne fonctionne pas', 'est en retard', 'a été annulée', 'reste bloquée', 'pose problème', 'a disparu'];

const VOCAB = ('hier matin client service réponse attente appel message courrier agence retard problème solution technicien rendez-vous ' +
  'adresse délai produit écran batterie chargeur câble boîte emballage transporteur suivi numéro dossier réclamation avoir ' +
  'crédit prélèvement virement banque carte contrat résiliation offre option forfait réseau internet box téléphone mobile ' +
  'application compte connexion erreur page site formulaire pièce jointe photo preuve ticket urgence semaine mois année ' +
  'lundi mardi mercredi jeudi vendredi samedi toujours encore jamais vraiment plutôt assez trop déjà bientôt ensuite').split(' ');

export function ticket(i: number, words = 60): string {
  let x = i * 2654435761 >>> 0;
  const r = (n: number) => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return x % n; };
  const parts = [`Bonjour, ma ${SUBJECTS[r(SUBJECTS.length)]} numéro ${1000 + i} ${VERBS[r(VERBS.length)]} depuis ${2 + r(20)} jours.`];
  const filler: string[] = [];
  while (parts.length + filler.length < words) filler.push(VOCAB[r(VOCAB.length)]!);
  parts.push(`${filler.join(' ')}.`);
  parts.push(`Merci de me répondre à client${i}@example.com.`);
  return parts.join(' ');
}

export function writeCorpus(dir: string, opts: { files?: number; perFile?: number } = {}): void {
  const files = opts.files ?? 3;
  const per = opts.perFile ?? 40;
  mkdirSync(join(dir, 'data'), { recursive: true });
  for (let f = 0; f < files; f++) {
    const lines: string[] = [];
    for (let i = 0; i < per; i++) {
      const n = f * per + i;
      lines.push(JSON.stringify({ id: `t${n}`, text: ticket(n), agent: `agent${n % 3}`, email: 'hidden@example.com' }));
    }
    // An exact duplicate (case and punctuation changes) of the first ticket of file 0, and a near duplicate.
    lines.push(JSON.stringify({ id: `dup-exact-${f}`, text: ticket(0).toUpperCase().replace(/,/g, '') }));
    const near = ticket(1).split(' ');
    near[5 + f] = 'modifié';
    lines.push(JSON.stringify({ id: `dup-near-${f}`, text: near.join(' ') }));
    lines.push(JSON.stringify({ id: `short-${f}`, text: 'ok merci' }));
    if (f === 1) lines.splice(3, 0, '{"id": "broken", "text": ');
    writeFileSync(join(dir, 'data', `tickets-${String(f).padStart(2, '0')}.jsonl`), `${lines.join('\n')}\n`);
  }
  const gz = gzipSync(Buffer.from([0, 1, 2].map((i) => JSON.stringify({ id: `gz${i}`, text: ticket(500 + i) })).join('\n') + '\n'));
  writeFileSync(join(dir, 'data', 'archive.jsonl.gz'), gz.subarray(0, gz.length - 12));
  // A Parquet file that is not one: recorded in errors.jsonl, the build goes on.
  writeFileSync(join(dir, 'data', 'legacy.parquet'), Buffer.concat([Buffer.from('PAR1'), Buffer.alloc(64, 7), Buffer.from('PAR1')]));
  // A synthetic project key (test only) next to tamis.yaml, where tamis build looks for it.
  writeFileSync(join(dir, '.tamis-key'), 'a1'.repeat(32), { mode: 0o600 });
  writeFileSync(join(dir, 'tamis.yaml'), `project: { name: e2e }
sources:
  - { id: tickets, path: "data/*.jsonl*", collection: direct, licence: internal, idField: id, period: 2024-01-01/2024-06-30 }
  - { id: legacy, path: "data/*.parquet", collection: reused, licence: CC-BY-4.0 }
pipeline:
  - minimise: { keepFields: [agent] }
  - quality: { minWords: 5 }
  - detect: {}
  - pseudonymise: { EMAIL: surrogate, default: tag }
  - dedup: {}
output: { path: out, taskSize: 1 }
`);
}
