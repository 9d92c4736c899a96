/**
 * `tamis pseudonymise <input> -o <output>`: text corpora (JSON Lines, plain text) go through detection and the
 * pseudonymisation policy; tables (CSV, Parquet) through column policies (`--columns`), with an optional
 * re-identification risk report (`--risk`). Logs and the summary name types and counts, never values.
 */
import { createReadStream, createWriteStream, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import type { Command } from 'commander';
import { InputError, UsageError } from '../../core/errors.js';
import type { Doc } from '../../core/types.js';
import { createEngine } from '../../detect/index.js';
import type { Lang } from '../../core/types.js';
import { loadColumns, type ColumnPolicies } from '../../tables/columns.js';
import { formatRiskReport } from '../../tables/risk.js';
import { pseudonymiseTable, tableFormat } from '../../tables/table.js';
import { loadProjectKey, type ProjectKey } from '../../transform/keys.js';
import { Policy, loadPolicyFile, type PolicyInput } from '../../transform/policy.js';
import { createTransformer } from '../../transform/transformer.js';
import { Vault } from '../../transform/vault.js';
import type { CliCommand } from '../command.js';

export const DEFAULT_CLI_POLICY: PolicyInput = { default: 'surrogate', CREDENTIAL: 'redact' };

interface Opts {
  output: string;
  policy?: string;
  keyFile?: string;
  textField: string;
  idField?: string;
  columns?: string;
  risk?: string;
  sensitive?: string;
  report?: string;
  vault?: string;
  threshold?: string;
  lang: string;
}

export const pseudonymiseCommand: CliCommand = {
  register(program: Command, setExit) {
    program.command('pseudonymise').alias('pseudonymize')
      .description('replace personal data in a text corpus (.jsonl, .jsonl.gz, .txt) or a table (.csv, .parquet) following a policy')
      .argument('<input>', 'input file')
      .requiredOption('-o, --output <file>', 'output file (same format as the input; tables: .csv or .parquet)')
      .option('--policy <file>', 'YAML policy: entity type -> operator (or a tamis.yaml with a pseudonymise: key); default: surrogate for every type, redact credentials')
      .option('--key-file <file>', 'project key file (default: $TAMIS_KEY, then ./.tamis-key)')
      .option('--text-field <name>', 'JSON field holding the text', 'text')
      .option('--id-field <name>', 'JSON field holding the record id')
      .option('--columns <spec|file.yaml>', 'table column policies, e.g. "name=surrogate:PERSON,age=generalise:age:10,notes=detect-inside,ssn=drop"')
      .option('--risk <columns>', 'tables: quasi-identifier columns for the re-identification risk report, comma-separated')
      .option('--sensitive <column>', 'tables: sensitive column for l-diversity')
      .option('--report <file.json>', 'write the summary (and risk report) as JSON')
      .option('--vault <file>', 'record original -> replacement in this encrypted vault (off by default)')
      .option('--threshold <score>', 'detection score threshold')
      .option('--lang <lang>', 'fr, en or auto', 'auto')
      .action(async (input: string, opts: Opts) => {
        const policy = opts.policy ? loadPolicyFile(opts.policy) : new Policy(DEFAULT_CLI_POLICY);
        const isTable = tableFormat(input) !== undefined && (opts.columns !== undefined || opts.risk !== undefined || !/\.jsonl/i.test(input));
        const needKey = policy.needsKey || opts.vault !== undefined || isTable;
        const key = needKey ? loadProjectKey(opts.keyFile ? { keyFile: opts.keyFile } : {}) : undefined;
        const vault = opts.vault && key ? new Vault(opts.vault, key) : undefined;
        const threshold = opts.threshold !== undefined ? Number(opts.threshold) : undefined;
        if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) throw new UsageError('--threshold must be between 0 and 1');
        if (!['auto', 'fr', 'en'].includes(opts.lang)) throw new UsageError('--lang must be fr, en or auto');
        const engine = createEngine(threshold !== undefined ? { threshold } : {});
        const transformer = createTransformer({ policy, ...(key ? { key } : {}), ...(vault ? { vault } : {}) });
        if (isTable) {
          const columns: ColumnPolicies = opts.columns ? loadColumns(opts.columns) : {};
          const qis = opts.risk ? opts.risk.split(',').map((s) => s.trim()).filter(Boolean) : [];
          const r = await pseudonymiseTable({
            input, output: opts.output, columns, engine, transformer, ...(key ? { key } : {}), ...(vault ? { vault } : {}),
            ...(qis.length ? { risk: { quasiIdentifiers: qis, ...(opts.sensitive ? { sensitive: opts.sensitive } : {}) } } : {}),
          });
          vault?.flush();
          process.stderr.write(`tamis: ${r.rows} rows -> ${opts.output}; ${r.replaced} values replaced; dropped: ${r.columnsDropped.join(', ') || 'none'}\n`);
          if (r.columnsUnlisted.length) process.stderr.write(`tamis: note: columns without a policy (text columns scanned for personal data, others kept): ${r.columnsUnlisted.join(', ')}\n`);
          if (r.risk) process.stderr.write(formatRiskReport(r.risk) + '\n');
          if (opts.report) writeFileSync(opts.report, JSON.stringify({ input: basename(input), ...r }, null, 2) + '\n');
          return;
        }
        const summary = await pseudonymiseTextFile(input, opts, engine, transformer, key);
        vault?.flush();
        const types = Object.entries(summary.byType).map(([t, n]) => `${t} ${n}`).join(', ');
        process.stderr.write(`tamis: ${summary.docs} documents -> ${opts.output}; replaced ${summary.replaced} spans (${types || 'none'})` +
          `${summary.errors ? `; ${summary.errors} unreadable record(s)` : ''}${vault ? `; vault ${vault.path}: ${vault.size} entries` : ''}\n`);
        if (opts.report) writeFileSync(opts.report, JSON.stringify(summary, null, 2) + '\n');
        if (summary.errors) setExit(1);
      });
  },
};

