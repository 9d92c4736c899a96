/**
 * A small document model shared by every generated document: sections with stable ids (the same in French and
 * English, so tests and tools can find them) holding paragraphs, lists, key/value tables, tables and a
 * severity x likelihood map. Renderers in markdown.ts and html.ts turn it into Markdown and printable HTML.
 */
import type { Lang } from '../register/index.js';

export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'kv'; rows: [string, string][] }
  | { kind: 'table'; head: string[]; rows: string[][] }
  /** Risk map: cells[severity][likelihood] = labels, both axes ordered from lowest to highest. */
  | { kind: 'matrix'; rowsLabel: string; colsLabel: string; rowNames: string[]; colNames: string[]; cells: string[][][] };

export interface Section {
  id: string;
  title: string;
  blocks: Block[];
  sections?: Section[];
}

export interface GeneratedDocument {
  /** File stem, e.g. `dpia`. */
  id: string;
  lang: Lang;
  title: string;
  /** One line under the title: project, controller, date, source. */
  subtitle: string;
  sections: Section[];
}

export const p = (text: string): Block => ({ kind: 'p', text });
/** An empty list renders as a dash rather than nothing, so a reader sees the answer is empty. */
export const list = (items: string[]): Block => (items.length ? { kind: 'list', items } : { kind: 'p', text: '—' });
export const kv = (rows: [string, string][]): Block => ({ kind: 'kv', rows });
export const table = (head: string[], rows: string[][]): Block => ({ kind: 'table', head, rows });
export const section = (id: string, title: string, blocks: Block[], sections?: Section[]): Section =>
  (sections ? { id, title, blocks, sections } : { id, title, blocks });

/** Every section id in a document, depth first. */
export function sectionIds(doc: GeneratedDocument): string[] {
  const out: string[] = [];
  const walk = (ss: Section[]) => { for (const s of ss) { out.push(s.id); if (s.sections) walk(s.sections); } };
  walk(doc.sections);
  return out;
}
