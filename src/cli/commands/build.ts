/** `tamis build`: runs the pipeline of tamis.yaml into build/<version>/ (see docs/build.md). */
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import type { CliCommand } from '../command.js';

export interface BuildCliOptions { config: string; workers?: number; rank?: number; world?: number; stage: string; buildVersion?: string; strict?: boolean; progress: boolean; keyFile?: string; check: boolean; lang?: string }

const int = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${name} must be a non-negative integer, got "${v}"`);
  return n;
};

export const buildCommand: CliCommand = {
  register(program: Command, setExit) {
    program
      .command('build')
      .description('build the dataset described by tamis.yaml: read, filter, detect, pseudonymise, deduplicate, write, report')
      .option('-c, --config <file>', 'configuration file', 'tamis.yaml')
      .option('-w, --workers <n>', 'worker threads (default: all cores)', int('--workers'))
      .option('--rank <i>', 'this task rank, for cluster runs (0-based)', int('--rank'))
      .option('--world <n>', 'number of ranks, for cluster runs', int('--world'))
      .option('--stage <stage>', 'all | process | dedup | write | finalize', 'all')
      .option('--build-version <name>', 'build folder name (default: output.version or a hash of config and inputs)')
      .option('--strict', 'stop at the first unreadable input instead of recording it in errors.jsonl')
      .option('--key-file <file>', 'project key for keyed pseudonymisation (default: $TAMIS_KEY, then .tamis-key next to tamis.yaml, then ./.tamis-key)')
      .option('--no-check', 'skip the register check (recorded in manifest.json and the report); for pipeline experiments only')
      .option('-l, --lang <lang>', 'language of the register findings: fr or en (default: from the locale)')
      .option('--no-progress', 'no progress display')
      // The pipeline, DuckDB and the detection models load only when the command runs (fast --help and start-up).
      .action(async (opts: BuildCliOptions) => (await import('./build-run.js')).runBuildCommand(opts, setExit));
  },
};
