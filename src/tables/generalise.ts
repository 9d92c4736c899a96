/**
 * Value generalisation for table columns, and the hierarchies the risk report searches over. Each hierarchy is a
 * list of SQL expressions from exact (level 0) to suppressed (last level), so the search runs inside DuckDB.
 */
import type { GeneraliseKind } from './columns.js';

/** Generalises one value in JS (the column operator). */
export function generaliseValue(kind: GeneraliseKind, v: string, param?: number | string): string {
  const s = v.trim();
  if (s === '') return s;
  switch (kind) {
    case 'age':
    case 'number': {
      const n = Number(s.replace(',', '.'));
      if (!Number.isFinite(n)) return '*';
      const w = typeof param === 'number' && param > 0 ? param : 10;
      const lo = Math.floor(n / w) * w;
      return `${lo}-${lo + w - 1}`;
    }
    case 'date': {
      const m = /^(\d{4})-(\d{2})/.exec(s) ?? /^\d{1,2}[/.-](\d{1,2})[/.-](\d{4})/.exec(s);
      if (!m) return '*';
      const [y, mo] = m[0].startsWith(m[1]!) && m[1]!.length === 4 ? [m[1]!, m[2]!] : [m[2]!, m[1]!.padStart(2, '0')];
      return param === 'year' ? y : `${y}-${mo}`;
    }
    case 'postcode': {
      const keep = typeof param === 'number' ? param : 2;
      return s.replace(/\s/g, '').slice(0, keep);
    }
    case 'gps': {
      const step = typeof param === 'number' ? param : 0.1;
      const dec = Math.max(0, -Math.floor(Math.log10(step)));
      return s.split(/\s*[,;]\s*/).map((x) => (Math.floor(Number(x) / step) * step).toFixed(dec)).join(', ');
    }
    case 'text': return s.slice(0, typeof param === 'number' ? param : 1);
  }
}

export type ColumnKind = 'numeric' | 'date' | 'postcode' | 'text';

export interface Hierarchy { kind: ColumnKind; levels: { label: string; sql: (col: string) => string }[] }

const q = (c: string) => `"${c.replace(/"/g, '""')}"`;

export function hierarchyFor(kind: ColumnKind): Hierarchy {
  const star = { label: 'suppressed', sql: () => `'*'` };
  switch (kind) {
    case 'numeric':
      return { kind, levels: [{ label: 'exact', sql: (c) => q(c) },
        ...[5, 10, 20, 50].map((w) => ({ label: `ranges of ${w}`, sql: (c: string) => `floor(TRY_CAST(${q(c)} AS DOUBLE) / ${w}) * ${w}` })), star] };
    case 'date':
      return { kind, levels: [{ label: 'exact', sql: (c) => q(c) },
        { label: 'month', sql: (c) => `strftime(TRY_CAST(${q(c)} AS DATE), '%Y-%m')` },
        { label: 'year', sql: (c) => `year(TRY_CAST(${q(c)} AS DATE))` },
        { label: 'decade', sql: (c) => `floor(year(TRY_CAST(${q(c)} AS DATE)) / 10) * 10` }, star] };
    case 'postcode':
      return { kind, levels: [{ label: 'exact', sql: (c) => q(c) },
        { label: 'first 3 characters', sql: (c) => `left(CAST(${q(c)} AS VARCHAR), 3)` },
        { label: 'first 2 characters (department)', sql: (c) => `left(CAST(${q(c)} AS VARCHAR), 2)` }, star] };
    case 'text':
      return { kind, levels: [{ label: 'exact', sql: (c) => q(c) }, { label: 'first character', sql: (c) => `left(CAST(${q(c)} AS VARCHAR), 1)` }, star] };
  }
}

export { q as quoteIdent };
