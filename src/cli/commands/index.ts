/** Explicit list of CLI commands (one module each). */
import type { CliCommand } from '../command.js';
import { buildCommand } from './build.js';
import { checkCommand } from './check.js';
import { detectCommand } from './detect.js';
import { docsCommand } from './docs.js';
import { initCommand } from './init.js';
import { keygenCommand } from './keygen.js';
import { pseudonymiseCommand } from './pseudonymise.js';
import { revealCommand } from './reveal.js';
import { scanCommand } from './scan.js';

export const commands: CliCommand[] = [
  detectCommand,
  buildCommand,
  scanCommand,
  pseudonymiseCommand,
  keygenCommand,
  revealCommand,
  checkCommand,
  initCommand,
  docsCommand,
];
