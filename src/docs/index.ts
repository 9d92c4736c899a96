/**
 * `tamis docs`: builds the DPO documents from the register (and a build's manifest and statistics when given)
 * and writes each as Markdown and as self-contained HTML, in French and/or English.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkRegister, type Lang, type TamisConfig } from '../register/index.js';
import type { BuildData } from './build-data.js';
import type { DocInput } from './common.js';
import { aiActSummary, AI_ACT_SECTIONS } from './documents/ai-act-summary.js';
import { datasetSheet, DATASET_SHEET_SECTIONS } from './documents/dataset-sheet.js';
import { datasheet, DATASHEET_SECTIONS } from './documents/datasheet.js';
import { dpia, DPIA_SECTIONS } from './documents/dpia.js';
import { legitimateInterestAssessment, LIA_SECTIONS } from './documents/lia.js';
import { informationNotice, NOTICE_SECTIONS } from './documents/notice.js';
import { escapeHtml, toHtml } from './html.js';
import { toMarkdown } from './markdown.js';
import type { GeneratedDocument } from './model.js';

export { loadBuild, type BuildData } from './build-data.js';
export { toHtml } from './html.js';
export { toMarkdown } from './markdown.js';
export { sectionIds, type GeneratedDocument } from './model.js';

/** Each document with the section ids it must contain (checked by tests in both languages). */
export const DOCUMENTS = [
  { id: 'dataset-sheet', make: datasetSheet, sections: DATASET_SHEET_SECTIONS },
  { id: 'datasheet', make: datasheet, sections: DATASHEET_SECTIONS },
  { id: 'ai-act-summary', make: aiActSummary, sections: AI_ACT_SECTIONS },
  { id: 'dpia', make: dpia, sections: DPIA_SECTIONS },
  { id: 'legitimate-interest-assessment', make: legitimateInterestAssessment, sections: LIA_SECTIONS },
  { id: 'information-notice', make: informationNotice, sections: NOTICE_SECTIONS },
] as const;

export interface GenerateOptions {
  lang: Lang;
  build?: BuildData;
  /** ISO day written on the documents; defaults to the build's date, else today. */
  date?: string;
}

export function generateDocuments(config: TamisConfig, opts: GenerateOptions): GeneratedDocument[] {
  const date = opts.date ?? (opts.build?.manifest.createdAt ?? new Date().toISOString()).slice(0, 10);
  const input: DocInput = { config, check: checkRegister(config, { lang: opts.lang }), build: opts.build, lang: opts.lang, date };
  return DOCUMENTS.map((d) => d.make(input));
}

/** Writes `<id>.<lang>.md` and `<id>.<lang>.html` for each document, and an index.html; returns the paths written. */
export function writeDocuments(dir: string, docs: GeneratedDocument[]): string[] {
  mkdirSync(dir, { recursive: true });
  const out: string[] = [];
  for (const d of docs) {
    const base = join(dir, `${d.id}.${d.lang}`);
    writeFileSync(`${base}.md`, toMarkdown(d));
    writeFileSync(`${base}.html`, toHtml(d));
    out.push(`${base}.md`, `${base}.html`);
  }
  const items = docs.map((d) => `<li><a href="${escapeHtml(`${d.id}.${d.lang}.html`)}">${escapeHtml(d.title)}</a> (${d.lang}) — <a href="${escapeHtml(`${d.id}.${d.lang}.md`)}">Markdown</a></li>`);
  const index = join(dir, 'index.html');
  writeFileSync(index, `<!doctype html>\n<html><head><meta charset="utf-8"><title>Tamis — documents</title></head><body><h1>Tamis — documents</h1><ul>${items.join('')}</ul></body></html>\n`);
  out.push(index);
  return out;
}
