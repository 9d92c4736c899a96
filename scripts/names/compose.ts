/**
 * Composed synthetic documents: where templates.ts fills whole fixed documents, this builds each document from
 * interchangeable parts (mail headers, greetings, body sentences, sign-offs, signature blocks; chat lines with
 * several speaker layouts; CV sections; log lines; form fields; review sentences), so that the tagger sees the
 * held-out genres in many more arrangements and does not learn the wording of a few dozen templates. Every
 * capitalised non-person it needs (brands, products, companies named after a surname, single-word made-up brands,
 * job titles, headings) is generated too, unlabelled, so that "capitalised and unknown" does not mean "person".
 * Seeded: the same random source gives the same documents.
 */
import type { Example, LabelledSpan } from './corpora.js';
import { pick, type NamePools } from './names-source.js';
import { EN_CITIES, FR_CITIES, MORE_PLACES, NON_PERSON_TERMS } from './places.js';

type Lang = 'fr' | 'en';
/** A piece of text, labelled or not. */
type Part = string | { v: string; t: 'PER' | 'LOC' };

const BRAND_HEAD = 'Black Blue Bright Silver Gold Green Red North South East West Oak Pine Stone River Lake Star Sun Moon Iron Clear Swift Hill Field Brook Wood Thorn Lark Fox Hawk Wolf Bear Cedar Maple Ash Elm Rose Sky Cloud Rain Snow Frost Ever True Fair Well Kind Nova Terra Aqua Zen Peak Summit Harbour Bay Cove Marsh Moor Glen Vale Crown King Queen Royal Noble'.split(' ');
const BRAND_TAIL = 'spur thorn side gate point bridge view crest wave line path way works hub lab field stone wood brook ford ton well mark light water wind bloom leaf root field fold haven port shire stead vale wick worth craft forge'.split(' ');
const BUSINESS_EN = 'Electric Plumbing Motors Dental Realty Construction Landscaping Investments Corporation Orchestra Consulting Bakery Tire Market Insurance Logistics Partners Studio Design Roofing Builders Cleaning Garage Pharmacy Solicitors Accountants Removals Catering Florists Opticians Veterinary Kitchens Transport Foods Brewery Records Media Labs Capital Holdings Group Associates Ltd Inc. & Co. & Sons'.split(' ').map((x) => x.replace('&', '& ').replace('&  ', '& '));
const BUSINESS_FR = 'Électricité Plomberie Automobiles Immobilier Construction Paysages Conseil Boulangerie Pneus Assurances Transports Couverture Nettoyage Garage Pharmacie Avocats Expertise Traiteur Fleurs Optique Cuisines Distribution Menuiserie Peinture Déménagements Frères & Fils SARL SAS'.split(' ').map((x) => x.replace('&', '& ').replace('&  ', '& '));
const JOBS_EN = ['Account Manager', 'Senior Software Engineer', 'Head of Finance', 'Office Manager', 'HR Business Partner', 'Project Coordinator', 'Customer Success Lead', 'Operations Director', 'Data Analyst', 'Legal Counsel', 'Practice Manager', 'Site Supervisor', 'Sales Executive', 'Chief Executive', 'Marketing Assistant', 'Nurse Practitioner', 'Team Lead, Platform'];
const JOBS_FR = ['Chargée de clientèle', 'Ingénieur logiciel', 'Directrice financière', 'Responsable RH', 'Chef de projet', 'Assistante de direction', 'Responsable des opérations', 'Juriste', 'Comptable', 'Conseiller commercial', 'Infirmière coordinatrice', 'Technicien support', 'Directeur général', 'Gestionnaire de paie'];
const PRODUCTS = 'Terraform Ansible Jenkins Grafana Kibana Redis Nginx Tableau Figma Notion Trello Asana Zendesk HubSpot Workday Sage Xero QuickBooks Dropbox Okta Splunk Datadog Sentry Stripe Shopify Magento WordPress Drupal Photoshop Illustrator AutoCAD Revit Matlab Excel Outlook Teams Zoom Slack Webex SharePoint OneDrive Kodak Canon Nikon Samsung Huawei Xiaomi Pixel Galaxy iPhone Kindle Alexa Corona Visa MasterCard Amex PayPal Lydia Leboncoin Vinted Blablacar Qonto Alan Swile Payfit Lucca'.split(' ');
const HEADINGS_EN = ['Great Service', 'Rude and Untrustworthy', 'Highly Recommended', 'Cleanest Rooms', 'Terrible Experience', 'Friendly Staff', 'Good Value', 'Never Again', 'Five Stars', 'Quick Response', 'Overpriced', 'Professional and Reliable'];
const HEADINGS_FR = ['Service impeccable', 'Très déçu', 'Accueil chaleureux', 'Rapport qualité-prix', 'Je recommande', 'À éviter', 'Personnel Aimable', 'Livraison Rapide', 'Très Professionnel'];
/** Capitalised field labels and values that are not names (forms, chat speakers that are roles or shops). */
const LABELS_EN = ['Email', 'Phone', 'Status', 'Notes', 'Comments', 'Department', 'Team', 'Category', 'Priority', 'Source', 'Type', 'Result', 'Outcome', 'Test', 'Approved', 'Pending', 'Closed', 'Yes', 'No', 'Info'];
const LABELS_FR = ['Courriel', 'Téléphone', 'Statut', 'Remarques', 'Infos', 'Service', 'Équipe', 'Catégorie', 'Priorité', 'Source', 'Résultat', 'Test', 'Validé', 'En attente', 'Clôturé', 'Oui', 'Non', 'Non-fumeur', 'Divers'];
const SPEAKERS_EN = ['Support', 'Agent', 'Customer', 'Bot', 'System', 'Admin', 'Reception', 'Pharmacy', 'Corner Shop', 'Helpdesk', 'Moderator'];
const SPEAKERS_FR = ['Support', 'Conseiller', 'Client', 'Bot', 'Système', 'Accueil', 'Pharmacie', 'Épicerie', 'Épicerie du coin', 'Service client', 'Modérateur'];
const DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'tomorrow', 'next week', 'the 14th'];
const DAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'demain', 'la semaine prochaine', 'le 14'];

