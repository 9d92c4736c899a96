/** The names bench's natural prose: French LitBank excerpts and EU judgments (MultiLeg), cut into ~2 KB documents. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function loadNamesProse(data: string): string[] {
  const prose: string[] = [];
  const litDir = join(data, 'ner-litbank-fr/entities');
  for (const f of readdirSync(litDir).filter((x) => x.endsWith('.txt')).sort()) {
    const t = readFileSync(join(litDir, f), 'utf8');
    for (let i = 0; i < t.length; i += 2000) prose.push(t.slice(i, i + 2000));
  }
  const legDir = join(data, 'ner-multileg-en/train');
  for (const f of readdirSync(legDir).sort()) {
    const lines = readFileSync(join(legDir, f), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
    for (let i = 0; i < lines.length; i += 10) prose.push(lines.slice(i, i + 10).join('\n'));
  }
  return prose;
}
