/**
 * `npm run bench -- identifiers`: quality of the identifier recognizers, per type (precision, recall, F1 with the
 * held-out evaluation's span-overlap scoring), beside @openredaction/openredaction run on the same texts:
 *   1. shared/data/dev-labelled (FR + EN hand-labelled documents) and its check-digit negatives;
 *   2. shared/data/presidio-synth (labels mapped; gold card/IBAN values failing their checksum counted, and scored
 *      both raw and on the checksum-valid subset);
 *   3. generated look-alikes: valid identifiers vs the same with one check character changed (target: 0 invalid
 *      look-alikes reported).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beNrnCentury, esDniValid, ibanValid, itCfValid, luhnValid, nirValid, ribKey, siretValid, sirenValid } from '../src/detect/checksums.js';
import type { EntityType } from '../src/core/types.js';
import { createEngine } from '../src/detect/index.js';
import { badRibIban, breakCheck, Gen, group4 } from '../src/detect/recognizers/lookalikes.test-helper.js';
import { loadDevSet, type GoldDoc } from './lib/devset.js';
import { OpenRedaction, openRedactionSpans } from './lib/openredaction-types.js';
import { formatTable, prf, scoreDoc, type Counts, type Span } from './lib/score.js';
import { sharedDataDir } from './lib/shared.js';

const IDENTIFIER_TYPES = [
  'EMAIL', 'PHONE', 'IP_ADDRESS', 'MAC_ADDRESS', 'URL', 'USERNAME', 'IBAN', 'CREDIT_CARD', 'FR_NIR', 'FR_SIREN',
  'FR_SIRET', 'NATIONAL_ID', 'LICENSE_PLATE', 'GPS_COORDINATES', 'CREDENTIAL',
];
/** Types openredaction also detects (after mapping): the comparison is made on these. */
const SHARED = ['EMAIL', 'PHONE', 'IP_ADDRESS', 'USERNAME', 'IBAN', 'CREDIT_CARD', 'FR_NIR', 'NATIONAL_ID', 'MAC_ADDRESS', 'LICENSE_PLATE', 'CREDENTIAL'];

function side(ours: Map<string, Counts>, theirs: Map<string, Counts>, types: readonly string[]): string {
  const lines = ['type                 F1 tamis  F1 openredaction  (tp/fp/fn tamis | openredaction)'];
  for (const t of types) {
    const a = ours.get(t);
    const b = theirs.get(t);
    if (!a && !b) continue;
    const fa = a ? prf(a).f1.toFixed(3) : '  -  ';
    const fb = b ? prf(b).f1.toFixed(3) : '  -  ';
    const mark = a && b && prf(a).f1 > prf(b).f1 ? '  better' : a && b && prf(a).f1 < prf(b).f1 ? '  WORSE' : '';
    lines.push(`${t.padEnd(18)} ${fa.padStart(9)} ${fb.padStart(17)}   (${a ? `${a.tp}/${a.fp}/${a.fn}` : '-'} | ${b ? `${b.tp}/${b.fp}/${b.fn}` : '-'})${mark}`);
  }
  return lines.join('\n');
}

function devSet(engine: ReturnType<typeof createEngine>, shield: OpenRedaction): void {
  const docs: GoldDoc[] = [...loadDevSet('fr'), ...loadDevSet('en')];
  const ours = new Map<string, Counts>();
  const theirs = new Map<string, Counts>();
  let negatives = 0;
  let negativesHitOurs = 0;
  let negativesHitTheirs = 0;
  const t0 = performance.now();
  const preds = docs.map((d) => engine.findEntities(d.text, d.lang === 'en' ? 'en' : 'fr'));
  const ms = performance.now() - t0;
  const predTypes = new Set(preds.flat().map((p) => p.type));
  // Identifier types, plus any other gold type this engine predicts (names, addresses once merged).
  const scored = new Set([...IDENTIFIER_TYPES, ...[...predTypes]]);
  docs.forEach((d, i) => {
    const gold = d.spans.filter((s) => scored.has(s.type));
    const pred = (preds[i] ?? []).filter((p) => scored.has(p.type));
    scoreDoc(gold, pred, ours);
    const orPred = openRedactionSpans(shield, d.text).filter((p) => scored.has(p.type));
    scoreDoc(gold, orPred, theirs);
    for (const n of d.negatives) {
      negatives++;
      if (pred.some((p) => p.type === n.type && p.start < n.end && n.start < p.end)) negativesHitOurs++;
      if (orPred.some((p) => p.type === n.type && p.start < n.end && n.start < p.end)) negativesHitTheirs++;
    }
  });
  const size = docs.reduce((a, d) => a + d.text.length, 0);
  console.log(`\n## dev-labelled: ${docs.length} documents (${(size / 1000).toFixed(0)} KB), identifier types`);
  console.log(formatTable(ours));
  console.log('\nopenredaction (types mapped to ours), same documents:');
  console.log(formatTable(theirs));
  console.log('\nF1 side by side:');
  console.log(side(ours, theirs, [...SHARED, 'FR_SIREN', 'FR_SIRET', 'URL', 'GPS_COORDINATES']));
  console.log(`\ncheck-digit negatives (look like IBAN/card/NIR, fail the check): ${negatives}; reported as that type: tamis ${negativesHitOurs}, openredaction ${negativesHitTheirs}`);
  console.log(`(first pass over the dev set: ${ms.toFixed(0)} ms, incl. JIT warm-up)`);
}

