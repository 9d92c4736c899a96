/** Renders a generated document as one self-contained HTML page (inline CSS, no script), printable to PDF. */
import type { Block, GeneratedDocument, Section } from './model.js';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** Escapes, then turns `code` spans and bare https links into markup. */
function inline(s: string): string {
  return escapeHtml(s)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/(https:\/\/[^\s<)]+)/g, '<a href="$1">$1</a>');
}

const CSS = `body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.7rem;border-bottom:3px solid #1d3557;padding-bottom:.3rem}h2{font-size:1.3rem;color:#1d3557;margin-top:2rem}
h3{font-size:1.1rem}table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.3rem .5rem;vertical-align:top;text-align:left}
th{background:#eef2f7}code{background:#f3f3f3;padding:0 .2rem}.sub{color:#555;font-style:italic}
table.matrix td{height:3rem;width:18%}.m0{background:#d8f3dc}.m1{background:#fff3b0}.m2{background:#ffd6a5}.m3{background:#ffadad}
@media print{body{margin:0;max-width:none;font-size:11pt}h2{page-break-after:avoid}table,tr{page-break-inside:avoid}a{color:inherit;text-decoration:none}}`;

function block(b: Block): string {
  switch (b.kind) {
    case 'p': return `<p>${inline(b.text)}</p>`;
    case 'list': return `<ul>${b.items.map((i) => `<li>${inline(i)}</li>`).join('')}</ul>`;
    case 'kv': return `<table class="kv">${b.rows.map(([k, v]) => `<tr><th scope="row">${inline(k)}</th><td>${inline(v)}</td></tr>`).join('')}</table>`;
    case 'table': return `<table><thead><tr>${b.head.map((h) => `<th>${inline(h)}</th>`).join('')}</tr></thead><tbody>${
      b.rows.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    case 'matrix': {
      const rows = [...b.rowNames.keys()].reverse().map((i) => `<tr><th scope="row">${inline(b.rowNames[i]!)}</th>${
        b.colNames.map((_, j) => `<td class="m${Math.min(3, Math.floor((i + j) / 2))}">${inline((b.cells[i]?.[j] ?? []).join(', '))}</td>`).join('')}</tr>`);
      return `<table class="matrix"><thead><tr><th>${inline(b.rowsLabel)} \\ ${inline(b.colsLabel)}</th>${
        b.colNames.map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
    }
  }
}

function renderSection(s: Section, depth: number): string {
  const h = Math.min(6, depth);
  return `<section id="${escapeHtml(s.id)}"><h${h}>${inline(s.title)}</h${h}>${s.blocks.map(block).join('\n')}${
    (s.sections ?? []).map((x) => renderSection(x, depth + 1)).join('\n')}</section>`;
}

export function toHtml(doc: GeneratedDocument): string {
  return `<!doctype html>
<html lang="${doc.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(doc.title)}</title><style>${CSS}</style></head>
<body><h1>${escapeHtml(doc.title)}</h1><p class="sub">${inline(doc.subtitle)}</p>
${doc.sections.map((s) => renderSection(s, 2)).join('\n')}
</body></html>
`;
}
