/**
 * Synthetic training documents: the templates of templates.ts filled with names sampled from the open name lists,
 * with exact character spans. Seeded: the same seed gives the same documents.
 */
import type { Example, LabelledSpan } from './corpora.js';
import { pick, type NamePools } from './names-source.js';
import { COUNTRIES, EN_CITIES, EN_COUNTRIES, FR_CITIES, FR_COUNTRIES, MORE_PLACES, NON_PERSON_TERMS } from './places.js';
import { EN_TEMPLATES, FR_TEMPLATES, type Template } from './templates.js';

const FAMOUS_FR = ['Victor Hugo', 'Jean Jaurès', 'Pasteur', 'Émile Zola', 'Charles de Gaulle', 'Jean Moulin', 'Gambetta', 'Voltaire', 'Marie Curie', 'du Général Leclerc', 'Anatole France', 'Paul Bert', 'Jules Ferry', 'Louis Pasteur', 'Simone Veil', 'Albert Camus', 'Jean Zay', 'Pierre Brossolette', 'Georges Brassens', 'Rosa Parks', 'Molière', 'Jacques Prévert'];
const FAMOUS_EN = ['Victoria', 'Churchill', 'Martin Luther King', 'Lincoln', 'Washington', 'George', 'Elizabeth', 'Nelson Mandela', 'Shakespeare', 'Florence Nightingale', 'John Radcliffe', 'Grace Hopper'];
const FR_STREET = ['rue', 'rue', 'rue', 'avenue', 'boulevard', 'place', 'allée', 'impasse', 'chemin', 'quai', 'square'];
const EN_STREET = ['Street', 'Road', 'Avenue', 'Lane', 'Drive', 'Close', 'Crescent', 'Way', 'Terrace'];
const FR_ORG = ['Lycée', 'Collège', 'École', 'Groupe scolaire', 'Clinique', 'Hôpital', 'Centre hospitalier', 'Transports', 'Boulangerie', 'Cabinet', 'Pharmacie', 'Établissements', 'Résidence', 'Médiathèque', 'Stade', 'Fondation'];
const EN_ORG_SUFFIX = ['School', 'Academy', 'Hospital', '& Sons', 'Ltd', 'Foundation', 'Medical Centre', 'Primary School', 'College', 'Solicitors', 'Group'];
const FR_TITLES = ['M.', 'Mme', 'Madame', 'Monsieur', 'Mlle', 'Dr', 'Me', 'Pr'];
const EN_TITLES = ['Mr', 'Mrs', 'Ms', 'Dr', 'Mr.', 'Mrs.', 'Miss', 'Prof.'];
const FR_PARTICLE_LAST = ['de La Fontaine', 'Le Gall', 'Le Bihan', 'Le Roux', 'de Villiers', 'Da Silva', 'Dos Santos', 'Le Floch', 'du Pont', 'Van der Berg', 'El Mansouri', 'Ben Ali', "N'Diaye", "N'Guessan", "D'Almeida"];
const EN_PARTICLE_LAST = ["O'Brien", "O'Sullivan", "O'Connor", 'McDonald', 'MacLeod', 'van der Berg', 'de Vries', 'Van Damme', 'De Souza', 'Di Marco', 'El-Amin', 'St. John'];

const FR_PARTICLES = ['de', 'de', 'de La', 'du', 'Le', 'Le', 'La', 'Da', 'Dos', 'De', 'El', 'Ben', 'Van der', "d'", "N'", 'Ait', 'Abou'];
const EN_PARTICLES = ["O'", "O'", 'Mc', 'van', 'van der', 'van den', 'de', 'De', 'Di', 'Del', 'St.', 'El', 'Al', 'bin', 'ter', 'von'];

interface Person { first: string; last: string }

export class SynthGenerator {
  constructor(private readonly pools: NamePools, private readonly rand: () => number, private readonly orgs: readonly string[] = []) {}

  /** A capitalised term that is not a person: brand, software, role, heading, or an organisation from the corpora. */
  private nonPerson(): string {
    return this.orgs.length && this.rand() < 0.5 ? this.choice(this.orgs) : this.choice(NON_PERSON_TERMS);
  }

  private choice<T>(xs: readonly T[]): T { return xs[Math.floor(this.rand() * xs.length)] as T; }
  private num(max: number): string { return String(1 + Math.floor(this.rand() * max)); }

