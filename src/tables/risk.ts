/**
 * Re-identification risk of a table for the quasi-identifier columns the user names, computed by DuckDB with one
 * GROUP BY on the quasi-identifiers (millions of rows in seconds):
 *  - k-anonymity: the size of the smallest equivalence class (rows sharing all quasi-identifier values);
 *  - the share of rows that are unique on the quasi-identifiers;
 *  - l-diversity of a sensitive column: the fewest distinct sensitive values in any class.
 * And a search over generalisation levels (hierarchies in generalise.ts) for the least generalisation reaching k >= target.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { hierarchyFor, quoteIdent, type ColumnKind } from './generalise.js';

export interface RiskMetrics {
  rows: number;
  classes: number;
  /** Smallest equivalence class. */
  k: number;
  uniqueRows: number;
  uniqueShare: number;
  /** Rows in classes smaller than 5. */
  rowsBelow5: number;
  /** Fewest distinct sensitive values in a class, when a sensitive column is given. */
  l?: number;
}

export interface Suggestion {
  reached: boolean;
  k: number;
  levels: { column: string; kind: ColumnKind; level: string }[];
  evaluated: number;
}

async function scalarRows(conn: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const r = await conn.runAndReadAll(sql);
  return r.getRowObjectsJS() as Record<string, unknown>[];
}

/** Metrics for `relation` (a table or view name) grouped by the given SQL expressions. */
export async function riskMetrics(conn: DuckDBConnection, relation: string, qiExprs: readonly string[], sensitive?: string): Promise<RiskMetrics> {
  const keys = qiExprs.length ? qiExprs.map((e, i) => `${e} AS qi${i}`).join(', ') : `1 AS qi0`;
  const groupBy = qiExprs.length ? qiExprs.map((_, i) => `qi${i}`).join(', ') : 'qi0';
  const lExpr = sensitive ? `, count(DISTINCT ${quoteIdent(sensitive)}) AS l` : '';
  const sql = `WITH g AS (SELECT ${keys}, count(*) AS c${lExpr} FROM ${relation} GROUP BY ${groupBy})
    SELECT count(*) AS classes, min(c) AS k, sum(c) AS rows, sum(CASE WHEN c = 1 THEN 1 ELSE 0 END) AS uniq,
           sum(CASE WHEN c < 5 THEN c ELSE 0 END) AS below5${sensitive ? ', min(l) AS l' : ''} FROM g`;
  const [row] = await scalarRows(conn, sql);
  const n = (v: unknown) => Number(v ?? 0);
  const rows = n(row?.rows);
  return {
    rows, classes: n(row?.classes), k: n(row?.k), uniqueRows: n(row?.uniq), uniqueShare: rows ? n(row?.uniq) / rows : 0,
    rowsBelow5: n(row?.below5), ...(sensitive ? { l: n(row?.l) } : {}),
  };
}

/** Guesses each quasi-identifier's hierarchy from its DuckDB type and values. */
export async function columnKinds(conn: DuckDBConnection, relation: string, qis: readonly string[]): Promise<ColumnKind[]> {
  const desc = await scalarRows(conn, `DESCRIBE SELECT ${qis.map(quoteIdent).join(', ')} FROM ${relation}`);
  const out: ColumnKind[] = [];
  for (const [i, c] of qis.entries()) {
    const type = String(desc[i]?.column_type ?? '');
    if (/INT|DOUBLE|FLOAT|DECIMAL|REAL|NUMERIC/.test(type)) { out.push('numeric'); continue; }
    if (/DATE|TIMESTAMP/.test(type)) { out.push('date'); continue; }
    const [s] = await scalarRows(conn, `SELECT avg(CASE WHEN regexp_full_match(CAST(${quoteIdent(c)} AS VARCHAR), '\\d{4,5}') THEN 1 ELSE 0 END) AS pc,
      avg(CASE WHEN TRY_CAST(${quoteIdent(c)} AS DATE) IS NOT NULL THEN 1 ELSE 0 END) AS dt FROM (SELECT ${quoteIdent(c)} FROM ${relation} LIMIT 1000)`);
    out.push(Number(s?.pc) > 0.9 ? 'postcode' : Number(s?.dt) > 0.9 ? 'date' : 'text');
  }
  return out;
}

