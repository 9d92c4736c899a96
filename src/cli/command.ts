import type { Command } from 'commander';

/** A CLI command module: adds itself to the program; reports its exit code through `setExit`. */
export interface CliCommand {
  register(program: Command, setExit: (code: number) => void): void;
}
