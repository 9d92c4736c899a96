/** Explicit list of CLI commands (one module each). */
import type { CliCommand } from '../command.js';
import { detectCommand } from './detect.js';
import { scanCommand } from './scan.js';

export const commands: CliCommand[] = [detectCommand, scanCommand];
import { keygenCommand } from './keygen.js';
import { pseudonymiseCommand } from './pseudonymise.js';
import { revealCommand } from './reveal.js';

export const commands: CliCommand[] = [
  keygenCommand,
  pseudonymiseCommand,
  revealCommand,
import { checkCommand } from './check.js';
import { initCommand } from './init.js';
import { docsCommand } from './docs.js';

export const commands: CliCommand[] = [
  checkCommand,
  initCommand,
  docsCommand,
];
