/** Sentence boundaries and span removal with offset remapping (used to cut sensitive sentences). */
import type { Finding } from '../../core/types.js';

/** [start, end) of the sentence around `pos`: bounded by . ! ? … or a line break (abbreviations are not worth the cost here). */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && !/[.!?…\n]/.test(text[s - 1]!)) s--;
  while (s < start && /\s/.test(text[s]!)) s++;
  let e = end;
  while (e < text.length && !/[.!?…\n]/.test(text[e]!)) e++;
  if (e < text.length && text[e] !== '\n') e++;
  while (e < text.length && text[e] === ' ') e++;
  return [s, e];
}

/** Merges overlapping ranges; returns them sorted. */
export function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Removes the ranges from the text; findings inside a removed range disappear, later ones shift. */
export function removeRanges(text: string, ranges: [number, number][], findings: readonly Finding[]): { text: string; findings: Finding[] } {
  const merged = mergeRanges(ranges);
  let out = '';
  let pos = 0;
  for (const [s, e] of merged) {
    out += text.slice(pos, s);
    pos = e;
  }
  out += text.slice(pos);
  const shift = (x: number) => {
    let d = 0;
    for (const [s, e] of merged) if (e <= x) d += e - s;
    return x - d;
  };
  const kept = findings
    .filter((f) => !merged.some(([s, e]) => f.start < e && s < f.end))
    .map((f) => ({ ...f, start: shift(f.start), end: shift(f.end) }));
  return { text: out, findings: kept };
}
