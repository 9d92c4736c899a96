/** Prints input errors to stderr as they happen (file:location: reason), never record content. */
import type { InputError } from '../core/errors.js';

export class ErrorReporter {
  count = 0;
  private readonly byCode = new Map<string, number>();
  constructor(private readonly quietAfter = 200) {}

  report(e: InputError): void {
    this.count++;
    this.byCode.set(e.code, (this.byCode.get(e.code) ?? 0) + 1);
    // A badly broken file can produce millions of errors: print the first ones, count the rest.
    if (this.count <= this.quietAfter) process.stderr.write(`tamis: ${e.message}\n`);
    else if (this.count === this.quietAfter + 1) process.stderr.write(`tamis: more input errors; only counting them from now on\n`);
  }

  summary(): string {
    return [...this.byCode].map(([c, n]) => `${c} ${n}`).join(', ');
  }
}