/** Sentence banks. {P} full name, {F} first name, {L} surname, {T} title + surname, {f} lower-case first name (chats),
 * {B} brand/product, {C} company, {J} job, {Y} city (LOC), {d} day, {n} number. Each occurrence draws a new filler. */
const BODY_EN = [
  'I spoke with {P} yesterday and she agrees with the plan.', 'Can you forward this to {F}?', '{F} will send the figures on {d}.',
  'Please loop in {P} from {C}.', 'We are moving the {B} rollout to {d}.', 'The {B} licence expires next week.', '{C} confirmed the order this morning.',
  "I'll be in {Y} until {d}.", "{F}'s team owns the {B} migration.", 'As discussed with {T}, the contract is attached.', 'Thanks to {F} and {F} for the quick turnaround.',
  'I have copied {P}, who looks after the account at {C}.', '{T} asked whether {C} can deliver before {d}.', 'The invoice from {C} is still unpaid ({n} days).',
  'Our new starter, {P}, joins the {Y} office on {d}.', 'Ticket {n} was reassigned to {F}.', '{L} and {L} were both in the meeting.', 'Could you check with {F} whether {B} is down again?',
  '{F} said {C} will quote by {d}.', 'The {B} dashboard shows {n} errors since {d}.', "Unlike last year, {C} won't sponsor the event.", 'I met {P} at the {C} stand in {Y}.',
];
const BODY_FR = [
  "J'ai eu {P} au téléphone hier, elle est d'accord.", 'Peux-tu transférer ceci à {F} ?', '{F} enverra les chiffres {d}.', 'Merci de mettre {P} ({C}) en copie.',
  'Le déploiement de {B} est reporté à {d}.', 'La licence {B} expire la semaine prochaine.', '{C} a confirmé la commande ce matin.', 'Je serai à {Y} jusqu\'à {d}.',
  "L'équipe de {F} s'occupe de la migration {B}.", 'Comme convenu avec {T}, vous trouverez le contrat en pièce jointe.', 'Merci à {F} et {F} pour leur réactivité.',
  '{T} demande si {C} peut livrer avant {d}.', 'La facture de {C} est toujours impayée ({n} jours).', 'Notre nouvelle recrue, {P}, arrive à l\'agence de {Y} {d}.',
  'Le ticket {n} a été réattribué à {F}.', '{L} et {L} étaient présents à la réunion.', 'Peux-tu vérifier avec {F} si {B} est encore en panne ?', "J'ai croisé {P} sur le stand {C} à {Y}.",
];
const CHAT_EN = ['ask {f}', '{f} said its fine', 'lol {f}', 'my name is {f}', "i'm {F}, new here", 'call me {f}', 'this is {F} from {C}', 'thx {f}', 'is {B} down again?', 'try restarting {B}',
  '{f} and {f} are late', 'did {f} reply?', 'ok', 'on my way', 'tell {f} i said hi', 'who has the {B} login', 'brb', '{F} is off today', 'can {f} cover for me', 'meeting moved to {n}'];
