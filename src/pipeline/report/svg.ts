/** Inline SVG charts for report.html: no script, no external asset, readable when printed. */

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
export { esc };

/** Horizontal bar chart of label -> value, largest first unless `keepOrder`. */
export function barChart(data: [string, number][], opts: { keepOrder?: boolean; color?: string; unit?: string } = {}): string {
  const rows = opts.keepOrder ? data : [...data].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (rows.length === 0) return '<p class="none">— none / aucun —</p>';
  const max = Math.max(...rows.map((r) => r[1]), 1);
  const labelW = Math.min(340, 16 + 8 * Math.max(...rows.map((r) => r[0].length)));
  const barW = 420;
  const h = 22;
  const body = rows.map(([label, v], i) => {
    const w = Math.max(v > 0 ? 2 : 0, Math.round((v / max) * barW));
    const y = i * h;
    return `<text x="${labelW - 6}" y="${y + 15}" text-anchor="end">${esc(label)}</text>` +
      `<rect x="${labelW}" y="${y + 3}" width="${w}" height="${h - 7}" fill="${opts.color ?? '#3b6ea8'}"><title>${esc(label)}: ${v}</title></rect>` +
      `<text x="${labelW + w + 6}" y="${y + 15}">${v.toLocaleString('en')}${opts.unit ?? ''}</text>`;
  }).join('');
  return `<svg role="img" width="${labelW + barW + 90}" height="${rows.length * h + 4}" font-size="12" font-family="sans-serif">${body}</svg>`;
}

/** Stacked bar of parts of a whole (accounting: written / excluded / errored). */
export function stackedBar(parts: [string, number, string][]): string {
  const total = parts.reduce((a, p) => a + p[1], 0) || 1;
  let x = 0;
  const W = 600;
  const rects = parts.map(([label, v, color]) => {
    const w = (v / total) * W;
    const r = `<rect x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="26" fill="${color}"><title>${esc(label)}: ${v}</title></rect>`;
    x += w;
    return r;
  }).join('');
  const legend = parts.map(([label, v, color], i) => `<rect x="${i * 200}" y="34" width="12" height="12" fill="${color}"/><text x="${i * 200 + 16}" y="45">${esc(label)}: ${v.toLocaleString('en')}</text>`).join('');
  return `<svg role="img" width="${W}" height="52" font-size="12" font-family="sans-serif">${rects}${legend}</svg>`;
}
