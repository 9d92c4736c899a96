/**
 * Crash-safe file writing: everything is written to `<name>.tmp-<pid>` then renamed, so a file that exists
 * under its final name is complete. Completion markers are written the same way, last.
 */
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { dirname } from 'node:path';

export function tmpName(path: string): string {
  return `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
}

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tmpName(path);
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

export function readJson<T>(path: string): T | undefined {
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** A line-oriented file written through a stream to a temp name, renamed on `commit`. */
export class AtomicLineWriter {
  private readonly tmp: string;
  private readonly stream: WriteStream;
  lines = 0;
  bytes = 0;
  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.tmp = tmpName(path);
    this.stream = createWriteStream(this.tmp);
  }
  /** Returns a promise only when the stream asks to slow down (backpressure). */
  write(line: string): Promise<void> | undefined {
    this.lines++;
    this.bytes += line.length + 1;
    if (!this.stream.write(`${line}\n`)) return new Promise((r) => this.stream.once('drain', () => r()));
    return undefined;
  }
  /** Raw chunk of already newline-terminated lines (for concatenation); the caller counts lines. */
  writeRaw(chunk: string | Uint8Array): Promise<void> | undefined {
    this.bytes += chunk.length;
    if (!this.stream.write(chunk)) return new Promise((r) => this.stream.once('drain', () => r()));
    return undefined;
  }
  async commit(): Promise<void> {
    await new Promise<void>((res, rej) => this.stream.end((e?: Error | null) => (e ? rej(e) : res())));
    renameSync(this.tmp, this.path);
  }
  async abort(): Promise<void> {
    await new Promise<void>((res) => this.stream.end(() => res()));
    rmSync(this.tmp, { force: true });
  }
}

export async function sha256File(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}
