/** Explicit list of CLI commands (one module each). */
import type { CliCommand } from '../command.js';

export const commands: CliCommand[] = [];