  private person(lang: 'fr' | 'en'): Person {
    const fp = lang === 'fr' ? this.pools.frFirst : this.pools.enFirst;
    const lp = lang === 'fr' ? this.pools.frLast : this.pools.enLast;
    // One in six names comes from the other language's lists: the held-out text mixes origins.
    const cross = this.rand() < 0.17;
    const fpool = cross ? (lang === 'fr' ? this.pools.enFirst : this.pools.frFirst) : fp;
    const lpool = cross ? (lang === 'fr' ? this.pools.enLast : this.pools.frLast) : lp;
    let first = pick(fpool, this.rand());
    let last = pick(lpool, this.rand());
    const r = this.rand();
    if (r < 0.08) first = `${first}-${pick(fpool, this.rand())}`;
    const r2 = this.rand();
    if (r2 < 0.08) last = `${last}-${pick(lpool, this.rand())}`;
    else if (r2 < 0.12) last = this.choice(lang === 'fr' ? FR_PARTICLE_LAST : EN_PARTICLE_LAST);
    else if (r2 < 0.2) {
      // Particle + surname, composed: "de Kerautem", "Le Goff", "van den Broek", "O'Hanlon", "El Amrani".
      const particle = this.choice(lang === 'fr' ? FR_PARTICLES : EN_PARTICLES);
      last = particle.endsWith("'") || particle === 'Mc' ? `${particle}${last}` : `${particle} ${last}`;
    }
    return { first, last };
  }

  private fullName(p: Person, lang: 'fr' | 'en'): string {
    const r = this.rand();
    if (lang === 'fr') {
      if (r < 0.55) return `${p.first} ${p.last}`;
      if (r < 0.68) return `${p.first} ${p.last.toUpperCase()}`;
      if (r < 0.78) return `${p.last.toUpperCase()} ${p.first}`;
      if (r < 0.87) return `${p.first.split('-').map((x) => x.charAt(0) + '.').join('-')} ${p.last}`;
      if (r < 0.93) return `${p.first} ${p.last} ${this.choice(['', 'Jr'])}`.trim();
      return p.last;
    }
    if (r < 0.6) return `${p.first} ${p.last}`;
    if (r < 0.68) return `${p.first} ${String.fromCharCode(65 + Math.floor(this.rand() * 26))}. ${p.last}`;
    if (r < 0.77) return `${p.first.charAt(0)}. ${p.last}`;
    if (r < 0.83) return `${p.first.toUpperCase()} ${p.last.toUpperCase()}`;
    if (r < 0.88) return `${p.first} ${p.last.charAt(0)}.`;
    if (r < 0.94) return `${p.first} ${pick(this.pools.enFirst, this.rand())} ${p.last}`;
    return p.last;
  }

  private street(lang: 'fr' | 'en', cast: Person[]): string {
    if (lang === 'fr') {
      const who = this.rand() < 0.5 ? this.choice(FAMOUS_FR) : `${(cast[0] as Person).first} ${pick(this.pools.frLast, this.rand())}`;
      return `${this.num(120)}${this.rand() < 0.1 ? ' bis' : ''}${this.rand() < 0.5 ? ',' : ''} ${this.choice(FR_STREET)} ${who}`;
    }
    const who = this.rand() < 0.4 ? this.choice(FAMOUS_EN) : pick(this.pools.enLast, this.rand());
    return `${this.num(300)} ${who} ${this.choice(EN_STREET)}`;
  }

  private org(lang: 'fr' | 'en'): string {
    if (lang === 'fr') {
      const r = this.rand();
      const who = r < 0.4 ? this.choice(FAMOUS_FR) : r < 0.7 ? pick(this.pools.frLast, this.rand()) : `${pick(this.pools.frFirst, this.rand())} ${pick(this.pools.frLast, this.rand())}`;
      return `${this.choice(FR_ORG)} ${who}`;
    }
    const r = this.rand();
    const who = r < 0.3 ? this.choice(FAMOUS_EN) : r < 0.7 ? pick(this.pools.enLast, this.rand()) : `St ${pick(this.pools.enFirst, this.rand())}'s`;
    return `${who} ${this.choice(EN_ORG_SUFFIX)}`;
  }

