/**
 * Pseudonymises a CSV or Parquet table column by column. DuckDB reads and writes (streaming, any size); each chunk
 * of rows goes through the column operators in JS and is appended to the output table, which DuckDB then writes
 * as CSV or Parquet. Columns the policy does not name are scanned by the detection engine when they hold text and
 * kept otherwise; they are listed in the result so the caller can say so.
 */
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { ConfigError, InputError } from '../core/errors.js';
import type { Finding, EntityType } from '../core/types.js';
import type { Engine } from '../detect/engine.js';
import type { ProjectKey } from '../transform/keys.js';
import { nameRoles } from '../transform/link.js';
import { PseudonymOperator } from '../transform/operators/pseudonym.js';
import { SurrogateOperator } from '../transform/operators/surrogate.js';
import type { DocState } from '../transform/operators/types.js';
import { normaliseForKey } from '../transform/prf.js';
import { isKnownFirstName } from '../transform/surrogate/names.js';
import type { Transformer } from '../transform/types.js';
import type { Vault } from '../transform/vault.js';
import type { ColumnPolicies, ColumnPolicy } from './columns.js';
import { generaliseValue, quoteIdent } from './generalise.js';
import { riskMetrics, suggestGeneralisation, type RiskReport } from './risk.js';

export interface TableJob {
  input: string;
  output: string;
  columns: ColumnPolicies;
  key?: ProjectKey;
  /** For detect-inside columns. */
  engine?: Engine;
  transformer?: Transformer;
  vault?: Vault;
  risk?: { quasiIdentifiers: string[]; sensitive?: string };
}

export interface TableResult {
  rows: number;
  columnsKept: string[];
  columnsUnlisted: string[];
  columnsDropped: string[];
  replaced: number;
  risk?: RiskReport;
}

const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

export function tableFormat(path: string): 'csv' | 'parquet' | undefined {
  if (/\.parquet$/i.test(path)) return 'parquet';
  if (/\.(csv|tsv)(\.gz|\.zst)?$/i.test(path)) return 'csv';
  return undefined;
}

export function readRelation(path: string): string {
  const f = tableFormat(path);
  if (f === 'parquet') return `read_parquet(${sqlString(path)})`;
  if (f === 'csv') return `read_csv(${sqlString(path)}, header = true, auto_detect = true)`;
  throw new ConfigError('TABLE_FORMAT', `${path}: not a table (expected .csv, .tsv or .parquet)`);
}

export async function openDuck(): Promise<DuckDBConnection> {
  const db = await DuckDBInstance.create(':memory:');
  return db.connect();
}

