/**
 * The sensitive-category detector (GDPR Art. 9 and Art. 10). One lexicon scan per document finds every cue; only
 * the sentences holding a cue are then analysed: who they are about (attribution.ts), whether the cue is negated,
 * hypothetical or part of a general statement. A category is reported for the document when its best sentence
 * scores at least the threshold. Evidence spans cover the cue words; the reason says which cue kind and which person
 * link, never the text itself.
 */
import type { DetectedLang, Evidence, Finding, SensitiveCategory, SensitiveFinding } from '../../core/types.js';
import type { SensitiveDetector } from '../engine.js';
import { DocContext, type Link } from './attribution.js';
import { authorGender } from './author.js';
import { PARTNER_FEMALE, PARTNER_MALE, SPOUSE_FEMALE, SPOUSE_MALE } from './cues.js';
import { CompiledLexicon, type CategoryLexicon, type LexEntry, type LexHit } from './lexicon.js';
import { defaultLexicons } from './lexicons/index.js';
import { sentenceAround, type Span } from './sentence.js';

export interface LexiconDetectorOptions {
  /** Report a category when its score reaches this (default 0.55). */
  threshold?: number;
  /** Replace the shipped lexicons (tests, custom domains). */
  lexicons?: readonly CategoryLexicon[];
  /**
   * Use built-in person cues (titles + capitalised names, CV headers) besides the PERSON findings passed in.
   * Default true; the engine turns it off when a PERSON recognizer runs, since its findings are better.
   */
  nameHeuristics?: boolean;
  /**
   * Evidence spans kept per category (default 100). The build's sentence-removal mode removes the sentences around
   * the evidence, so every revealing sentence must be there: keep this high.
   */
  maxEvidence?: number;
}