const CHAT_FR = ['demande à {f}', '{f} a dit que c\'était bon', 'mdr {f}', 'moi c\'est {f}', 'je suis {F}, nouvelle ici', 'c\'est {F} de chez {C}', 'merci {f}', '{B} marche plus ?', 'redémarre {B}',
  '{f} et {f} sont en retard', '{f} a répondu ?', 'ok', 'j\'arrive', 'dis bonjour à {f}', 'qui a les accès {B}', '{F} est absent aujourd\'hui', '{f} tu peux me remplacer ?', 'réunion décalée à {n}h'];
const REVIEW_EN = ['I have been using {C} for years.', 'Best {B} dealer in {Y}.', 'Ask for {F}, she was great.', '{T} is the best dentist in town!', '{C} customer service was helpful.',
  'Stick to {C}, twenty years and never a problem.', '{F} at the front desk sorted everything.', 'We bought the {B} and it broke after a week.', 'Highly recommend {C}.', 'Thanks {F}!'];
const REVIEW_FR = ['Je fais appel à {C} depuis des années.', 'Meilleur revendeur {B} de {Y}.', 'Demandez {F}, elle est top.', '{T} est le meilleur dentiste du quartier !', 'Le SAV de {C} a été efficace.',
  '{F} à l\'accueil a tout réglé.', 'Acheté le {B}, en panne au bout d\'une semaine.', 'Je recommande {C}.', 'Merci {F} !'];

export class Composer {
  constructor(private readonly pools: NamePools, private readonly rand: () => number, private readonly orgs: readonly string[] = []) {}

  private choice<T>(xs: readonly T[]): T { return xs[Math.floor(this.rand() * xs.length)] as T; }
  private chance(p: number): boolean { return this.rand() < p; }
  private num(max: number): string { return String(1 + Math.floor(this.rand() * max)); }