export async function pseudonymiseTable(job: TableJob): Promise<TableResult> {
  const conn = await openDuck();
  try {
    try {
      await conn.run(`CREATE VIEW src AS SELECT * FROM ${readRelation(job.input)}`);
    } catch (e) {
      throw new InputError('TABLE_UNREADABLE', job.input, undefined, `cannot read table: ${(e as Error).message.split('\n')[0]}`);
    }
    const desc = (await conn.runAndReadAll('DESCRIBE src')).getRowObjectsJS() as { column_name: string; column_type: string }[];
    const names = desc.map((d) => d.column_name);
    for (const c of Object.keys(job.columns)) {
      if (!names.includes(c)) throw new ConfigError('COLUMNS_UNKNOWN', `column policy names "${c}", which ${job.input} does not have; columns: ${names.join(', ')}`);
    }
    for (const qi of [...(job.risk?.quasiIdentifiers ?? []), ...(job.risk?.sensitive ? [job.risk.sensitive] : [])]) {
      if (!names.includes(qi)) throw new ConfigError('RISK_COLUMN_UNKNOWN', `--risk names "${qi}", which ${job.input} does not have; columns: ${names.join(', ')}`);
    }
    // Nothing passes by omission: a text column without a policy is scanned (detect-inside); other types are kept.
    const isText = new Map(desc.map((d) => [d.column_name, /^(VARCHAR|TEXT|STRING)/.test(d.column_type)]));
    const policyOf = (c: string): ColumnPolicy => job.columns[c] ?? (isText.get(c) ? { policy: 'detect-inside' } : { policy: 'keep' });
    const outCols = desc.filter((d) => policyOf(d.column_name).policy !== 'drop');
    const transformed = (c: string) => policyOf(c).policy !== 'keep';
    const colDefs = outCols.map((d) => `${quoteIdent(d.column_name)} ${transformed(d.column_name) ? 'VARCHAR' : d.column_type}`);
    await conn.run(`CREATE TABLE out (${colDefs.join(', ')})`);
    const appender = await conn.createAppender('out');
    const ops = new ColumnOps(job);
    const select = outCols.map((d) => (transformed(d.column_name) ? `CAST(${quoteIdent(d.column_name)} AS VARCHAR)` : quoteIdent(d.column_name))).join(', ');
    const result = await conn.stream(`SELECT ${select} FROM src`);
    let rows = 0;
    for await (const chunk of result.yieldRows()) {
      for (const row of chunk) {
        for (const [i, d] of outCols.entries()) {
          const v = row[i] as DuckDBValue;
          if (!transformed(d.column_name)) { appender.appendValue(v); continue; }
          if (v === null || v === undefined) { appender.appendNull(); continue; }
          appender.appendVarchar(ops.apply(d.column_name, policyOf(d.column_name), String(v), rows));
        }
        appender.endRow();
        rows++;
      }
    }
    appender.flushSync();
    appender.closeSync();
    const outFormat = tableFormat(job.output);
    if (!outFormat) throw new ConfigError('TABLE_FORMAT', `${job.output}: output must end in .csv or .parquet`);
    await conn.run(`COPY out TO ${sqlString(job.output)} (FORMAT ${outFormat}${outFormat === 'csv' ? ', HEADER true' : ''})`);
    job.vault?.flush();

    let risk: RiskReport | undefined;
    if (job.risk && job.risk.quasiIdentifiers.length > 0) {
      const { quasiIdentifiers: qis, sensitive } = job.risk;
      const before = await riskMetrics(conn, 'src', qis.map(quoteIdent), sensitive);
      // After: dropped quasi-identifiers count as fully suppressed; a dropped sensitive column leaves l undefined.
      const afterExprs = qis.map((c) => (policyOf(c).policy === 'drop' ? `'*'` : quoteIdent(c)));
      const after = await riskMetrics(conn, 'out', afterExprs, sensitive && policyOf(sensitive).policy !== 'drop' ? sensitive : undefined);
      const suggestion = await suggestGeneralisation(conn, 'src', qis);
      risk = { quasiIdentifiers: qis, ...(sensitive ? { sensitive } : {}), before, after, suggestion };
    }
    return {
      rows,
      columnsKept: outCols.map((d) => d.column_name),
      columnsUnlisted: names.filter((c) => !(c in job.columns)),
      columnsDropped: names.filter((c) => policyOf(c).policy === 'drop'),
      replaced: ops.replaced,
      ...(risk ? { risk } : {}),
    };
  } finally {
    conn.closeSync();
  }
}

/** The per-value column operators (keyed ones share the text operators, so a name gets the same surrogate in a
 * table column as in free text under the same key). */
class ColumnOps {
  replaced = 0;
  private readonly surrogate = new SurrogateOperator();
  private readonly pseudonym = new PseudonymOperator();
  private readonly doc: DocState = { docId: 'table', lang: 'fr', tags: new Map() };
  constructor(private readonly job: TableJob) {}

  apply(col: string, p: ColumnPolicy, v: string, row: number): string {
    let out: string;
    switch (p.policy) {
      case 'keep': case 'drop': return v;
      case 'generalise': out = generaliseValue(p.kind, v, p.param); break;
      case 'pseudonymise': out = this.keyed('pseudonym', p.type ?? 'PERSON', v); break;
      case 'surrogate': out = this.keyed('surrogate', p.type, v); break;
      case 'detect-inside': {
        if (!this.job.engine || !this.job.transformer) throw new ConfigError('TABLE_ENGINE', `column ${col} is detect-inside but no detection engine was given`);
        const a = this.job.engine.analyze(v, { sensitive: false });
        out = this.job.transformer.transform(v, a.entities, { docId: `${col}:${row}`, lang: a.lang }).text;
        break;
      }
    }
    if (out !== v) this.replaced++;
    return out;
  }

  private keyed(which: 'surrogate' | 'pseudonym', type: EntityType, v: string): string {
    if (v.trim() === '') return v;
    const finding: Finding = { type, start: 0, end: v.length, score: 1, recognizer: 'column-policy', explanation: { pattern: 'column', validation: 'none' } };
    const op = which === 'surrogate' ? this.surrogate : this.pseudonym;
    const nameTokens = type === 'PERSON' ? nameRoles(v, undefined, isKnownFirstName) : undefined;
    const out = op.apply({ value: v, finding, link: { canon: normaliseForKey(v) }, ...(nameTokens ? { nameTokens } : {}) }, this.doc, this.job.key);
    if (this.job.vault) this.job.vault.record({ type, original: v, replacement: out, operator: op.name });
    return out;
  }
}
