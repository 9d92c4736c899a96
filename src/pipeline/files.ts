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

/** Pending output is handed to the stream in pieces of about this many characters / bytes. */
const FLUSH_AT = 1 << 16;

/**
 * A line-oriented file written through a stream to a temp name, renamed on `commit`. Lines and small raw chunks
 * are gathered and handed to the stream ~64 KB at a time: one stream write per line cost more than the I/O itself.
 */
export class AtomicLineWriter {
  private readonly tmp: string;
  private readonly stream: WriteStream;
  /** Pending text (lines with their newline, string chunks) and pending binary chunks; only one kind is non-empty. */
  private text = '';
  private bin: Uint8Array[] = [];
  private binLen = 0;
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
    if (this.binLen) this.flush();
    this.text += line;
    this.text += '\n';
    return this.text.length >= FLUSH_AT ? this.flush() : undefined;
  }
  /** Raw chunk of already newline-terminated lines (for concatenation); the caller counts lines. */
  writeRaw(chunk: string | Uint8Array): Promise<void> | undefined {
    this.bytes += chunk.length;
    if (typeof chunk === 'string') {
      if (this.binLen) this.flush();
      this.text += chunk;
      return this.text.length >= FLUSH_AT ? this.flush() : undefined;
    }
    if (this.text) this.flush();
    this.bin.push(chunk);
    this.binLen += chunk.length;
    return this.binLen >= FLUSH_AT ? this.flush() : undefined;
  }
  /** Hands what is pending to the stream, in order. */
  private flush(): Promise<void> | undefined {
    let chunk: string | Uint8Array;
    if (this.text) {
      chunk = this.text;
      this.text = '';
    } else if (this.binLen) {
      chunk = this.bin.length === 1 ? this.bin[0]! : Buffer.concat(this.bin, this.binLen);
      this.bin = [];
      this.binLen = 0;
    } else {
      return undefined;
    }
    if (!this.stream.write(chunk)) return new Promise((r) => this.stream.once('drain', () => r()));
    return undefined;
  }
  async commit(): Promise<void> {
    this.flush();
    await new Promise<void>((res, rej) => this.stream.end((e?: Error | null) => (e ? rej(e) : res())));
    renameSync(this.tmp, this.path);
  }
  async abort(): Promise<void> {
    this.text = '';
    this.bin = [];
    this.binLen = 0;
    await new Promise<void>((res) => this.stream.end(() => res()));
    rmSync(this.tmp, { force: true });
  }
}

export async function sha256File(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}