interface PresidioRecord { full_text: string; spans: { entity_type: string; entity_value: string; start_position: number; end_position: number }[] }
const PRESIDIO_MAP: Record<string, string> = {
  EMAIL_ADDRESS: 'EMAIL', PHONE_NUMBER: 'PHONE', IBAN_CODE: 'IBAN', CREDIT_CARD: 'CREDIT_CARD', US_SSN: 'NATIONAL_ID', IP_ADDRESS: 'IP_ADDRESS',
};

function checksumValid(type: string, value: string): boolean {
  if (type === 'CREDIT_CARD') return luhnValid(value.replace(/\D/g, ''));
  if (type === 'IBAN') return ibanValid(value.replace(/[\s-]/g, ''));
  return true;
}

function presidio(engine: ReturnType<typeof createEngine>, shield: OpenRedaction, dir: string): void {
  const recs = JSON.parse(readFileSync(join(dir, 'presidio-synth', 'synth_dataset_v2.json'), 'utf8')) as PresidioRecord[];
  const types = Object.values(PRESIDIO_MAP);
  const raw = { ours: new Map<string, Counts>(), theirs: new Map<string, Counts>() };
  const valid = { ours: new Map<string, Counts>(), theirs: new Map<string, Counts>() };
  const invalidGold: Record<string, [number, number]> = { CREDIT_CARD: [0, 0], IBAN: [0, 0] };
  for (const r of recs) {
    const gold: (Span & { ok: boolean })[] = [];
    for (const s of r.spans) {
      const type = PRESIDIO_MAP[s.entity_type];
      if (!type) continue;
      const ok = checksumValid(type, s.entity_value);
      const c = invalidGold[type];
      if (c) { c[1]++; if (!ok) c[0]++; }
      gold.push({ type, start: s.start_position, end: s.end_position, ok });
    }
    const ours = engine.findEntities(r.full_text, 'en').filter((p) => types.includes(p.type));
    const theirs = openRedactionSpans(shield, r.full_text).filter((p) => types.includes(p.type));
    scoreDoc(gold, ours, raw.ours);
    scoreDoc(gold, theirs, raw.theirs);
    // Valid subset: checksum-invalid gold values leave the evaluation, and so do predictions on them.
    const bad = gold.filter((g) => !g.ok);
    const keep = (p: Span) => !bad.some((g) => g.type === p.type && p.start < g.end && g.start < p.end);
    const goodGold = gold.filter((g) => g.ok);
    scoreDoc(goodGold, ours.filter(keep), valid.ours);
    scoreDoc(goodGold, theirs.filter(keep), valid.theirs);
  }
  console.log(`\n## presidio-synth: ${recs.length} English sentences, labels mapped (${Object.entries(PRESIDIO_MAP).map(([a, b]) => `${a}→${b}`).join(', ')})`);
  for (const [t, [bad, all]] of Object.entries(invalidGold)) console.log(`gold ${t} values failing their checksum: ${bad} of ${all}`);
  console.log('\nraw (all gold values):');
  console.log(formatTable(raw.ours));
  console.log('\nopenredaction, raw:');
  console.log(formatTable(raw.theirs));
  console.log('\nF1 side by side, raw:');
  console.log(side(raw.ours, raw.theirs, types));
  console.log('\nchecksum-valid subset:');
  console.log(formatTable(valid.ours));
  console.log('\nF1 side by side, checksum-valid subset:');
  console.log(side(valid.ours, valid.theirs, types));
}

interface Family { type: string; label: string; make: (g: Gen) => string; write?: (v: string, g: Gen) => string; valid: (v: string) => boolean; fr: string; en: string }

