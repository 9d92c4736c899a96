/**
 * Who a sentence is about. A sensitive cue counts only when the sentence links it to an identified or identifiable
 * person: the first-person author, a named person, a relative ("ma mère", "his husband"), a role that points at one
 * person ("le prévenu", "the appellant"), an identifier on the same log line, the addressee of a letter to a named
 * person, or a third-person pronoun in a document that names someone. Statistics, laws, hypotheticals and
 * negations lower or cancel the link. Every decision is returned with a short note for the evidence reason.
 */
import type { DetectedLang, Finding } from '../../core/types.js';
import { ADDRESSEE, EN, FORM_LABEL, FR, IDENT_FIELD, NOT_A_NAME, SALUTATION, TITLE, type LangCues } from './cues.js';
import type { Span } from './sentence.js';

export interface Link { kind: string; weight: number; note: string }

const IDENTIFIER_TYPES = new Set(['EMAIL', 'PHONE', 'USERNAME', 'FR_NIR', 'NATIONAL_ID', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN']);

/** Capitalised words that start sentences or name organisations/places/dates rather than people. */
const NAME_STOP = new Set(`le la les l un une des de du d au aux et ou mais si en dans pour par sur sous avec sans selon après avant
the a an and or but if in on at for of to from with by as after before this that these those his her he she we our my your it its
il elle ils elles je tu nous vous mon ma mes son sa ses ce cette cher chère dear bonjour hello hi objet subject re date tel tél
party parti court tribunal hospital hôpital centre center service services street road rue avenue lane drive close place square council
conseil union university université school école lycée collège church église mosque mosquée synagogue temple bank banque clinic clinique
ltd sas sarl inc plc group groupe team équipe ministry ministère police crown national royal general général saint st sainte mount lake
river north south east west nord sud est ouest new old great grand grande united république republic democrats democratic green greens
labour conservative conservatives liberal front france england scotland wales ireland london paris lyon europe european monday tuesday
wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche january february march april may june july
august september october november december janvier février mars avril mai juin juillet août septembre octobre novembre décembre
christmas noël easter pâques ramadan god dieu allah jesus christ office bureau department direction company société association fédération
federation committee comité club hotel hôtel station gare airport aéroport road highway autoroute state county city ville region région
house maison building bâtiment hall park parc museum musée library bibliothèque institute institut foundation fondation trust nhs cpam
caf pôle emploi mutuelle assurance insurance health santé care soins medical médical unit unité ward department tech systems data
monsieur madame mademoiselle docteur doctor maître professor professeur chief head director directeur directrice manager responsable
président présidente president secretary secrétaire minister ministre mayor maire judge juge officer agent mr mrs ms dr`.split(/\s+/));

const NAME_LIKE = /(?<![\p{L}\p{N}])([\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?)\s+((?:(?:de|du|des|van|von|der|le|la|di|da|ben|el|al|ap|mac)\s+)?[\p{Lu}][\p{Ll}\p{Lu}'’-]+)|(?<![\p{L}])([\p{Lu}]{2,}(?:[-'’][\p{Lu}]{2,})?)\s+([\p{Lu}][\p{Ll}]+)(?![\p{L}])/gu;

function nameLikeSpans(s: string): number {
  let n = 0;
  NAME_LIKE.lastIndex = 0;
  for (let m = NAME_LIKE.exec(s); m; m = NAME_LIKE.exec(s)) {
    const a = (m[1] ?? m[3] ?? '').toLowerCase();
    const b = (m[2] ?? m[4] ?? '').toLowerCase().replace(/^(?:de|du|des|van|von|der|le|la|di|da|ben|el|al|ap|mac)\s+/, '');
    if (!NAME_STOP.has(a) && !NAME_STOP.has(b) && a.length > 1 && b.length > 1) n++;
  }
  return n;
}

function test(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  return re.test(s);
}

/** What the whole document says about people; computed once, only for documents with a cue. */
export class DocContext {
  readonly cues: readonly LangCues[];
  readonly persons: readonly Finding[];
  readonly identifiers: readonly Finding[];
  /** The document is about one person (form, letter, record, CV): a cue with no person word still refers to them. */
  readonly subjectAnchor: boolean;
  /** Someone is named or pointed at somewhere: third-person pronouns are taken to refer to them. */
  readonly anchored: boolean;
  /** A letter or message addressed to a named person: "vous/you" is that person. */
  readonly addressed: boolean;

  constructor(readonly text: string, lang: DetectedLang, entities: readonly Finding[], readonly heuristics: boolean) {
    this.cues = lang === 'fr' ? [FR] : lang === 'en' ? [EN] : [FR, EN];
    this.persons = entities.filter((e) => e.type === 'PERSON' && e.score >= 0.5);
    this.identifiers = entities.filter((e) => IDENTIFIER_TYPES.has(e.type));
    let addressed = test(ADDRESSEE, text);
    SALUTATION.lastIndex = 0;
    for (let m = SALUTATION.exec(text); m && !addressed; m = SALUTATION.exec(text)) {
      if (!NOT_A_NAME.has((m[1] ?? '').toLowerCase())) addressed = true;
    }
    this.addressed = addressed;
    const titled = heuristics && test(TITLE, text);
    const header = heuristics && cvHeader(text);
    this.subjectAnchor = this.persons.length > 0 || titled || header || addressed || test(FORM_LABEL, text);
    this.anchored = this.subjectAnchor || this.cues.some((c) => test(c.role, text) || test(c.relation, text))
      || (heuristics && nameLikeSpans(text.length > 20000 ? text.slice(0, 20000) : text) > 0);
  }

  /** The strongest person link in one sentence. */
  link(sent: Span): Link | null {
    const s = this.text.slice(sent.start, sent.end);
    const found: Link[] = [];
    const add = (kind: string, weight: number, note: string) => found.push({ kind, weight, note });
    for (const c of this.cues) {
      if (test(c.first, s)) add('first-person', 1, 'first-person author (je/I, mon/my…)');
      if (test(c.relation, s)) add('relation', 0.9, 'a relative or close person of the author or addressee');
      if (test(c.role, s)) add('role', 0.85, 'a role or description pointing at one person (le prévenu, the patient…)');
      if (test(c.firstPlural, s)) add('first-person-plural', 0.6, 'first-person plural (nous/we)');
      if (test(c.second, s)) {
        if (this.addressed) add('addressee', 0.85, 'second person in a message addressed to a named person');
        else add('second-person', 0.25, 'second person in a text not addressed to anyone in particular');
      }
      if (test(c.third, s)) {
        add('third-person', this.anchored ? 0.8 : 0.5, this.anchored ? 'third-person pronoun; the document names or points at a person' : 'third-person pronoun with no person named in the document');
      }
    }
    for (const p of this.persons) {
      if (p.start < sent.end && p.end > sent.start) { add('named', 0.95, `named person (PERSON finding at ${p.start}-${p.end})`); break; }
    }
    if (this.heuristics) {
      if (test(TITLE, s)) add('title', 0.95, 'title followed by a name (M., Mme, Dr, Mr…)');
      else if (nameLikeSpans(s) > 0) add('name-like', 0.7, 'capitalised first name + surname pattern');
    }
    for (const f of this.identifiers) {
      if (f.start < sent.end && f.end > sent.start) { add('identifier', 0.75, `${f.type} identifier in the same sentence or line`); break; }
    }
    if (test(IDENT_FIELD, s)) add('identifier', 0.75, 'user/patient identifier field on the same line');
    if (found.length === 0 && this.subjectAnchor) add('document-subject', 0.6, 'no person word in the sentence; the document is about a named person (form, letter, record)');
    if (found.length === 0) return null;
    return found.reduce((a, b) => (b.weight > a.weight ? b : a));
  }

  /** Multiplier and notes for statistics/laws (generic) and hypotheticals in the sentence. */
  modifiers(sent: Span): { factor: number; notes: string[] } {
    const s = this.text.slice(sent.start, sent.end);
    let factor = 1;
    const notes: string[] = [];
    if (this.cues.some((c) => test(c.generic, s))) { factor *= 0.35; notes.push('general statement (statistics, population, law)'); }
    if (this.cues.some((c) => test(c.hypothetical, s))) { factor *= 0.45; notes.push('hypothetical or question'); }
    return { factor, notes };
  }

  /** True when the cue is negated ("pas de diabète", "no history of", "FNAEG refusé"). */
  negated(sent: Span, start: number, end: number): boolean {
    const before = this.text.slice(Math.max(sent.start, start - 28), start);
    const after = this.text.slice(end, Math.min(sent.end, end + 40));
    return this.cues.some((c) => {
      c.negBefore.lastIndex = 0;
      let m: RegExpExecArray | null;
      let neg = false;
      // The negation must be among the last few words before the cue.
      while ((m = c.negBefore.exec(before))) if (before.length - m.index <= 28) neg = true;
      return neg || test(c.negAfter, after);
    });
  }

  /** Affiliation words next to a party or union name ("délégué CGT", "Labour member"). */
  boosted(start: number, end: number): boolean {
    const before = this.text.slice(Math.max(0, start - 40), start);
    const after = this.text.slice(end, Math.min(this.text.length, end + 25));
    return this.cues.some((c) => test(c.booster, before) || test(c.booster, after));
  }
}

/** A CV or profile: the first line is just a name ("JOSEPH MWANGI-HARTLEY", "Lucas Ferhat-Morel"). */
function cvHeader(text: string): boolean {
  const first = /^\s*([^\n]{3,60})\n/.exec(text)?.[1]?.trim();
  if (!first) return false;
  if (!/^(?:[\p{Lu}][\p{L}'’-]+\s+){1,3}[\p{Lu}][\p{L}'’-]+$/u.test(first)) return false;
  return first.split(/\s+/).every((w) => !NAME_STOP.has(w.toLowerCase()));
}
