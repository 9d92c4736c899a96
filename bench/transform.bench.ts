/**
 * Transform cost: throughput (MB/s, one core) of detection alone vs detection + pseudonymisation with the
 * surrogate policy, on the same generated French/English text (target: the transform adds < 20%); and the time of
 * the re-identification risk report (k, unique share, l-diversity, generalisation search) on 1 million rows.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { generateDoc, rng } from './lib/corpus.js';
import { ibanCheckDigits, luhnCheckDigit } from '../src/detect/checksums.js';
import { createEngine } from '../src/detect/index.js';
import { openDuck } from '../src/tables/table.js';
import { riskMetrics, suggestGeneralisation } from '../src/tables/risk.js';
import { decodeKey } from '../src/transform/keys.js';
import { namePool } from '../src/transform/surrogate/names.js';
import { createTransformer } from '../src/transform/transformer.js';
import { KeyedRng } from '../src/transform/prf.js';

/** Deterministic synthetic documents (support tickets, HR mails) carrying typical personal data. */
export function generateDocs(targetBytes: number): BenchDoc[] {
  const rng = new KeyedRng(Buffer.alloc(32, 1), 'bench-corpus');
  const docs: BenchDoc[] = [];
  let bytes = 0;
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  while (bytes < targetBytes) {
    const lang = rng.int(2) === 0 ? 'fr' : 'en';
    const first = rng.pick(namePool(lang, rng.int(2) === 0 ? 'm' : 'f'));
    const last = rng.pick(namePool(lang, 'last'));
    const email = `${fold(first)}.${fold(last)}@${rng.pick(['gmail.com', 'acme-corp.fr', 'example.org'])}`;
    const bban = rng.digits(23);
    const iban = `FR${ibanCheckDigits('FR', bban)}${bban}`;
    const cardBody = '4' + rng.digits(14);
    const card = cardBody + luhnCheckDigit(cardBody);
    const phone = lang === 'fr' ? `06 ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}` : `+44 7700 ${rng.digits(6)}`;
    const text = lang === 'fr'
      ? `Bonjour ${first} ${last},\n\nSuite à votre demande du ${1 + rng.int(28)}/0${1 + rng.int(9)}/2024, nous avons bien reçu votre dossier. ` +
        `Le remboursement sera versé sur le compte ${iban}. Pour toute question, écrivez à ${email} ou appelez le ${phone}. ` +
        `M. ${last} a confirmé la commande réglée avec la carte ${card}. Le colis partira de notre entrepôt de Lyon sous 48 heures ` +
        `et vous recevrez un courriel de suivi. Cordialement, le service client.\n`
      : `Hello ${first} ${last},\n\nThank you for your message of March ${1 + rng.int(28)}, 2024. Your refund will be paid to ${iban}. ` +
        `If you have any question, write to ${email} or call ${phone}. ${first} paid with card ${card}; the parcel leaves our ` +
        `warehouse within two working days and a tracking e-mail will follow. Kind regards, customer care.\n`;
    docs.push({ id: `doc-${docs.length}`, text, lang });
    bytes += Buffer.byteLength(text);
  }
  return docs;
}

/** CPU time of this thread's process since `t0`, in ms: on a shared machine, wall time mostly measures the neighbours. */
function cpuMs(t0: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(t0);
  return (u.user + u.system) / 1000;
}

function mbps(bytes: number, ms: number): string {
  return (bytes / 1e6 / (ms / 1000)).toFixed(2);
}

interface BenchDoc { id: string; text: string; lang: 'fr' | 'en' | 'auto' }

