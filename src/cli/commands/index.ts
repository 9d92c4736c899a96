/** Explicit list of CLI commands (one module each). */
import type { CliCommand } from '../command.js';
import { checkCommand } from './check.js';
import { initCommand } from './init.js';
import { docsCommand } from './docs.js';

export const commands: CliCommand[] = [
  checkCommand,
  initCommand,
  docsCommand,
];
