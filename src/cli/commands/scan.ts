/**
 * `tamis scan <paths...>`: how much personal data, per file and per type (counts, share of documents, masked
 * examples), with progress on stderr. `--fail-on TYPES` makes it a CI gate: exit 1 when any of them is found.
 */
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { expandInputs, readFiles } from '../../io/index.js';
import type { ReadItem } from '../../io/types.js';
import type { CliCommand } from '../command.js';
import { analyzeItems, defaultWorkers } from '../detection.js';
import { addDetectionOptions, parseDetectionOptions, parsePositiveInt, parseTypes, type DetectionCliOptions } from '../options.js';
import { startProgress } from '../progress.js';
import { ErrorReporter } from '../report-errors.js';
import { ScanStats, formatScanText, scanJson } from '../scan-stats.js';

interface ScanOpts extends DetectionCliOptions {
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
      .action(async (paths: string[], o: ScanOpts) => {
        const failOn = parseTypes(o.failOn, '--fail-on');
        if (o.format !== 'text' && o.format !== 'json') throw new UsageError(`--format: expected text or json, got "${o.format}"`);
        const { settings, workers, readOpts } = parseDetectionOptions(o, defaultWorkers());
        const stats = new ScanStats(parsePositiveInt(o.examples, '--examples') ?? 3);
        const errors = new ErrorReporter();

        const { files, errors: missing } = await expandInputs(paths);
        for (const e of missing) { errors.report(e); stats.addError(e.file); }
        const progress = startProgress(files.length, o.progress);
        let docs = 0;
        let chars = 0;
        let filesDone = 0;
        // Count a file as done when the stream moves past it.
        const tracked = async function* (): AsyncGenerator<ReadItem> {
          for (const f of files) {
            stats.file(f);
            yield* readFiles([f], readOpts);
            filesDone++;
          }
        };
        try {
          for await (const batch of analyzeItems(tracked(), { settings, workers })) {
            for (const it of batch) {
              if (it.kind === 'error') { errors.report(it.error); stats.addError(it.error.file); continue; }
              docs++;
              chars += it.doc.text.length;
              stats.addDoc(it.doc, it.analysis);
            }
            progress.update(filesDone, docs, chars);
          }
        } finally {
          progress.stop();
        }
        process.stdout.write(o.format === 'json' ? JSON.stringify(scanJson(stats), null, 2) + '\n' : formatScanText(stats));

        let code = errors.count > 0 ? 1 : 0;
        if (failOn) {
          const totals = stats.totals();
          const hits = failOn.filter((t) => (totals.types[t]?.found ?? 0) > 0);
          if (hits.length) {
            process.stderr.write(`tamis scan: --fail-on: found ${hits.map((t) => `${t} (${totals.types[t]?.found})`).join(', ')}\n`);
            code = 1;
          }
        }
        if (errors.count) process.stderr.write(`tamis scan: ${errors.count} input error${errors.count === 1 ? '' : 's'} (${errors.summary()})\n`);
        setExit(code);
      });
  },
};
