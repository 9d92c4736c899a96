/**
 * The CLI edge: builds the commander program from the explicit command list, and is the only place that
 * prints errors and turns them into exit codes.
 *  0 success · 1 findings gate tripped / errors in the input · 2 usage or configuration error · 3 internal error
 */
import { Command, CommanderError } from 'commander';
import { TamisError } from '../core/errors.js';
import { VERSION } from '../version.js';
import { commands } from './commands/index.js';

export async function main(argv: string[]): Promise<number> {
  const program = new Command('tamis')
    .description('Build GDPR-compliant AI training datasets following the CNIL recommendations.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  let code = 0;
  for (const c of commands) c.register(program, (n) => { code = Math.max(code, n); });
  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof TamisError) {
      process.stderr.write(`tamis: ${e.message}\n${e.hint ? `hint: ${e.hint}\n` : ''}`);
      return e.area === 'usage' || e.area === 'config' || e.area === 'key' || e.area === 'register' ? 2 : 1;
    }
    process.stderr.write(`tamis: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 3;
  }
}