/** Party and union names and weak hints need an affiliation word nearby to count fully. */
const AFFILIATION_KINDS = new Set(['union name', 'political party', 'political figure', 'short party acronym', 'political stance', 'political activity hint', 'union activity hint']);
const AFFILIATION_CATEGORIES = new Set<SensitiveCategory>(['POLITICAL_OPINION', 'TRADE_UNION']);
/** Lexicon kind of the spouse/partner words that trigger the same-sex-partner rule. */
const PARTNER_MARKER = 'partner marker';
/** Weight factor of a term from the other language's lexicon. */
const FOREIGN_TERM = 0.8;
/** A possessive determiner ending right before a cue. */
const POSSESSIVE_BEFORE = /(?<![\p{L}])(?:son|sa|ses|his|her)\s+$/iu;
/** A cue used as a form label: a colon, then a short value (not a heading such as "Asthma: using your inhaler"). */
const FIELD_VALUE = /^[ \t]*:[ \t]*([^\n.;]{1,80})/u;
const NOT_A_VALUE = /(?<![\p{L}])(?:you|your|vous|votre|vos|tu|ton|ta|it|how|what|why|comment|pourquoi|quand|when)(?![\p{L}])/iu;
function isFormField(text: string, end: number): boolean {
  const m = FIELD_VALUE.exec(text.slice(end, end + 90));
  if (!m) return false;
  const value = m[1]!.trim();
  return value.length > 0 && value.split(/\s+/).length <= 6 && !NOT_A_VALUE.test(value);
}
/** Carrier wording right before a condition. */
const CARRIER_BEFORE = /(?:porteu(?:r|se)s?(?:\s+saine?s?)?\s+(?:du\s+gène\s+|d['’]une\s+mutation\s+)?(?:de\s+la|du|de\s+l['’]|d['’]|de)|carriers?\s+(?:of|for)(?:\s+the)?(?:\s+gene)?(?:\s+for)?)\s*$/iu;
/** A sentence below this is not kept as evidence. */
const EVIDENCE_FLOOR = 0.35;

interface SentenceScore { sent: Span; score: number; hits: LexHit[]; link: Link | null; notes: string[] }

let shared: CompiledLexicon | undefined;
function defaultCompiled(): CompiledLexicon {
  shared ??= new CompiledLexicon(defaultLexicons);
  return shared;
}

export class LexiconSensitiveDetector implements SensitiveDetector {
  readonly name = 'sensitive-lexicon';
  readonly threshold: number;
  private readonly lexicon: CompiledLexicon;
  private readonly heuristics: boolean;
  private readonly maxEvidence: number;

  constructor(opts: LexiconDetectorOptions = {}) {
    const threshold = opts.threshold ?? 0.55;
    if (!(threshold > 0 && threshold <= 1)) throw new Error(`sensitive detector: threshold must be in (0, 1], got ${opts.threshold}`);
    const maxEvidence = opts.maxEvidence ?? 100;
    if (!(Number.isInteger(maxEvidence) && maxEvidence >= 1)) throw new Error(`sensitive detector: maxEvidence must be a positive integer, got ${opts.maxEvidence}`);
    this.threshold = threshold;
    this.maxEvidence = maxEvidence;
    this.lexicon = opts.lexicons ? new CompiledLexicon(opts.lexicons) : defaultCompiled();
    this.heuristics = opts.nameHeuristics ?? true;
  }

  analyze(text: string, lang: DetectedLang, entities: readonly Finding[]): SensitiveFinding[] {
    const all = this.lexicon.scan(text, lang === 'other' ? undefined : lang);
    const hits = all.filter((h) => h.entry.category !== null && h.entry.weight > 0);
    // Partner words may be part of a longer orientation cue ("ma copine et moi"): either one triggers the rule.
    const partner = all.some((h) => h.entry.kind === PARTNER_MARKER || h.entry.category === 'SEXUAL_ORIENTATION');
    if (hits.length === 0 && !partner) return [];
    const doc = new DocContext(text, lang, entities, this.heuristics, hits);

    // Group cue hits by (sentence, category).
    const groups = new Map<string, { sent: Span; category: SensitiveCategory; hits: LexHit[] }>();
    let lastSent: Span | undefined;
    for (const h of hits) {
      const sent = lastSent && h.start >= lastSent.start && h.end <= lastSent.end ? lastSent : sentenceAround(text, h.start, h.end);
      lastSent = sent;
      const category = h.entry.category!;
      const key = `${sent.start}:${category}`;
      const g = groups.get(key);
      if (g) g.hits.push(h);
      else groups.set(key, { sent, category, hits: [h] });
    }

    const perCategory = new Map<SensitiveCategory, SentenceScore[]>();
    const linkCache = new Map<number, Link | null>();
    const modCache = new Map<number, { factor: number; notes: string[] }>();
    for (const { sent, category, hits: sh } of groups.values()) {
      const boosted = sh.map((h) => {
        // A term of the other language still counts (logs and code are often English in French documents), but
        // less: French "outrage" or "rébellion" are not the English words.
        const w = lang === 'other' || h.entry.lang === 'any' || h.entry.lang === lang ? h.entry.weight : h.entry.weight * FOREIGN_TERM;
        return AFFILIATION_CATEGORIES.has(category) && AFFILIATION_KINDS.has(h.entry.kind) && doc.boosted(h.start, h.end) ? Math.max(w, 0.9) : w;
      });
      // Cheap bound first: even with the best person link, weak lone hints cannot reach the threshold.
      if (combine([...boosted]) < this.threshold) continue;
      const weights: number[] = [];
      const notes: string[] = [];
      const kept: LexHit[] = [];
      sh.forEach((h, k) => {
        if (doc.negated(sent, h.start, h.end)) { notes.push(`negated ${h.entry.kind}`); return; }
        // A healthy carrier of a recessive condition ("porteuse du gène de la mucoviscidose") is genetic data only.
        if (category === 'HEALTH' && CARRIER_BEFORE.test(text.slice(Math.max(sent.start, h.start - 40), h.start))) { notes.push('carrier, not ill'); return; }
        weights.push(boosted[k]!);
        kept.push(h);
      });
      if (kept.length === 0) continue;
      const strength = combine(weights);
      const list = perCategory.get(category) ?? [];
      let mods = modCache.get(sent.start);
      if (!mods) { mods = doc.modifiers(sent); modCache.set(sent.start, mods); }
      if (strength * mods.factor < this.threshold) continue;
      if (!linkCache.has(sent.start)) linkCache.set(sent.start, doc.link(sent));
      let link = linkCache.get(sent.start)!;
      // "ses empreintes digitales", "son homosexualité": a possessive right before the cue means someone's.
      if ((!link || link.weight < 0.65) && kept.some((h) => POSSESSIVE_BEFORE.test(text.slice(Math.max(0, h.start - 8), h.start)))) {
        link = { kind: 'possessive', weight: 0.65, note: 'possessive (son/sa/ses/his/her) right before the cue' };
      }
      // "Ethnicity: Black British", "Pathologie : diabète": a filled-in form field describes the form's subject.
      if ((!link || link.weight < 0.75) && kept.some((h) => isFormField(text, h.end))) {
        link = { kind: 'form-field', weight: 0.75, note: 'a filled-in form field (label: value) about the form\'s subject' };
      }
      if (!link) continue;
      const score = strength * link.weight * mods.factor;
      list.push({ sent, score, hits: kept, link, notes: [...notes, ...mods.notes] });
      perCategory.set(category, list);
    }

    const couple = partner ? sameSexCouple(text) : null;
    if (couple) {
      const list = perCategory.get('SEXUAL_ORIENTATION') ?? [];
      list.push(couple);
      perCategory.set('SEXUAL_ORIENTATION', list);
    }

    const out: SensitiveFinding[] = [];
    for (const [category, list] of perCategory) {
      list.sort((a, b) => b.score - a.score);
      const best = list[0]!;
      const support = list.slice(1).filter((s) => s.score >= EVIDENCE_FLOOR).length;
      const score = Math.min(0.99, best.score + 0.05 * Math.min(2, support));
      if (score < this.threshold) continue;
      const evidence: Evidence[] = [];
      for (const s of list) {
        if (s.score < EVIDENCE_FLOOR && s !== best) break;
        for (const h of s.hits) {
          if (evidence.length >= this.maxEvidence) break;
          evidence.push({ start: h.start, end: h.end, reason: reason(category, h, s) });
        }
        if (evidence.length >= this.maxEvidence) break;
      }
      out.push({ category, score: Math.round(score * 1000) / 1000, evidence });
    }
    return out.sort((a, b) => b.score - a.score);
  }
}

/** The author's gender is known and they name a partner of the same gender: a same-sex relationship. */
function sameSexCouple(text: string): SentenceScore | null {
  const author = authorGender(text);
  if (!author) return null;
  const declared = author.how.startsWith('the author states');
  // A stated gender allows "ma copine"; a name's gender only the unambiguous spouse words.
  const partner = author.gender === 'f' ? (declared ? PARTNER_FEMALE : SPOUSE_FEMALE) : (declared ? PARTNER_MALE : SPOUSE_MALE);
  partner.lastIndex = 0;
  const p = partner.exec(text);
  if (!p) return null;
  const weight = declared ? 0.85 : 0.8;
  const entry: LexEntry = { category: 'SEXUAL_ORIENTATION', kind: 'same-sex partner of the author', weight, lang: /^my/i.test(p[0]) ? 'en' : 'fr', term: '(rule)' };
  return {
    sent: { start: p.index, end: p.index + p[0].length },
    score: weight,
    hits: [{ entry, start: p.index, end: p.index + p[0].length }],
    link: { kind: 'first-person', weight: 1, note: `first-person author whose gender is known: ${author.how}` },
    notes: [],
  };
}

/** Cue strength of a sentence: the strongest cue plus half the next one (two weak hints make a medium cue). */
function combine(weights: number[]): number {
  weights.sort((a, b) => b - a);
  return Math.min(0.98, (weights[0] ?? 0) + 0.5 * (weights[1] ?? 0));
}

function reason(category: SensitiveCategory, h: LexHit, s: SentenceScore): string {
  const parts = [`${category}: ${h.entry.kind} cue (${h.entry.lang} lexicon, strength ${h.entry.weight})`];
  parts.push(`person link: ${s.link?.note ?? 'none'}`);
  if (s.notes.length) parts.push(`lowered by: ${s.notes.join(', ')}`);
  parts.push(`sentence score ${s.score.toFixed(2)}`);
  return parts.join('; ');
}
