/**
 * `tamis scan <paths...>`: how much personal data, per file and per type (counts, share of documents, masked
 * examples), with progress on stderr. `--fail-on TYPES` makes it a CI gate: exit 1 when any of them is found.
 */
import type { Command } from 'commander';
import type { CliCommand } from '../command.js';
import { addDetectionOptions, defaultWorkers, type DetectionCliOptions } from '../options.js';

export interface ScanOpts extends DetectionCliOptions {
  failOn?: string; format: string; examples: string; progress: boolean;
}

export const scanCommand: CliCommand = {
  register(program: Command, setExit) {
    const cmd = program
      .command('scan')
      .description('Summarise the personal data in files and folders, per file and per type; optionally gate CI')
      .argument('<paths...>', 'files, folders or glob patterns; - reads JSON Lines from stdin')
      .option('--fail-on <types>', 'exit 1 when any of these entity types is found (comma-separated, e.g. EMAIL,IBAN,FR_NIR)')
      .option('--format <format>', 'text or json', 'text')
      .option('--examples <n>', 'masked examples shown per file and type', '3')
      .option('--no-progress', 'no progress output on stderr');
    addDetectionOptions(cmd, `worker threads for large inputs (default: all cores, ${defaultWorkers()} here)`)
      // Readers and the detection engine load only when the command runs (fast --help and start-up).
      .action(async (paths: string[], o: ScanOpts) => (await import('./scan-run.js')).runScanCommand(paths, o, setExit));
  },
};