/**
 * Least generalisation reaching k >= target. Combinations of levels are tried in order of normalised cost (sum of
 * level / deepest level per column), using the lattice's monotonicity: generalising more can only merge classes, so
 * a combination coarser than one that reaches the target cannot keep more detail (skipped), and one finer than a
 * combination that failed cannot reach it (skipped). The cheapest combination reaching the target wins; among
 * equally cheap ones, the one keeping the most equivalence classes (least information lost).
 */
export async function suggestGeneralisation(conn: DuckDBConnection, relation: string, qis: readonly string[], target = 5, maxEvaluations = 200): Promise<Suggestion> {
  const kinds = await columnKinds(conn, relation, qis);
  const hs = kinds.map(hierarchyFor);
  const maxLevels = hs.map((h) => h.levels.length - 1);
  const cost = (v: readonly number[]) => v.reduce((s, l, i) => s + l / maxLevels[i]!, 0);
  const all = allVectors(maxLevels).sort((a, b) => cost(a) - cost(b));
  const passed: { v: number[]; m: RiskMetrics }[] = [];
  const failed: number[][] = [];
  const le = (a: readonly number[], b: readonly number[]) => a.every((x, i) => x <= b[i]!);
  let evaluated = 0;
  for (const v of all) {
    if (evaluated >= maxEvaluations) break;
    if (passed.length > 0 && cost(v) > cost(passed[0]!.v) + 1e-9) break;
    if (passed.some((p) => le(p.v, v)) || failed.some((f) => le(v, f))) continue;
    evaluated++;
    const m = await riskMetrics(conn, relation, v.map((lvl, i) => hs[i]!.levels[lvl]!.sql(qis[i]!)));
    if (m.k >= target) passed.push({ v, m }); else failed.push(v);
  }
  const best = passed.sort((a, b) => cost(a.v) - cost(b.v) || b.m.classes - a.m.classes)[0];
  const v = best?.v ?? maxLevels;
  return {
    reached: best !== undefined,
    k: best?.m.k ?? 0,
    levels: v.map((lvl, i) => ({ column: qis[i]!, kind: kinds[i]!, level: hs[i]!.levels[lvl]!.label })),
    evaluated,
  };
}

function allVectors(max: readonly number[]): number[][] {
  let out: number[][] = [[]];
  for (const m of max) {
    const next: number[][] = [];
    for (const v of out) for (let l = 0; l <= m; l++) next.push([...v, l]);
    out = next;
    if (out.length > 100_000) break;
  }
  return out.filter((v) => v.length === max.length);
}

export interface RiskReport {
  quasiIdentifiers: string[];
  sensitive?: string;
  before: RiskMetrics;
  after?: RiskMetrics;
  suggestion: Suggestion;
}

export function formatRiskReport(r: RiskReport): string {
  const line = (name: string, m: RiskMetrics) =>
    `${name.padEnd(7)} rows ${m.rows}  classes ${m.classes}  k ${m.k}  unique ${(100 * m.uniqueShare).toFixed(1)}%  rows in classes <5 ${m.rowsBelow5}${m.l !== undefined ? `  l ${m.l}` : ''}`;
  const out = [`re-identification risk on ${r.quasiIdentifiers.join(', ')}${r.sensitive ? ` (sensitive: ${r.sensitive})` : ''}`, line('before', r.before)];
  if (r.after) out.push(line('after', r.after));
  const s = r.suggestion;
  out.push(s.reached
    ? `k >= 5 is reached (k = ${s.k}) with: ${s.levels.map((l) => `${l.column} -> ${l.level}`).join(', ')} (${s.evaluated} combinations tried)`
    : `k >= 5 was not reached within ${s.evaluated} combinations; suppress or drop more quasi-identifiers`);
  return out.join('\n');
}
