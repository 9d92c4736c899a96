/**
 * `tamis reveal`: authorised re-identification. Looks replacements up in an encrypted vault, or decrypts the
 * `[ENC:...]` tokens of a file written with the encrypt operator. Needs the project key; prints to stdout only.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { loadProjectKey } from '../../transform/keys.js';
import { decryptTokens } from '../../transform/operators/encrypt.js';
import { Vault } from '../../transform/vault.js';
import type { CliCommand } from '../command.js';

interface RevealOpts { vault?: string; decrypt?: string; keyFile?: string }

export const revealCommand: CliCommand = {
  register(program: Command, setExit) {
    program.command('reveal')
      .description('authorised re-identification: look pseudonyms up in the encrypted vault, or decrypt [ENC:...] tokens')
      .argument('[replacements...]', 'pseudonyms or surrogates to look up in the vault')
      .option('--vault <file>', 'vault written by `tamis pseudonymise --vault`')
      .option('--decrypt <file>', 'decrypt the [ENC:...] tokens of this file to stdout')
      .option('--key-file <file>', 'project key file (default: $TAMIS_KEY, then ./.tamis-key)')
      .action((values: string[], opts: RevealOpts) => {
        const key = loadProjectKey(opts.keyFile ? { keyFile: opts.keyFile } : {});
        if (opts.decrypt) {
          const r = decryptTokens(readFileSync(opts.decrypt, 'utf8'), key);
          process.stdout.write(r.text);
          process.stderr.write(`tamis: decrypted ${r.count} token(s)\n`);
          return;
        }
        if (!opts.vault) throw new UsageError('reveal needs --vault <file> (with values to look up) or --decrypt <file>');
        if (values.length === 0) throw new UsageError('give the pseudonyms or surrogates to look up', { hint: 'tamis reveal --vault vault.jsonl "PERSON_3fa9c1d2"' });
        let missing = 0;
        for (const v of values) {
          const e = Vault.reveal(opts.vault, key, v);
          if (e) process.stdout.write(`${JSON.stringify({ replacement: v, type: e.type, original: e.original, operator: e.operator })}\n`);
          else { missing++; process.stderr.write(`tamis: ${JSON.stringify(v)} is not in the vault\n`); }
        }
        if (missing) setExit(1);
      });
  },
};
