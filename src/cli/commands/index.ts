/** Explicit list of CLI commands (one module each). */
import type { CliCommand } from '../command.js';
import { buildCommand } from './build.js';

export const commands: CliCommand[] = [buildCommand];