/** Detection alone vs detection + transform vs transform alone, interleaved, best of 5, in CPU time. */
function measure(name: string, docs: BenchDoc[], engine: ReturnType<typeof createEngine>, transformer: ReturnType<typeof createTransformer>): void {
  const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0);
  const analysed = docs.map((d) => engine.analyze(d.text, { lang: d.lang, sensitive: false }));
  for (const [i, d] of docs.entries()) transformer.transform(d.text, analysed[i]!.entities, { docId: d.id, lang: analysed[i]!.lang });
  let detectMs = Infinity;
  let bothMs = Infinity;
  let aloneMs = Infinity;
  let spans = 0;
  for (let round = 0; round < 5; round++) {
    let t = process.cpuUsage();
    for (const d of docs) engine.analyze(d.text, { lang: d.lang, sensitive: false });
    detectMs = Math.min(detectMs, cpuMs(t));
    t = process.cpuUsage();
    spans = 0;
    for (const d of docs) {
      const a = engine.analyze(d.text, { lang: d.lang, sensitive: false });
      spans += transformer.transform(d.text, a.entities, { docId: d.id, lang: a.lang }).replacements.length;
    }
    bothMs = Math.min(bothMs, cpuMs(t));
    t = process.cpuUsage();
    for (const [i, d] of docs.entries()) transformer.transform(d.text, analysed[i]!.entities, { docId: d.id, lang: analysed[i]!.lang });
    aloneMs = Math.min(aloneMs, cpuMs(t));
  }
  const byType = new Map<string, number>();
  for (const a of analysed) for (const f of a.entities) byType.set(f.type, (byType.get(f.type) ?? 0) + 1);
  console.log(`${name}: ${docs.length} documents, ${(bytes / 1e6).toFixed(1)} MB, ${spans} spans replaced (surrogate policy; ${[...byType].map(([k, v]) => `${k} ${v}`).join(', ')}), best of 5, one core`);
  console.log(`  detect alone          ${mbps(bytes, detectMs).padStart(8)} MB/s`);
  console.log(`  detect + pseudonymise ${mbps(bytes, bothMs).padStart(8)} MB/s`);
  console.log(`  transform alone       ${mbps(bytes, aloneMs).padStart(8)} MB/s  (${((aloneMs * 1000) / Math.max(1, spans)).toFixed(1)} µs per replaced span)`);
  console.log(`  transform overhead    ${(((bothMs - detectMs) / detectMs) * 100).toFixed(1).padStart(8)} %  (target < 20%)`);
}

export async function run(): Promise<void> {
  const engine = createEngine();
  const key = decodeKey(Buffer.alloc(32, 9).toString('hex'), 'bench');
  const transformer = createTransformer({ policy: { default: 'surrogate' }, key });
  // The team's throughput corpus (mostly prose with planted identifiers and names), then a worst case: short
  // support messages where every sentence carries personal data.
  const r = rng(42);
  const team: BenchDoc[] = [];
  for (let bytes = 0, i = 0; bytes < Number(process.env.TAMIS_BENCH_BYTES ?? 6e6); i++) {
    const text = generateDoc(r);
    team.push({ id: `t${i}`, text, lang: 'auto' });
    bytes += Buffer.byteLength(text);
  }
  measure('generated corpus (bench/lib/corpus.ts)', team, engine, transformer);
  measure('dense support messages (worst case)', generateDocs(Number(process.env.TAMIS_BENCH_BYTES ?? 6e6) / 2), engine, transformer);
  console.log(`machine load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}; MB/s from CPU time`);

  const rows = Number(process.env.TAMIS_BENCH_ROWS ?? 1_000_000);
  const conn = await openDuck();
  let t = performance.now();
  await conn.run(`CREATE TABLE people AS SELECT 18 + hash(i) % 70 AS age, CAST(1000 + hash(i * 7) % 95000 AS VARCHAR) AS postcode,
    CASE WHEN hash(i * 3) % 2 = 0 THEN 'F' ELSE 'M' END AS sex, DATE '1940-01-01' + CAST(hash(i * 11) % 25000 AS INTEGER) AS birth,
    ['asthma', 'diabetes', 'flu', 'none', 'migraine'][CAST(1 + hash(i * 13) % 5 AS BIGINT)] AS diagnosis FROM range(${rows}) r(i)`);
  const genMs = performance.now() - t;
  t = performance.now();
  const m = await riskMetrics(conn, 'people', ['age', 'postcode', 'sex'].map((c) => `"${c}"`), 'diagnosis');
  const metricsMs = performance.now() - t;
  t = performance.now();
  const s = await suggestGeneralisation(conn, 'people', ['age', 'postcode', 'sex']);
  const searchMs = performance.now() - t;
  conn.closeSync();
  console.log(`risk report on ${rows} generated rows (age, postcode, sex; sensitive: diagnosis), DuckDB in memory:`);
  console.log(`  table generation ${genMs.toFixed(0)} ms; k, unique share, l-diversity ${metricsMs.toFixed(0)} ms (k=${m.k}, unique ${(100 * m.uniqueShare).toFixed(1)}%, l=${m.l})`);
  console.log(`  generalisation search ${searchMs.toFixed(0)} ms over ${s.evaluated} combinations: ${s.reached ? `k=${s.k} with ${s.levels.map((l) => `${l.column}->${l.level}`).join(', ')}` : 'k>=5 not reached'}`);
}
