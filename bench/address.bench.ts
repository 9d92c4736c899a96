/**
 * POSTAL_ADDRESS and DATE_OF_BIRTH quality and speed.
 * - dev-labelled fr/en: precision/recall/F1 with the held-out evaluation's scoring (span overlap, and strict IoU>=0.5).
 * - presidio-synth: POSTAL_ADDRESS against its STREET_ADDRESS spans (English, synthetic, many non-English street forms).
 * - speed: both recognizers alone, per core (single thread), on a few MB of dev-set and synthetic text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../src/core/types.js';
import { postalAddressRecognizer } from '../src/detect/address/index.js';
import { dateOfBirthRecognizer } from '../src/detect/dob/index.js';
import type { Recognizer } from '../src/detect/recognizer.js';
import { loadDevSet } from './lib/devset.js';
import { formatTable, scoreDoc, type Counts, type Span } from './lib/score.js';
import { sharedDataDir } from './lib/shared.js';
import { OpenRedaction } from '@openredaction/openredaction';
import { generateDoc, rng } from './lib/corpus.js';

const TYPES = ['POSTAL_ADDRESS', 'DATE_OF_BIRTH'];
const THRESHOLD = 0.5;

function predict(text: string, lang: 'fr' | 'en', recs: readonly Recognizer[]): Finding[] {
  return recs.flatMap((r) => r.analyze({ text, lang })).filter((f) => f.score >= THRESHOLD);
}

/** The TypeScript peer the issue names: OpenRedaction, its address and birth-date types mapped onto ours. */
const PEER_TYPES: Readonly<Record<string, string>> = {
  ADDRESS_STREET: 'POSTAL_ADDRESS', ADDRESS_PO_BOX: 'POSTAL_ADDRESS', POSTCODE_UK: 'POSTAL_ADDRESS',
  ZIP_CODE_US: 'POSTAL_ADDRESS', DATE_OF_BIRTH: 'DATE_OF_BIRTH',
};
const peer = new OpenRedaction();
function peerPredict(text: string): Span[] {
  const out: Span[] = [];
  for (const d of peer.detect(text).detections) {
    const type = PEER_TYPES[d.type];
    if (type) out.push({ type, start: d.position[0], end: d.position[1] });
  }
  return out;
}

function devSet(): void {
  for (const lang of ['fr', 'en'] as const) {
    const docs = loadDevSet(lang);
    const loose = new Map<string, Counts>();
    const strict = new Map<string, Counts>();
    const peerLoose = new Map<string, Counts>();
    const misses: string[] = [];
    for (const d of docs) {
      const gold = d.spans.filter((s) => TYPES.includes(s.type));
      const pred = predict(d.text, lang, [postalAddressRecognizer, dateOfBirthRecognizer]);
      scoreDoc(gold, pred, loose);
      scoreDoc(gold, pred, strict, true);
      scoreDoc(gold, peerPredict(d.text), peerLoose);
      for (const p of pred) {
        if (!gold.some((g) => g.type === p.type && g.start < p.end && p.start < g.end)) misses.push(`  fp ${d.id} ${p.type} ${p.start}-${p.end} (${p.explanation.pattern})`);
      }
      for (const g of gold) {
        if (!pred.some((p) => g.type === p.type && g.start < p.end && p.start < g.end)) misses.push(`  fn ${d.id} ${g.type} ${g.start}-${g.end}`);
      }
    }
    console.log(`\ndev-labelled ${lang} (${docs.length} docs), span overlap:`);
    console.log(formatTable(loose, TYPES));
    console.log(`dev-labelled ${lang}, strict IoU>=0.5:`);
    console.log(formatTable(strict, TYPES));
    console.log(`peer: OpenRedaction ${lang}, span overlap (ADDRESS_*, POSTCODE_UK, ZIP_CODE_US -> POSTAL_ADDRESS):`);
    console.log(formatTable(peerLoose, TYPES));
    if (misses.length) console.log(`errors (offsets only):\n${misses.join('\n')}`);
  }
}

