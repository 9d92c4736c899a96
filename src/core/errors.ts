/**
 * One error class per area, with stable codes. Errors are printed and turned into exit codes only at the
 * edge (cli/main.ts); inner code throws or records them.
 */

export type ErrorArea = 'input' | 'config' | 'detect' | 'transform' | 'pipeline' | 'register' | 'key' | 'usage';

export class TamisError extends Error {
  readonly area: ErrorArea;
  readonly code: string;
  /** A short, actionable hint for the user. */
  readonly hint: string | undefined;
  constructor(area: ErrorArea, code: string, message: string, opts: { hint?: string; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'TamisError';
    this.area = area;
    this.code = code;
    this.hint = opts.hint;
  }
}

/** A problem with one place in an input: a file, a line, a row. Recorded, counted, and the run goes on. */
export class InputError extends TamisError {
  readonly file: string;
  readonly location: string | undefined;
  constructor(code: string, file: string, location: string | undefined, reason: string, opts: { hint?: string; cause?: unknown } = {}) {
    super('input', code, `${file}${location ? `:${location}` : ''}: ${reason}`, opts);
    this.name = 'InputError';
    this.file = file;
    this.location = location;
  }
  /** Machine-readable form for errors.jsonl and summaries. Never contains record text. */
  toJSON(): { file: string; location?: string; code: string; reason: string } {
    const reason = this.message.slice(this.message.indexOf(': ') + 2);
    return { file: this.file, ...(this.location ? { location: this.location } : {}), code: this.code, reason };
  }
}

export class ConfigError extends TamisError {
  constructor(code: string, message: string, opts: { hint?: string; cause?: unknown } = {}) {
    super('config', code, message, opts);
    this.name = 'ConfigError';
  }
}

export class UsageError extends TamisError {
  constructor(message: string, opts: { hint?: string } = {}) {
    super('usage', 'USAGE', message, opts);
    this.name = 'UsageError';
  }
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