const spacedNir = (n: string) => `${n[0]} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7, 10)} ${n.slice(10, 13)} ${n.slice(13)}`;
const FAMILIES: Family[] = [
  { type: 'IBAN', label: 'IBAN FR', make: (g) => g.ibanFr(), write: (v, g) => (g.int(0, 1) ? group4(v) : v), valid: frIbanValid, fr: 'Merci de virer sur l\'IBAN {v} avant la fin du mois.', en: 'Please transfer the refund to IBAN {v} by Friday.' },
  { type: 'IBAN', label: 'IBAN other', make: (g) => g.iban(g.pick(['DE', 'ES', 'IT', 'GB', 'BE', 'NL', 'CH', 'PT', 'LU'])), write: (v, g) => (g.int(0, 1) ? group4(v) : v), valid: ibanValid, fr: 'Compte bancaire : {v}', en: 'Bank account: {v}' },
  { type: 'CREDIT_CARD', label: 'card', make: (g) => g.card(g.pick(['visa', 'mastercard', 'mastercard2', 'amex', 'discover', 'jcb', 'diners'] as const)), write: (v, g) => (g.int(0, 1) && v.length === 16 ? group4(v) : v), valid: (v) => luhnValid(v.replace(/\D/g, '')), fr: 'Paiement refusé avec la carte n° {v}, merci de réessayer.', en: 'The payment with card number {v} was declined.' },
  { type: 'FR_NIR', label: 'NIR', make: (g) => g.nir(), write: (v, g) => (g.int(0, 1) ? spacedNir(v) : v), valid: (v) => nirValid(v.replace(/\s/g, '')), fr: 'Numéro de sécurité sociale : {v}', en: 'French social security number {v} on the form.' },
  { type: 'FR_SIREN', label: 'SIREN', make: (g) => g.siren(), valid: (v) => sirenValid(v), fr: 'Société immatriculée sous le SIREN {v}.', en: 'Company SIREN {v}.' },
  { type: 'FR_SIRET', label: 'SIRET', make: (g) => g.siret(), valid: (v) => siretValid(v), fr: 'SIRET {v} – TVA non applicable', en: 'Sole trader, SIRET {v}' },
  { type: 'NATIONAL_ID', label: 'ES DNI/NIE', make: (g) => (g.int(0, 1) ? g.dni() : g.nie()), valid: esDniValid, fr: 'DNI : {v}', en: 'Spanish ID (DNI/NIE) {v}' },
  { type: 'NATIONAL_ID', label: 'IT CF', make: (g) => g.codiceFiscale(), valid: itCfValid, fr: 'Codice fiscale : {v}', en: 'Italian tax code (codice fiscale) {v}' },
  { type: 'NATIONAL_ID', label: 'BE NRN', make: (g) => g.beNrn(g.int(0, 1) === 1), write: (v) => `${v.slice(0, 2)}.${v.slice(2, 4)}.${v.slice(4, 6)}-${v.slice(6, 9)}.${v.slice(9)}`, valid: (v) => beNrnCentury(v) !== null, fr: 'Numéro national : {v}', en: 'Belgian national number {v}' },
];

/** FR IBAN: IBAN check digits and the RIB key of the BBAN. */
function frIbanValid(v: string): boolean {
  const b = v.slice(4);
  return ibanValid(v) && ribKey(b.slice(0, 5), b.slice(5, 10), b.slice(10, 21)) === b.slice(21);
}

function lookalikes(engine: ReturnType<typeof createEngine>, shield: OpenRedaction): void {
  const g = new Gen(2024);
  const N = 200;
  console.log(`\n## generated look-alikes: ${N} valid + ${N} one-check-character-off values per family, in FR and EN sentences with a context word`);
  console.log('family           valid found (tamis / openredaction)   invalid reported as the type (tamis / openredaction)');
  let totalInvalidOurs = 0;
  const rows: [string, number, number, number, number][] = [];
  const extra: Family = { ...FAMILIES[0] as Family, label: 'IBAN FR bad RIB', make: (x) => badRibIban(x) };
  for (const fam of [...FAMILIES, extra]) {
    let okOurs = 0, okTheirs = 0, badOurs = 0, badTheirs = 0;
    for (let i = 0; i < N; i++) {
      const v = fam.label === 'IBAN FR bad RIB' ? g.ibanFr() : fam.make(g);
      let inv = fam.label === 'IBAN FR bad RIB' ? badRibIban(g) : breakCheck(v);
      if (fam.valid(inv)) inv = breakCheck(inv); // a changed check character that still validates (BE century) is rare
      if (fam.valid(inv)) continue;
      for (const [value, isValid] of [[v, true], [inv, false]] as const) {
        const written = fam.write ? fam.write(value, g) : value;
        const tpl = i % 2 ? fam.en : fam.fr;
        const text = tpl.replace('{v}', written);
        const at = text.indexOf(written);
        const span = { start: at, end: at + written.length };
        const hit = (ps: Span[]) => ps.some((p) => p.type === fam.type && p.start < span.end && span.start < p.end);
        const ours = hit(engine.findEntities(text, i % 2 ? 'en' : 'fr'));
        const theirs = hit(openRedactionSpans(shield, text));
        if (isValid) { if (ours) okOurs++; if (theirs) okTheirs++; }
        else { if (ours) badOurs++; if (theirs) badTheirs++; }
      }
    }
    totalInvalidOurs += badOurs;
    rows.push([fam.label, okOurs, okTheirs, badOurs, badTheirs]);
  }
  for (const [label, a, b, c, d] of rows) {
    console.log(`${label.padEnd(16)} ${`${a}/${N}`.padStart(9)} / ${`${b}/${N}`.padEnd(25)} ${String(c).padStart(5)} / ${d}`);
  }
  console.log(`invalid look-alikes reported by tamis: ${totalInvalidOurs} (target 0)`);
}

export async function run(): Promise<void> {
  const dir = sharedDataDir();
  if (!dir) { console.log('shared/data not found: skipping the identifier quality bench'); return; }
  const engine = createEngine({ identifiersOnly: true, types: IDENTIFIER_TYPES as EntityType[] });
  const shield = new OpenRedaction();
  devSet(engine, shield);
  presidio(engine, shield, dir);
  lookalikes(engine, shield);
}