interface SynthRecord { full_text: string; spans: Array<{ entity_type: string; start_position: number; end_position: number }> }

function loadSynth(): SynthRecord[] | null {
  const dir = sharedDataDir();
  if (!dir) return null;
  return JSON.parse(readFileSync(join(dir, 'presidio-synth', 'synth_dataset_v2.json'), 'utf8')) as SynthRecord[];
}

function presidio(records: SynthRecord[]): void {
  const loose = new Map<string, Counts>();
  const strict = new Map<string, Counts>();
  // Same scoring on a merged gold: consecutive STREET_ADDRESS fragments separated only by spaces, commas or line
  // breaks (and, inside, any text the template put between them) form one address, as our annotation rules want.
  const mergedLoose = new Map<string, Counts>();
  const peerLoose = new Map<string, Counts>();
  const peerMerged = new Map<string, Counts>();
  let fragments = 0;
  let merged = 0;
  for (const r of records) {
    const gold: Span[] = r.spans.filter((s) => s.entity_type === 'STREET_ADDRESS')
      .map((s) => ({ type: 'POSTAL_ADDRESS', start: s.start_position, end: s.end_position }))
      .sort((a, b) => a.start - b.start);
    fragments += gold.length;
    const joined: Span[] = [];
    for (const g of gold) {
      const last = joined[joined.length - 1];
      if (last && /^[\s,>?.|-]*[\p{L}\p{N}\s,.'’>?|-]{0,40}$/u.test(r.full_text.slice(last.end, g.start)) && g.start - last.end <= 40) last.end = g.end;
      else joined.push({ ...g });
    }
    merged += joined.length;
    const pred = postalAddressRecognizer.analyze({ text: r.full_text, lang: 'en' }).filter((f) => f.score >= THRESHOLD);
    scoreDoc(gold, pred, loose);
    scoreDoc(gold, pred, strict, true);
    scoreDoc(joined, pred, mergedLoose);
    const peerPred = peerPredict(r.full_text).filter((p) => p.type === 'POSTAL_ADDRESS');
    scoreDoc(gold, peerPred, peerLoose);
    scoreDoc(joined, peerPred, peerMerged);
  }
  // DATE_OF_BIRTH: presidio has no such label; its DATE_TIME spans in sentences that speak of birth stand in.
  const dob = new Map<string, Counts>();
  for (const r of records) {
    const birth = /born|birth|\bdob\b/i.test(r.full_text);
    const gold: Span[] = birth ? r.spans.filter((s) => s.entity_type === 'DATE_TIME')
      .map((s) => ({ type: 'DATE_OF_BIRTH', start: s.start_position, end: s.end_position })) : [];
    scoreDoc(gold, dateOfBirthRecognizer.analyze({ text: r.full_text, lang: 'en' }).filter((f) => f.score >= THRESHOLD), dob);
  }
  console.log('\npresidio-synth DATE_OF_BIRTH (gold: DATE_TIME spans in sentences mentioning birth/born/DOB):');
  console.log(formatTable(dob, ['DATE_OF_BIRTH']));
  console.log(`\npresidio-synth (${records.length} sentences): gold STREET_ADDRESS is formed of ${fragments} fragments —`);
  console.log('  Faker fills {{STREET_ADDRESS}} with number, street, unit, city, country and postcode pieces; the template');
  console.log('  labels each piece separately, so one address is 1–5 gold spans; many streets are non-English (Koskikatu 25,');
  console.log('  Via Roma 131, Rua X 1903). Our one-span-per-address can match only one fragment of each address.');
  console.log('span overlap, gold as given:');
  console.log(formatTable(loose, ['POSTAL_ADDRESS']));
  console.log('strict IoU>=0.5, gold as given:');
  console.log(formatTable(strict, ['POSTAL_ADDRESS']));
  console.log(`span overlap, adjacent fragments merged (${merged} addresses):`);
  console.log(formatTable(mergedLoose, ['POSTAL_ADDRESS']));
  console.log('peer OpenRedaction, span overlap, gold as given / merged:');
  console.log(formatTable(peerLoose, ['POSTAL_ADDRESS']));
  console.log(formatTable(peerMerged, ['POSTAL_ADDRESS']));
}

/** Natural prose for speed: CoNLL-style token files (first column) joined back into ~4 KB documents. */
function proseDocs(dir: string): string[] {
  const files: string[] = [];
  const fr = join(dir, 'ner-europeana-fr', 'enp_FR.bnf.bio');
  if (existsSync(fr)) files.push(fr);
  const en = join(dir, 'ner-litbank-en', 'tsv');
  if (existsSync(en)) files.push(...readdirSync(en).filter((f) => f.endsWith('.tsv')).map((f) => join(en, f)));
  const docs: string[] = [];
  for (const f of files) {
    const words = readFileSync(f, 'utf8').split('\n').map((l) => l.split(/[\t ]/)[0] ?? '').filter(Boolean);
    for (let i = 0; i < words.length; i += 700) docs.push(words.slice(i, i + 700).join(' '));
  }
  return docs;
}

/** OpenRedaction runs all its 558 patterns (it has no per-type selection): its figure is for everything it finds. */
function peerSpeed(texts: string[], target = 300_000): void {
  let bytes = 0;
  const docs: string[] = [];
  while (bytes < target) for (const t of texts) { docs.push(t); bytes += Buffer.byteLength(t, 'utf8'); }
  const c0 = process.cpuUsage();
  for (const d of docs) peer.detect(d);
  const c = process.cpuUsage(c0);
  const mb = bytes / 1e6;
  console.log(`    peer OpenRedaction (all patterns) ${(mb / ((c.user + c.system) / 1e6)).toFixed(2).padStart(7)} MB/s per core (CPU time), ${mb.toFixed(1)} MB`);
}

function speed(label: string, texts: string[], target = 3_000_000): void {
  if (texts.length === 0) return;
  const docs: string[] = [];
  let bytes = 0;
  while (bytes < target) {
    for (const t of texts) { docs.push(t); bytes += Buffer.byteLength(t, 'utf8'); }
  }
  const mb = bytes / 1e6;
  console.log(`  ${label}: ${mb.toFixed(1)} MB, ${docs.length} docs`);
  for (const r of [postalAddressRecognizer, dateOfBirthRecognizer]) {
    for (const d of docs.slice(0, 200)) r.analyze({ text: d, lang: 'fr' }); // warm-up
    // CPU time of this thread's process, not wall time: the figure stays meaningful on a shared, loaded machine.
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let n = 0;
    for (const d of docs) n += r.analyze({ text: d, lang: 'fr' }).length;
    const wall = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    const cpu = (c.user + c.system) / 1e6;
    console.log(`    ${r.name.padEnd(16)} ${(mb / cpu).toFixed(1).padStart(7)} MB/s per core (CPU time), ${(mb / wall).toFixed(1).padStart(7)} MB/s wall  (${n} findings)`);
  }
}

export async function run(): Promise<void> {
  if (!sharedDataDir()) { console.log('shared/data not found: skipped'); return; }
  devSet();
  const synth = loadSynth();
  if (synth) presidio(synth);
  console.log('\nspeed, one thread, each recognizer alone (all findings, before any threshold):');
  speed('prose (Europeana fr + LitBank en)', proseDocs(sharedDataDir() ?? ''));
  const dev = [...loadDevSet('fr'), ...loadDevSet('en')].map((d) => d.text);
  speed('dev-labelled fr+en (PII-dense)', dev);
  peerSpeed(dev);
  speed('presidio-synth (address-dense)', (synth ?? []).map((r) => r.full_text));
  // The throughput bench's generated mixed corpus (logs, CSV, mail, chat, prose with planted identifiers).
  const r = rng(42);
  const generated: string[] = [];
  for (let bytes = 0; bytes < 3_000_000;) { const d = generateDoc(r); generated.push(d); bytes += d.length; }
  speed('generated mixed corpus (bench/lib/corpus.ts, seed 42)', generated);
}
