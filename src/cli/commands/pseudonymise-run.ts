/** The action of `tamis pseudonymise` (loaded on demand by pseudonymise.ts). */
import { once } from 'node:events';
import { createWriteStream, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createGzip } from 'node:zlib';
import { UsageError } from '../../core/errors.js';
import type { Finding } from '../../core/types.js';
import { createEngine } from '../../detect/index.js';
import { readInputs } from '../../io/index.js';
import type { EngineSettings } from '../analysis.js';
import { analyzeItems, defaultWorkers } from '../detection.js';
import { parseLang, parsePositiveInt } from '../options.js';
import { openSink } from '../output.js';
import { ErrorReporter } from '../report-errors.js';
import type { Transformer } from '../../transform/types.js';
import { loadColumns, type ColumnPolicies } from '../../tables/columns.js';
import { formatRiskReport } from '../../tables/risk.js';
import { pseudonymiseTable, tableFormat } from '../../tables/table.js';
import { loadProjectKey } from '../../transform/keys.js';
import { Policy, loadPolicyFile } from '../../transform/policy.js';
import { createTransformer } from '../../transform/transformer.js';
import { Vault } from '../../transform/vault.js';
import { DEFAULT_CLI_POLICY, type PseudonymiseOpts as Opts } from './pseudonymise.js';

export async function runPseudonymiseCommand(inputs: string[], opts: Opts, setExit: (code: number) => void): Promise<void> {
  const input = inputs[0]!;
  const policy = opts.policy ? loadPolicyFile(opts.policy) : new Policy(DEFAULT_CLI_POLICY);
  const isTable = inputs.length === 1 && tableFormat(input) !== undefined;
  if (!isTable && (opts.columns || opts.risk)) throw new UsageError('--columns and --risk apply to one .csv or .parquet table');
  const needKey = policy.needsKey || opts.vault !== undefined || isTable;
  const key = needKey ? loadProjectKey(opts.keyFile ? { keyFile: opts.keyFile } : {}) : undefined;
  const vault = opts.vault && key ? new Vault(opts.vault, key) : undefined;
  const threshold = opts.threshold !== undefined ? Number(opts.threshold) : undefined;
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) throw new UsageError('--threshold must be between 0 and 1');
  if (!['auto', 'fr', 'en'].includes(opts.lang)) throw new UsageError('--lang must be fr, en or auto');
  const transformer = createTransformer({ policy, ...(key ? { key } : {}), ...(vault ? { vault } : {}) });
  if (isTable) {
    const columns: ColumnPolicies = opts.columns ? loadColumns(opts.columns) : {};
    const qis = opts.risk ? opts.risk.split(',').map((s) => s.trim()).filter(Boolean) : [];
    const r = await pseudonymiseTable({
      input, output: opts.output, columns, engine: createEngine(threshold !== undefined ? { threshold } : {}), transformer, ...(key ? { key } : {}), ...(vault ? { vault } : {}),
      ...(qis.length ? { risk: { quasiIdentifiers: qis, ...(opts.sensitive ? { sensitive: opts.sensitive } : {}) } } : {}),
    });
    vault?.flush();
    process.stderr.write(`tamis: ${r.rows} rows -> ${opts.output}; ${r.replaced} values replaced; dropped: ${r.columnsDropped.join(', ') || 'none'}\n`);
    if (r.columnsUnlisted.length) process.stderr.write(`tamis: note: columns without a policy (text columns scanned for personal data, others kept): ${r.columnsUnlisted.join(', ')}\n`);
    if (r.risk) process.stderr.write(formatRiskReport(r.risk) + '\n');
    if (opts.report) writeFileSync(opts.report, JSON.stringify({ input: basename(input), ...r }, null, 2) + '\n');
    return;
  }
  const settings: EngineSettings = { lang: parseLang(opts.lang), ...(threshold !== undefined ? { threshold } : {}) };
  const workers = parsePositiveInt(opts.workers, '--workers') || defaultWorkers();
  const summary = await pseudonymiseCorpus(inputs, opts, transformer, settings, workers);
  vault?.flush();
  const types = Object.entries(summary.byType).map(([t, n]) => `${t} ${n}`).join(', ');
  process.stderr.write(`tamis: ${summary.docs} documents -> ${opts.output}; replaced ${summary.replaced} spans (${types || 'none'})` +
    `${summary.errors ? `; ${summary.errors} unreadable record(s)` : ''}${vault ? `; vault ${vault.path}: ${vault.size} entries` : ''}\n`);
  if (opts.report) writeFileSync(opts.report, JSON.stringify(summary, null, 2) + '\n');
  if (summary.errors) setExit(1);
}


interface TextSummary { docs: number; replaced: number; errors: number; byType: Record<string, number> }

/** Text corpora: the shared readers (every format `detect` reads), detection on all cores, the transform in order. */
async function pseudonymiseCorpus(inputs: string[], opts: Opts, transformer: Transformer, settings: EngineSettings, workers: number): Promise<TextSummary> {
  const s: TextSummary = { docs: 0, replaced: 0, errors: 0, byType: {} };
  const errors = new ErrorReporter();
  const readOpts = { textField: opts.textField, ...(opts.idField ? { idField: opts.idField } : {}) };
  const plainText = /\.(txt|md)$/i.test(opts.output);
  const sink = openCompressedSink(opts.output);
  try {
    for await (const batch of analyzeItems(readInputs(inputs, readOpts), { settings, workers })) {
      let out = '';
      for (const it of batch) {
        if (it.kind === 'error') { errors.report(it.error); continue; }
        const findings: Finding[] = it.analysis.entities.map((e) => ({ ...e, explanation: { pattern: e.recognizer, validation: 'none' } }));
        const r = transformer.transform(it.doc.text, findings, { docId: it.doc.id, lang: it.analysis.lang });
        s.docs++;
        s.replaced += r.replacements.length;
        for (const x of r.replacements) s.byType[x.type] = (s.byType[x.type] ?? 0) + 1;
        // Records keep their other fields as read; the id goes back under --id-field when one was given.
        out += plainText ? `${r.text}\n` : `${JSON.stringify({ ...(opts.idField ? { [opts.idField]: it.doc.id } : {}), [opts.textField]: r.text, ...it.doc.meta })}\n`;
      }
      if (out) await sink.write(out);
    }
  } finally {
    await sink.close();
  }
  s.errors = errors.count;
  return s;
}

/** Like openSink, gzip-compressed when the output name ends in .gz. */
function openCompressedSink(path: string): { write(s: string): Promise<void>; close(): Promise<void> } {
  if (!/\.gz$/i.test(path)) return openSink(path);
  const file = createWriteStream(path);
  const gz = createGzip();
  gz.pipe(file);
  return {
    async write(str) { if (!gz.write(str)) await once(gz, 'drain'); },
    async close() { await new Promise<void>((res, rej) => { file.once('close', res); file.once('error', rej); gz.end(); }); },
  };
}
