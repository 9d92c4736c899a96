/**
 * Who a sentence is about. A sensitive cue counts only when the sentence links it to an identified or identifiable
 * person: the first-person author, a named person, a relative ("ma mère", "his husband"), a role that points at one
 * person ("le prévenu", "the appellant"), an identifier on the same log line, the addressee of a letter to a named
 * person, or a third-person pronoun in a document that names someone. Statistics, laws, hypotheticals and
 * negations lower or cancel the link. Every decision is returned with a short note for the evidence reason.
 */
import type { DetectedLang, Finding } from '../../core/types.js';
import {
  ADDRESSEE, EN, EXPERT_ROLE, FORM_LABEL, FR, IDENT_FIELD, NOT_A_NAME, PERSONAL_CUE, SALUTATION, SALUTATION_ANONYMOUS, SPEECH_VERB, TITLE, wordGate,
  type LangCues,
} from './cues.js';
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
island isle bay valley province town village district coast beach port mountains mountain hill forest canal bridge airport
castle abbey cathedral market square gardens heath moor forum street research charity society relief aid alliance network uk
id touch face settings app apple google microsoft roman catholic catholics protestant jewish muslim christian hindu buddhist
sikh orthodox islamic anglican methodist baptist evangelical diocese bishop cathedral chapel synagogue mosque temple
monsieur madame mademoiselle docteur doctor maître professor professeur chief head director directeur directrice manager responsable
président présidente president secretary secrétaire minister ministre mayor maire judge juge officer agent mr mrs ms dr`.split(/\s+/));

const NAME_LIKE = /(?<![\p{L}\p{N}])([\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)?)\s+((?:(?:de|du|des|van|von|der|le|la|di|da|ben|el|al|ap|mac)\s+)?(?:[\p{Lu}][\p{Ll}][\p{Ll}\p{Lu}'’-]*|[\p{Lu}]{3,}(?:-[\p{Lu}]+)*))|(?<![\p{L}])([\p{Lu}]{2,}(?:[-'’][\p{Lu}]{2,})?)\s+([\p{Lu}][\p{Ll}]+)(?![\p{L}])/gu;

/** A single capitalised word inside a sentence, as the subject of a verb: "tu savais que Julien est gay". */
const NAME_SUBJECT = /(?<=[\p{Ll},;:]\s+)([\p{Lu}][\p{Ll}]{2,})\s+(?:est|était|a|avait|is|was|has|had)\s|(?<![\p{L}])([\p{Lu}][\p{Ll}]+)\s+\([^()\n]{2,40}\)/gu;

function nameLikeSpans(s: string): number {
  let n = 0;
  NAME_SUBJECT.lastIndex = 0;
  for (let m = NAME_SUBJECT.exec(s); m; m = NAME_SUBJECT.exec(s)) if (!NAME_STOP.has((m[1] ?? m[2] ?? '').toLowerCase())) n++;
  NAME_LIKE.lastIndex = 0;
  for (let m = NAME_LIKE.exec(s); m; m = NAME_LIKE.exec(s)) {
    const a = (m[1] ?? m[3] ?? '').toLowerCase();
    const b = (m[2] ?? m[4] ?? '').toLowerCase().replace(/^(?:de|du|des|van|von|der|le|la|di|da|ben|el|al|ap|mac)\s+/, '');
    if (!NAME_STOP.has(a) && !NAME_STOP.has(b) && a.length > 1 && b.length > 1) n++;
  }
  return n;
}

const gates = new WeakMap<RegExp, RegExp | null>();

/** `re.test(s)` from the start, run only when its cheaper word gate (see wordGate) matches. Same answer. */
function test(re: RegExp, s: string): boolean {
  let gate = gates.get(re);
  if (gate === undefined) { gate = wordGate(re); gates.set(re, gate); }
  if (gate) {
    gate.lastIndex = 0;
    if (!gate.test(s)) return false;
  }
  re.lastIndex = 0;
  return re.test(s);
}

/** What the whole document says about people; computed once, only for documents with a cue. */
export class DocContext {
  readonly cues: readonly LangCues[];
  readonly persons: readonly Finding[];
  readonly identifiers: readonly Finding[];
  private memo = new Map<string, boolean>();
  private once(key: string, f: () => boolean): boolean {
    let v = this.memo.get(key);
    if (v === undefined) { v = f(); this.memo.set(key, v); }
    return v;
  }

  /** `cues`: spans of the sensitive cues; a PERSON finding on a cue word ("Asthma" in a title) is not a person. */
  constructor(readonly text: string, lang: DetectedLang, entities: readonly Finding[], readonly heuristics: boolean, cues: readonly Span[] = []) {
    this.cues = lang === 'fr' ? [FR] : lang === 'en' ? [EN] : [FR, EN];
    this.persons = entities.filter((e) => e.type === 'PERSON' && e.score >= 0.5 && !cues.some((c) => c.start < e.end && e.start < c.end));
    this.identifiers = entities.filter((e) => IDENTIFIER_TYPES.has(e.type));
  }

  /** Only the head of very long documents is read for document-wide signals (bounded cost). */
  private get head(): string {
    return this.text.length > 20000 ? this.text.slice(0, 20000) : this.text;
  }

  /** A message addressed to a named (or one unnamed) person: "vous/you" is that person. */
  get addressed(): boolean {
    return this.once('addressed', () => {
      const text = this.head;
      if (test(ADDRESSEE, text) || SALUTATION_ANONYMOUS.test(text)) return true;
      SALUTATION.lastIndex = 0;
      for (let m = SALUTATION.exec(text); m; m = SALUTATION.exec(text)) if (!NOT_A_NAME.has((m[1] ?? '').toLowerCase())) return true;
      return false;
    });
  }

  /** The document is about one person (form, record, letter, CV): a cue with no person word refers to them. */
  get subject(): boolean {
    // A full name (two words or more) from the name recognizer, not a lone capitalised word it may have misread.
    return this.once('subject', () => this.persons.some((p) => /\s/.test(this.text.slice(p.start, p.end))) || this.addressed
      || test(FORM_LABEL, this.head) || test(TITLE, this.head) || (this.heuristics && cvHeader(this.head)));
  }

  /** Someone is named or pointed at somewhere: third-person pronouns are taken to refer to them. */
  get anchored(): boolean {
    return this.once('anchored', () => this.subject || this.cues.some((c) => test(c.role, this.head) || test(c.relation, this.head))
      || (this.heuristics && nameLikeSpans(this.head) > 0));
  }

  /** The document is written in the first person somewhere (profile, post, CV in "je"). */
  get firstPerson(): boolean {
    return this.once('firstPerson', () => this.cues.some((c) => test(c.first, this.head)));
  }

  /** The strongest person link in one sentence (checked strongest first, so most sentences stop early). */
  link(sent: Span): Link | null {
    const s = this.text.slice(sent.start, sent.end);
    const any = (pick: (c: LangCues) => RegExp) => this.cues.some((c) => test(pick(c), s));
    if (any((c) => c.first)) return { kind: 'first-person', weight: 1, note: 'first-person author (je/I, mon/my…)' };
    const named = this.persons.filter((p) => p.start < sent.end && p.end > sent.start);
    // One official or expert speaking about a topic is the speaker, not the subject (unless something personal is said).
    const people = named.filter((p) => /^\p{Lu}/u.test(this.text.slice(p.start, p.end)));
    // The rarer speech verb first: its gate rejects most sentences, the expert role's does not.
    const speaker = people.length <= 1 && test(SPEECH_VERB, s) && test(EXPERT_ROLE, s) && !test(PERSONAL_CUE, s);
    if (!speaker) {
      const p = named[0];
      if (p) return { kind: 'named', weight: 0.95, note: `named person (PERSON finding at ${p.start}-${p.end})` };
      if (test(TITLE, s)) return { kind: 'title', weight: 0.95, note: 'title followed by a name (M., Mme, Dr, Mr…)' };
    }
    if (any((c) => c.relation)) return { kind: 'relation', weight: 0.9, note: 'a relative or close person of the author or addressee' };
    // A role names the subject ("le prévenu"), unless it is the speaking official's own title ("le ministre").
    const roles = this.cues.flatMap((c) => (test(c.role, s) ? s.match(c.role) ?? [] : []));
    if (roles.some((r) => !speaker || !test(EXPERT_ROLE, r))) return { kind: 'role', weight: 0.85, note: 'a role or description pointing at one person (le prévenu, the patient…)' };
    const second = any((c) => c.second);
    if (second && this.addressed) return { kind: 'addressee', weight: 0.85, note: 'second person in a message addressed to a named person' };
    if (speaker) return { kind: 'speaker', weight: 0.45, note: 'an official or expert speaking about the topic, not about themselves' };
    const third = any((c) => c.third);
    if (third && this.anchored) return { kind: 'third-person', weight: 0.8, note: 'third-person pronoun; the document names or points at a person' };
    for (const f of this.identifiers) {
      if (f.start < sent.end && f.end > sent.start) return { kind: 'identifier', weight: 0.75, note: `${f.type} identifier in the same sentence or line` };
    }
    if (test(IDENT_FIELD, s)) return { kind: 'identifier', weight: 0.75, note: 'user/patient identifier field on the same line' };
    if (this.heuristics && nameLikeSpans(s) > 0) return { kind: 'name-like', weight: 0.65, note: 'capitalised first name + surname pattern' };
    if (any((c) => c.firstPlural)) return { kind: 'first-person-plural', weight: 0.6, note: 'first-person plural (nous/we)' };
    if (this.subject) return { kind: 'document-subject', weight: 0.6, note: 'no person word in the sentence; the document is about a named person (form, letter, record)' };
    if (this.firstPerson && !third && !second) return { kind: 'author', weight: 0.6, note: 'no person word in the sentence; the document is written in the first person (profile, post, CV)' };
    // English he/she always mean a person; French il/elle/sa/ses may stand for a thing ("la maladie … elle
    // se traite"), unless the verb is one only people take ("il a fait 2 ans", "elle est enceinte").
    if (third && any((c) => c.thirdHuman)) return { kind: 'third-person', weight: 0.65, note: 'third-person pronoun with a personal verb; no person named in the document' };
    if (third) return { kind: 'third-person', weight: 0.5, note: 'third-person pronoun with no person named in the document' };
    if (second) return { kind: 'second-person', weight: 0.25, note: 'second person in a text not addressed to anyone in particular' };
    return null;
  }

  /** Multiplier and notes for statistics/laws (generic) and hypotheticals in the sentence. */
  modifiers(sent: Span): { factor: number; notes: string[] } {
    const s = this.text.slice(sent.start, sent.end);
    let factor = 1;
    const notes: string[] = [];
    if (this.cues.some((c) => test(c.generic, s))) { factor *= 0.35; notes.push('general statement (statistics, population, law)'); }
    if (this.cues.some((c) => test(c.hypothetical, s))) { factor *= 0.45; notes.push('hypothetical or question'); }
    if (this.cues.some((c) => test(c.animal, s))) { factor *= 0.3; notes.push('about an animal'); }
    return { factor, notes };
  }

  /** True when the cue is negated ("pas de diabète", "no history of", "FNAEG refusé"). */
  negated(sent: Span, start: number, end: number): boolean {
    const before = this.text.slice(Math.max(sent.start, start - 45), start);
    const after = this.text.slice(end, Math.min(sent.end, end + 40));
    return this.cues.some((c) => {
      c.negBefore.lastIndex = 0;
      let m: RegExpExecArray | null;
      let neg = false;
      // The negation must be among the last few words before the cue, and not a double negation
      // ("n'a jamais caché son homosexualité", "never hid").
      while ((m = c.negBefore.exec(before))) {
        const between = before.slice(m.index + m[0].length);
        if (!/cach|hid|secret|myst|dout|doubt|nié|deni|\b(?:but|mais|however|cependant|sauf|except)\b|[.;:!?]/i.test(between)) neg = true;
      }
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
