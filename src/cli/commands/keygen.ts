/** `tamis keygen [-o .tamis-key] [--force]`: creates the project key file (mode 0600). */
import type { Command } from 'commander';
import type { CliCommand } from '../command.js';
import { DEFAULT_KEY_FILE, KEY_ENV, writeKeyFile } from '../../transform/keys.js';

export const keygenCommand: CliCommand = {
  register(program: Command) {
    program.command('keygen')
      .description('create a random 32-byte project key for pseudonymisation, encryption and the vault (file mode 0600)')
      .option('-o, --output <file>', 'key file to create', DEFAULT_KEY_FILE)
      .option('--force', 'overwrite an existing key file (every pseudonym changes and the old vault becomes unreadable)')
      .action((opts: { output: string; force?: boolean }) => {
        writeKeyFile(opts.output, { force: opts.force === true });
        process.stderr.write(`tamis: wrote a new project key to ${opts.output} (mode 0600)\n` +
          `  keep it out of version control (add it to .gitignore) and back it up: without it, pseudonyms cannot be\n` +
          `  reproduced and the vault cannot be read. Alternatively export ${KEY_ENV} with its content.\n`);
      });
  },
};