  private first(lang: Lang): string {
    const other = this.chance(0.2);
    return pick((lang === 'fr') !== other ? this.pools.frFirst : this.pools.enFirst, this.rand());
  }
  private last(lang: Lang): string {
    const other = this.chance(0.2);
    return pick((lang === 'fr') !== other ? this.pools.frLast : this.pools.enLast, this.rand());
  }
  /** A full name in one of the layouts seen in mail, CVs, forms and lists. */
  private full(lang: Lang, f = this.first(lang), l = this.last(lang)): string {
    const r = this.rand();
    if (r < 0.55) return `${f} ${l}`;
    if (r < 0.63) return `${f} ${String.fromCharCode(65 + Math.floor(this.rand() * 26))}. ${l}`;
    if (r < 0.7) return `${f.charAt(0)}. ${l}`;
    if (r < 0.8) return `${l.toUpperCase()} ${f}`;
    if (r < 0.88) return `${f} ${l.toUpperCase()}`;
    if (r < 0.94) return `${f} ${this.first(lang)} ${l}`;
    return `${l.toUpperCase()}`;
  }
  private title(lang: Lang): string {
    return this.choice(lang === 'fr' ? ['M.', 'Mme', 'Dr', 'Me', 'Madame', 'Monsieur'] : ['Mr', 'Mrs', 'Ms', 'Dr', 'Dr.', 'Mr.', 'Prof.']);
  }
  /** A capitalised brand that is not a person: an acronym, a known product or a made-up compound ("Larkspur", "Ironpath"). */
  private brand(): string {
    const r = this.rand();
    if (r < 0.1) return Array.from({ length: 2 + Math.floor(this.rand() * 3) }, () => String.fromCharCode(65 + Math.floor(this.rand() * 26))).join(''); // an acronym ("RCN")
    if (r < 0.45) return this.choice(PRODUCTS);
    if (r < 0.65) return this.choice(NON_PERSON_TERMS);
    return `${this.choice(BRAND_HEAD)}${this.choice(BRAND_TAIL)}`;
  }
  /** A company: a surname or a made-up word plus a business word ("Steele Electric"), or an organisation from the corpora. */
  private company(lang: Lang): string {
    const r = this.rand();
    if (r < 0.25 && this.orgs.length) return this.choice(this.orgs);
    if (r >= 0.7 && this.chance(0.4)) return `${this.choice(BRAND_HEAD)}${this.choice(BRAND_TAIL)}`; // one made-up word ("Blackthorn")
    const head = r < 0.7 ? this.last(lang) : `${this.choice(BRAND_HEAD)}${this.choice(BRAND_TAIL)}`;
    return `${head} ${this.choice(lang === 'fr' ? BUSINESS_FR : BUSINESS_EN)}`;
  }
  private city(lang: Lang): string {
    return this.chance(0.3) ? this.choice(MORE_PLACES) : this.choice(lang === 'fr' ? FR_CITIES : EN_CITIES);
  }

