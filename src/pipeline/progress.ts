/**
 * Progress on stderr: per step records in/out, MB/s of text and ETA. On a TTY the block is redrawn in place a
 * few times a second; otherwise one summary line every 10 s (CI logs stay readable).
 */
import type { TaskProgress } from './context.js';

export class Progress {
  private readonly live = new Map<number, TaskProgress>();
  private readonly finished: TaskProgress[] = [];
  private readonly done = new Set<number>();
  private drawnLines = 0;
  private last = 0;
  private readonly t0 = performance.now();
  private stage = '';
  constructor(
    private readonly stepNames: readonly string[],
    private readonly totalBytes: number,
    private readonly out: NodeJS.WriteStream = process.stderr,
    private readonly enabled = true,
  ) {}

  setStage(s: string): void {
    this.stage = s;
    this.render(true);
  }

  update(p: TaskProgress): void {
    if (this.done.has(p.task)) return;
    if (p.done) {
      this.live.delete(p.task);
      this.done.add(p.task);
      this.finished.push(p);
    } else this.live.set(p.task, p);
    this.render(false);
  }

  private totals() {
    const all = [...this.finished, ...this.live.values()];
    const steps = this.stepNames.map((_, i) => all.reduce<[number, number]>((a, p) => [a[0] + (p.steps[i]?.[0] ?? 0), a[1] + (p.steps[i]?.[1] ?? 0)], [0, 0]));
    return { bytes: all.reduce((a, p) => a + p.bytes, 0), records: all.reduce((a, p) => a + p.records, 0), steps };
  }

  render(force: boolean): void {
    if (!this.enabled) return;
    const now = performance.now();
    const tty = this.out.isTTY === true;
    if (!force && now - this.last < (tty ? 250 : 10_000)) return;
    this.last = now;
    const t = this.totals();
    const secs = (now - this.t0) / 1000;
    const mbs = t.bytes / 1e6 / Math.max(secs, 1e-3);
    const frac = this.totalBytes > 0 ? Math.min(0.999, t.bytes / this.totalBytes) : 0;
    const eta = frac > 0.01 && this.stage === 'process' ? `ETA ${fmtSecs((secs / frac) * (1 - frac))}` : '';
    const lines = [
      `tamis build [${this.stage}] ${t.records.toLocaleString('en')} records · ${(t.bytes / 1e6).toFixed(1)} MB · ${mbs.toFixed(2)} MB/s · ${fmtSecs(secs)} ${eta}`,
      ...this.stepNames.map((n, i) => `  ${n.padEnd(15)} in ${String(t.steps[i]![0]).padStart(9)}  out ${String(t.steps[i]![1]).padStart(9)}`),
    ];
    if (tty) {
      if (this.drawnLines) this.out.write(`\x1b[${this.drawnLines}A`);
      this.out.write(lines.map((l) => `\x1b[2K${l}`).join('\n') + '\n');
      this.drawnLines = lines.length;
    } else this.out.write(`${lines[0]}\n`);
  }
}

export function fmtSecs(s: number): string {
  if (s < 60) return `${s.toFixed(0)}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
