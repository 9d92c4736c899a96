/** `tamis build`: runs the pipeline of tamis.yaml into build/<version>/ (see docs/build.md). */
import type { Command } from 'commander';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import type { CliCommand } from '../command.js';
import { runBuild, type BuildStage } from '../../pipeline/build.js';
import { loadBuildConfig } from '../../pipeline/schema.js';

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
      .option('--no-progress', 'no progress display')
      .action(async (opts: { config: string; workers?: number; rank?: number; world?: number; stage: string; buildVersion?: string; strict?: boolean; progress: boolean }) => {
        if (!['all', 'process', 'dedup', 'write', 'finalize'].includes(opts.stage)) throw new UsageError(`--stage must be all, process, dedup, write or finalize; got "${opts.stage}"`);
        const file = resolve(opts.config);
        const { config } = loadBuildConfig(file);
        const r = await runBuild({
          config,
          baseDir: dirname(file),
          stage: opts.stage as BuildStage,
          ...(opts.workers !== undefined ? { workers: Math.max(1, opts.workers) } : {}),
          ...(opts.rank !== undefined ? { rank: opts.rank } : {}),
          ...(opts.world !== undefined ? { world: opts.world } : {}),
          ...(opts.buildVersion ? { version: opts.buildVersion } : {}),
          strict: opts.strict === true,
          progress: opts.progress,
          log: (l) => process.stderr.write(`tamis: ${l}\n`),
        });
        if (r.manifest) {
          const t = r.manifest.totals;
          process.stdout.write(`${r.outDir}\n  read ${t.read} = written ${t.written} + excluded ${t.excluded} + errored ${t.errored}\n  report: ${r.outDir}/report.html\n`);
          if (t.errored > 0) process.stderr.write(`tamis: ${t.errored} input location(s) could not be read: see ${r.outDir}/errors.jsonl\n`);
          setExit(0);
        } else process.stdout.write(`stage ${opts.stage} done (rank ${opts.rank ?? 0}/${opts.world ?? 1}): ${r.outDir}\n`);
      });
  },
};
