/**
 * `tamis detect <input...>`: one JSON line of findings per document, in input order (see docs/detect.md; the line
 * format is a contract). Input errors go to stderr as they occur, a summary line ends stderr, exit 1 if any.
 */
import type { Command } from 'commander';
import type { CliCommand } from '../command.js';
import { addDetectionOptions, defaultWorkers, type DetectionCliOptions } from '../options.js';

export interface DetectOpts extends DetectionCliOptions {
  output?: string; includeValues?: boolean;
}

export const detectCommand: CliCommand = {
  register(program: Command, setExit) {
    const cmd = program
      .command('detect')
      .description('Detect personal data; write one JSON line of findings per document (stdout or -o)')
      .argument('<input...>', 'files, folders or glob patterns (.jsonl[.gz|.zst], .json, .csv, .parquet, .txt); - reads JSON Lines from stdin')
      .option('-o, --output <file>', 'write findings to this file instead of stdout')
      .option('--include-values', 'also write the raw detected values (the output then holds personal data)');
    addDetectionOptions(cmd, `worker threads for large inputs (default: all cores, ${defaultWorkers()} here)`)
      // Readers and the detection engine load only when the command runs (fast --help and start-up).
      .action(async (inputs: string[], o: DetectOpts) => (await import('./detect-run.js')).runDetectCommand(inputs, o, setExit));
  },
};