  /** Fills a sentence of the banks; `lower` writes names in lower case (chat style). */
  private fill(s: string, lang: Lang, lower = false): Part[] {
    const out: Part[] = [];
    let last = 0;
    const re = /\{(\w)\}/g;
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      out.push(s.slice(last, m.index));
      last = m.index + m[0].length;
      const k = m[1] as string;
      const per = (v: string): Part => ({ v: lower ? v.toLowerCase() : v, t: 'PER' });
      switch (k) {
        case 'P': out.push(per(this.full(lang))); break;
        case 'F': out.push(per(this.first(lang))); break;
        case 'f': out.push({ v: this.first(lang).toLowerCase(), t: 'PER' }); break;
        case 'L': out.push(per(this.chance(0.3) ? this.last(lang).toUpperCase() : this.last(lang))); break;
        case 'T': out.push(`${this.title(lang)} `, per(this.last(lang))); break;
        case 'B': out.push(this.brand()); break;
        case 'C': out.push(this.company(lang)); break;
        case 'J': out.push(this.choice(lang === 'fr' ? JOBS_FR : JOBS_EN)); break;
        case 'Y': out.push({ v: this.city(lang), t: 'LOC' }); break;
        case 'd': out.push(this.choice(lang === 'fr' ? DAYS_FR : DAYS_EN)); break;
        case 'n': out.push(this.num(this.chance(0.5) ? 99 : 99999)); break;
        default: out.push(k);
      }
    }
    out.push(s.slice(last));
    return out;
  }

  private email(lang: Lang): Part[] {
    const fr = lang === 'fr';
    const to = { f: this.first(lang), l: this.last(lang) };
    const me = { f: this.first(lang), l: this.last(lang) };
    const addr = (p: { f: string; l: string }) => `${p.f.charAt(0)}${this.chance(0.5) ? '.' : ''}${p.l}`.toLowerCase().normalize('NFD').replace(/[^a-z.]/g, '') + `@${this.choice(['gmail.com', 'orange.fr', 'acme.io', 'example.org', 'corp.co.uk'])}`;
    const parts: Part[] = [];
    if (this.chance(0.5)) {
      parts.push(fr ? 'De : ' : 'From: ', { v: `${me.f} ${me.l}`, t: 'PER' }, ` <${addr(me)}>\n`, fr ? 'À : ' : 'To: ', { v: `${to.f} ${to.l}`, t: 'PER' }, ` <${addr(to)}>\n`);
      parts.push(fr ? 'Objet : ' : 'Subject: ', ...this.fill(this.choice(fr ? ['RE: {B}', 'Réunion {d}', 'Facture {n}', 'Dossier {C}'] : ['RE: {B}', 'Meeting {d}', 'Invoice {n}', 'FW: {C} account']), lang), '\n\n');
    }
    const g = this.rand();
    if (g < 0.35) parts.push(fr ? this.choice(['Bonjour ', 'Salut ', 'Coucou ', 'Bonsoir ']) : this.choice(['Hi ', 'Hello ', 'Hey ', 'Morning ']), { v: to.f, t: 'PER' }, this.choice([',', ',', ' !', '']), '\n\n');
    else if (g < 0.55) parts.push({ v: to.f, t: 'PER' }, this.choice([',', ' -', '']), '\n\n');
    else if (g < 0.75) parts.push(fr ? 'Madame, Monsieur' : 'Dear ', ...(fr ? [] : [`${this.title(lang)} `, { v: to.l, t: 'PER' as const }]), ',\n\n');
    else parts.push(fr ? 'Bonjour à tous,\n\n' : this.choice(['Hi all,\n\n', 'Team,\n\n', 'Dear colleagues,\n\n']));
    const n = 1 + Math.floor(this.rand() * 4);
    for (let i = 0; i < n; i++) parts.push(...this.fill(this.choice(fr ? BODY_FR : BODY_EN), lang), i + 1 < n && this.chance(0.6) ? ' ' : '\n');
    parts.push('\n', this.choice(fr ? ['Cordialement,', 'Bien à vous,', 'Merci,', 'Bonne journée,', 'A+', '--', 'Bien cordialement,'] : ['Thanks,', 'Best,', 'Regards,', 'Cheers,', 'Best regards,', 'Kind regards,', '--', 'Many thanks']), '\n');
    const s = this.rand();
    if (s < 0.3) parts.push({ v: me.f, t: 'PER' });
    else if (s < 0.4) parts.push({ v: `${me.f.charAt(0)}${me.l.charAt(0)}`.toUpperCase(), t: 'PER' });
    else if (s < 0.75) parts.push({ v: `${me.f} ${me.l}`, t: 'PER' }, '\n', ...this.fill('{J}\n{C}', lang), this.chance(0.5) ? `\n${fr ? 'Tél' : 'T'}: +${this.num(99)} ${this.num(999)} ${this.num(9999)}` : '');
    else parts.push({ v: `${me.f} ${me.l}`, t: 'PER' }, ' | ', ...this.fill('{J} | {C}', lang));
    if (this.chance(0.15)) parts.push(fr ? '\nEnvoyé de mon iPhone' : '\nSent from my iPhone');
    return parts;
  }

  private chat(lang: Lang): Part[] {
    const fr = lang === 'fr';
    const lower = this.chance(0.6);
    // Speakers by first name, or by full name as chat exports and support tools show them ("Conceição Ribeiro:").
    const fullNames = this.chance(0.3);
    const cast = [0, 1, 2].map(() => (fullNames ? `${this.first(lang)} ${this.last(lang)}` : this.first(lang)));
    const layout = this.rand();
    const parts: Part[] = [];
    const n = 3 + Math.floor(this.rand() * 6);
    for (let i = 0; i < n; i++) {
      const who = this.choice(cast);
      // One speaker in four is a role, a shop or a brand, not a person ("Support:", "Épicerie :").
      const role = this.chance(0.25) ? (this.chance(0.5) ? this.choice(fr ? SPEAKERS_FR : SPEAKERS_EN) : this.brand()) : null;
      const w: Part = role ?? { v: lower ? who.toLowerCase() : who, t: 'PER' };
      const h = `${this.num(23).padStart(2, '0')}:${String(Math.floor(this.rand() * 60)).padStart(2, '0')}`;
      if (layout < 0.3) parts.push(`[${h}] `, w, ': ');
      else if (layout < 0.55) parts.push(w, fr && this.chance(0.5) ? ' : ' : ': ');
      else if (layout < 0.7) parts.push('<', w, '> ');
      else if (layout < 0.85) parts.push(w, ` (${h}): `);
      else parts.push(`${h} `, w, ' - ');
      parts.push(...this.fill(this.choice(fr ? CHAT_FR : CHAT_EN), lang, lower), '\n');
    }
    return parts;
  }

  private cv(lang: Lang): Part[] {
    const fr = lang === 'fr';
    const f = this.first(lang), l = this.last(lang);
    const parts: Part[] = [{ v: this.chance(0.5) ? `${f} ${l}` : `${f} ${l.toUpperCase()}`, t: 'PER' }, '\n', ...this.fill('{J}\n', lang), { v: this.city(lang), t: 'LOC' }, ` · +${this.num(99)} ${this.num(999)} ${this.num(9999)}\n\n`];
    parts.push(fr ? 'EXPÉRIENCE\n' : 'EXPERIENCE\n');
    for (let i = 0; i < 2; i++) parts.push(...this.fill(`{J} — {C}, {Y} (${2000 + Math.floor(this.rand() * 24)}–${this.chance(0.5) ? (fr ? "aujourd'hui" : 'present') : 2024})\n`, lang));
    parts.push(fr ? '\nCOMPÉTENCES\n' : '\nSKILLS\n', ...this.fill('{B}, {B}, {B}, {B}\n', lang));
    parts.push(fr ? '\nRÉFÉRENCES\n' : '\nREFERENCES\n', ...this.fill('{P}, {J}, {C}', lang));
    return parts;
  }

  private log(lang: Lang): Part[] {
    const parts: Part[] = [];
    const n = 3 + Math.floor(this.rand() * 5);
    for (let i = 0; i < n; i++) {
      const ts = `2024-${this.num(12).padStart(2, '0')}-${this.num(28).padStart(2, '0')} ${this.num(23).padStart(2, '0')}:${this.num(59).padStart(2, '0')}:${this.num(59).padStart(2, '0')}`;
      const lvl = this.choice(['INFO ', 'WARN ', 'ERROR', 'DEBUG']);
      const f = this.first(lang), l = this.last(lang);
      const user = `${f.charAt(0)}${l}`.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '') + (this.chance(0.5) ? this.num(99) : '');
      const r = this.rand();
      parts.push(`${ts} ${lvl} `);
      if (r < 0.25) parts.push(`user ${user} (id=${this.num(99999)}) logged in from 10.${this.num(254)}.${this.num(254)}.${this.num(254)}`);
      else if (r < 0.45) parts.push('ticket #', this.num(9999), ' assigned to ', { v: this.full(lang, f, l), t: 'PER' });
      else if (r < 0.6) parts.push('owner="', { v: `${f} ${l}`, t: 'PER' }, `" job=${this.brand().toLowerCase()}-${this.num(999)} status=${this.choice(['ok', 'failed', 'retry'])}`);
      else if (r < 0.75) parts.push(`${this.brand()} sync finished: ${this.num(9999)} rows in ${this.num(999)} ms`);
      else if (r < 0.88) parts.push('approved by ', { v: `${l.toUpperCase()} ${f}`, t: 'PER' }, ` (${user})`);
      else parts.push(`worker-${this.num(16)} ${this.brand()} timeout after ${this.num(30000)}ms attempt ${this.num(5)}/5`);
      parts.push('\n');
    }
    return parts;
  }

  private form(lang: Lang): Part[] {
    const fr = lang === 'fr';
    const f = this.first(lang), l = this.last(lang);
    const parts: Part[] = [];
    const r = this.rand();
    if (r < 0.35) parts.push(fr ? 'Nom : ' : 'Name: ', { v: `${l.toUpperCase()} ${f}`, t: 'PER' }, '\n');
    else if (r < 0.65) parts.push(fr ? 'Nom : ' : 'Last name: ', { v: l.toUpperCase(), t: 'PER' }, '\n', fr ? 'Prénom : ' : 'First name: ', { v: f, t: 'PER' }, '\n');
    else parts.push(fr ? 'Nom et prénom : ' : 'Full name: ', { v: this.full(lang, f, l), t: 'PER' }, '\n');
    const fields: Array<() => Part[]> = [
      () => [fr ? 'Ville : ' : 'City: ', { v: this.city(lang), t: 'LOC' }, '\n'],
      () => this.fill(fr ? 'Employeur : {C}\n' : 'Employer: {C}\n', lang),
      () => this.fill(fr ? 'Poste : {J}\n' : 'Position: {J}\n', lang),
      () => this.fill(fr ? 'Produit : {B}\n' : 'Product: {B}\n', lang),
      () => [fr ? 'Personne à contacter : ' : 'Contact person: ', `${this.title(lang)} `, { v: this.full(lang), t: 'PER' }, '\n'],
      () => [fr ? 'Référence : ' : 'Reference: ', `${this.num(99999)}\n`],
      () => [`${this.choice(fr ? LABELS_FR : LABELS_EN)}${fr ? ' : ' : ': '}${this.choice(fr ? LABELS_FR : LABELS_EN)}\n`],
      () => [`${this.choice(fr ? LABELS_FR : LABELS_EN)}\n`],
      () => this.fill(fr ? 'Banque : {C}\n' : 'Bank: {C}\n', lang),
    ];
    const k = 2 + Math.floor(this.rand() * 4);
    for (let i = 0; i < k; i++) parts.push(...this.choice(fields)());
    return parts;
  }

  private review(lang: Lang): Part[] {
    const fr = lang === 'fr';
    const parts: Part[] = [this.choice(fr ? HEADINGS_FR : HEADINGS_EN), '\n'];
    const n = 2 + Math.floor(this.rand() * 3);
    for (let i = 0; i < n; i++) parts.push(...this.fill(this.choice(fr ? REVIEW_FR : REVIEW_EN), lang), ' ');
    return parts;
  }

  /** A list of people ("Present: ...", "founded by ...") with surnames alone or full names, some in capitals. */
  private list(lang: Lang): Part[] {
    const fr = lang === 'fr';
    const parts: Part[] = [this.choice(fr ? ['Présents : ', 'Fondateurs : ', 'Participants : ', 'Signataires : ', 'Excusés : '] : ['Present: ', 'Founders: ', 'Attendees: ', 'Signed by ', 'Apologies: ', 'in which '])];
    const style = this.rand();
    const n = 2 + Math.floor(this.rand() * 4);
    for (let i = 0; i < n; i++) {
      const l = this.last(lang);
      const v = style < 0.3 ? l : style < 0.5 ? l.toUpperCase() : this.full(lang, this.first(lang), l);
      parts.push({ v, t: 'PER' }, i + 2 < n ? ', ' : i + 1 < n ? (fr ? ' et ' : this.choice([' and ', ', and '])) : '');
    }
    parts.push(this.choice(fr ? ['.\n', ' ont signé.\n', '\n'] : ['.\n', ' joined.\n', '\n']));
    if (this.chance(0.5)) parts.push(...this.fill(this.choice(fr ? BODY_FR : BODY_EN), lang));
    return parts;
  }

  generate(lang: Lang): Example {
    const r = this.rand();
    const parts = r < 0.3 ? this.email(lang) : r < 0.5 ? this.chat(lang) : r < 0.6 ? this.cv(lang) : r < 0.7 ? this.log(lang) : r < 0.8 ? this.form(lang) : r < 0.9 ? this.review(lang) : this.list(lang);
    let text = '';
    const spans: LabelledSpan[] = [];
    for (const p of parts) {
      if (typeof p === 'string') { text += p; continue; }
      spans.push({ start: text.length, end: text.length + p.v.length, type: p.t });
      text += p.v;
    }
    return { text, spans, lang, source: 'synth-composed' };
  }
}