  private date(lang: 'fr' | 'en'): string {
    const d = this.num(28), m = this.num(12), y = String(1950 + Math.floor(this.rand() * 75));
    const r = this.rand();
    if (r < 0.5) return lang === 'fr' ? `${d.padStart(2, '0')}/${m.padStart(2, '0')}/${y}` : `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    const months = lang === 'fr' ? ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'] : ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    return lang === 'fr' ? `${d} ${months[Number(m) - 1]} ${y}` : `${d} ${months[Number(m) - 1]} ${y}`;
  }

  generate(lang: 'fr' | 'en', template?: Template): Example {
    const t = template ?? this.choice(lang === 'fr' ? FR_TEMPLATES : EN_TEMPLATES);
    const cast = [this.person(lang), this.person(lang), this.person(lang), this.person(lang)];
    const fulls = cast.map((p) => this.fullName(p, lang));
    const lower = t.genre === 'chat' && this.rand() < 0.5;
    let text = '';
    const spans: LabelledSpan[] = [];
    const re = /\{(\w+)\}/g;
    let last = 0;
    for (let m = re.exec(t.text); m !== null; m = re.exec(t.text)) {
      text += t.text.slice(last, m.index);
      last = m.index + m[0].length;
      const key = m[1] as string;
      let value = '';
      let label: 'PER' | 'LOC' | null = null;
      const pm = /^([A-D])(f|l|L|t|e|u|_)?$/.exec(key);
      if (pm && !(pm[1] === 'D' && !pm[2])) {
        const idx = pm[1]!.charCodeAt(0) - 65;
        const p = cast[idx] as Person;
        const kind = pm[2];
        if (!kind || kind === '_') { value = fulls[idx] as string; label = 'PER'; }
        else if (kind === 'f') { value = p.first; label = 'PER'; }
        else if (kind === 'l') { value = p.last; label = 'PER'; }
        else if (kind === 'L') { value = this.rand() < 0.7 ? p.last.toUpperCase() : p.last; label = 'PER'; }
        else if (kind === 't') value = this.choice(lang === 'fr' ? FR_TITLES : EN_TITLES);
        else if (kind === 'e') value = `${p.first.charAt(0)}${this.rand() < 0.5 ? '.' : ''}${p.last}`.toLowerCase().normalize('NFD').replace(/[^a-z.]/g, '') + `@${this.choice(['gmail.com', 'orange.fr', 'example.org', 'acme.co.uk', 'wanadoo.fr'])}`;
        else if (kind === 'u') value = `${p.first.charAt(0)}${p.last}`.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '') + this.num(99);
      } else {
        switch (key) {
          case 'CITY': value = this.rand() < 0.3 ? this.choice(MORE_PLACES) : this.choice(lang === 'fr' ? FR_CITIES : EN_CITIES); label = 'LOC'; break;
          case 'COUNTRY': value = this.rand() < 0.5 ? this.choice(COUNTRIES) : this.choice(lang === 'fr' ? FR_COUNTRIES : EN_COUNTRIES); label = value.startsWith('the ') ? null : 'LOC'; break;
          case 'STREET': value = this.street(lang, cast); break;
          case 'ORG': value = this.org(lang); break;
          case 'X': value = this.nonPerson(); break;
          case 'TOWN': value = pick(lang === 'fr' ? this.pools.frLast : this.pools.enLast, this.rand()) + (this.rand() < 0.3 ? this.choice(['-sur-Mer', '-les-Bains', 'ville', 'ton', 'ham', '-en-Bresse']) : ''); label = 'LOC'; break;
          case 'W': value = lang === 'fr' ? 'pierre' : this.choice(['mark', 'bill']); break;
          case 'N': value = this.num(this.rand() < 0.5 ? 99 : 99999); break;
          case 'D': value = this.date(lang); break;
          case 'H': value = `${this.num(23).padStart(2, '0')}:${String(Math.floor(this.rand() * 60)).padStart(2, '0')}`; break;
          case 'TEL': value = lang === 'fr' ? `0${this.num(7)} ${this.num(89)} ${this.num(89)} ${this.num(89)} ${this.num(89)}` : `+44 20 ${this.num(8999)} ${this.num(8999)}`; break;
          case 'ID': value = `${String.fromCharCode(65 + Math.floor(this.rand() * 26))}${this.num(999999)}`; break;
          default: value = key;
        }
      }
      if (lower && label) value = value.toLowerCase();
      if (label && value) spans.push({ start: text.length, end: text.length + value.length, type: label });
      text += value;
    }
    text += t.text.slice(last);
    if (lower && text.toLowerCase().length === text.length) text = text.toLowerCase();
    return { text, spans, lang, source: `synth-${t.genre}` };
  }
}