interface TextSummary { docs: number; replaced: number; errors: number; byType: Record<string, number> }

/** Minimal JSONL / text path; the shared readers of src/io take over when available. */
async function pseudonymiseTextFile(input: string, opts: Opts, engine: ReturnType<typeof createEngine>,
  transformer: ReturnType<typeof createTransformer>, _key: ProjectKey | undefined): Promise<TextSummary> {
  const s: TextSummary = { docs: 0, replaced: 0, errors: 0, byType: {} };
  const gz = /\.gz$/i.test(opts.output);
  const sink = createWriteStream(opts.output);
  const out = gz ? createGzip() : undefined;
  if (out) out.pipe(sink);
  const w = out ?? sink;
  const write = async (line: string) => { if (!w.write(line)) await once(w, 'drain'); };
  const lang = opts.lang === 'auto' ? 'auto' : (opts.lang as Lang);
  const handle = (doc: Doc) => {
    const a = engine.analyze(doc.text, { lang, sensitive: false });
    const r = transformer.transform(doc.text, a.entities, { docId: doc.id, lang: a.lang });
    s.docs++;
    s.replaced += r.replacements.length;
    for (const x of r.replacements) s.byType[x.type] = (s.byType[x.type] ?? 0) + 1;
    return r.text;
  };
  try {
    if (/\.jsonl(\.gz)?$/i.test(input)) {
      const raw = createReadStream(input);
      const rl = createInterface({ input: /\.gz$/i.test(input) ? raw.pipe(createGunzip()) : raw, crlfDelay: Infinity });
      let n = 0;
      for await (const line of rl) {
        n++;
        if (!line.trim()) continue;
        let obj: Record<string, unknown>;
        try {
          obj = JSON.parse(line) as Record<string, unknown>;
          if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw new Error('not a JSON object');
        } catch (e) {
          s.errors++;
          // V8's message quotes the input ("Unexpected token 'M', "{"a": Marie..."): keep only the position.
          const pos = /position (\d+)/.exec((e as Error).message)?.[1];
          process.stderr.write(`tamis: ${new InputError('JSON_INVALID', input, `line ${n}`, `invalid JSON${pos ? ` at column ${Number(pos) + 1}` : ''}; record skipped`).message}\n`);
          continue;
        }
        const text = obj[opts.textField];
        if (typeof text !== 'string') {
          s.errors++;
          process.stderr.write(`tamis: ${input}:line ${n}: no string field "${opts.textField}"; record skipped (use --text-field)\n`);
          continue;
        }
        const id = opts.idField && obj[opts.idField] !== undefined ? String(obj[opts.idField]) : `${basename(input)}:${n}`;
        obj[opts.textField] = handle({ id, text, meta: {} });
        await write(JSON.stringify(obj) + '\n');
      }
    } else if (/\.(txt|md)$/i.test(input)) {
      const { readFileSync } = await import('node:fs');
      await write(handle({ id: basename(input), text: readFileSync(input, 'utf8'), meta: {} }));
    } else {
      throw new UsageError(`${input}: unsupported input; use .jsonl, .jsonl.gz, .txt, or a table (.csv, .parquet)`);
    }
  } finally {
    await new Promise<void>((res) => { if (out) { sink.once('close', res); out.end(); } else sink.end(res); });
  }
  return s;
}
