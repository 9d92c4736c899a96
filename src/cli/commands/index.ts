/** Explicit list of CLI commands (one module each). */
import type { CliCommand } from '../command.js';
import { keygenCommand } from './keygen.js';
import { pseudonymiseCommand } from './pseudonymise.js';
import { revealCommand } from './reveal.js';

export const commands: CliCommand[] = [
  keygenCommand,
  pseudonymiseCommand,
  revealCommand,
];
