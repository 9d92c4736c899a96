/** Renders a generated document as Markdown (GitHub flavour tables). */
import type { Block, GeneratedDocument, Section } from './model.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n+/g, ' ');

function block(b: Block): string {
  switch (b.kind) {
    case 'p': return b.text;
    case 'list': return b.items.map((i) => `- ${i}`).join('\n');
    case 'kv': return ['| | |', '|---|---|', ...b.rows.map(([k, v]) => `| **${cell(k)}** | ${cell(v)} |`)].join('\n');
    case 'table': return [`| ${b.head.map(cell).join(' | ')} |`, `|${b.head.map(() => '---').join('|')}|`,
      ...b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
    case 'matrix': {
      const rows = [...b.rowNames.keys()].reverse().map((i) =>
        `| **${cell(b.rowNames[i]!)}** | ${b.colNames.map((_, j) => cell((b.cells[i]?.[j] ?? []).join(', '))).join(' | ')} |`);
      return [`| ${cell(b.rowsLabel)} \\\\ ${cell(b.colsLabel)} | ${b.colNames.map(cell).join(' | ')} |`,
        `|---|${b.colNames.map(() => '---').join('|')}|`, ...rows].join('\n');
    }
  }
}

function renderSection(s: Section, depth: number): string {
  const parts = [`${'#'.repeat(depth)} ${s.title}`, ...s.blocks.map(block)];
  for (const sub of s.sections ?? []) parts.push(renderSection(sub, depth + 1));
  return parts.join('\n\n');
}

export function toMarkdown(doc: GeneratedDocument): string {
  return [`# ${doc.title}`, `_${doc.subtitle}_`, ...doc.sections.map((s) => renderSection(s, 2))].join('\n\n') + '\n';
}
