/**
 * `tamis detect <input...>`: one JSON line of findings per document, in input order (see docs/detect.md; the line
 * format is a contract). Input errors go to stderr as they occur, a summary line ends stderr, exit 1 if any.
 */
import type { Command } from 'commander';
import { readInputs } from '../../io/index.js';
import type { CliCommand } from '../command.js';
import { analyzeItems, defaultWorkers } from '../detection.js';
import { addDetectionOptions, parseDetectionOptions, plural, type DetectionCliOptions } from '../options.js';
import { findingsLine, openSink } from '../output.js';
import { ErrorReporter } from '../report-errors.js';

interface DetectOpts extends DetectionCliOptions {
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
      .action(async (inputs: string[], o: DetectOpts) => {
        const { settings, workers, readOpts } = parseDetectionOptions(o, defaultWorkers());
        const sink = openSink(o.output);
        const errors = new ErrorReporter();
        const t0 = performance.now();
        const run = { threads: 0 };
        let docs = 0;
        let entities = 0;
        let chars = 0;
        for await (const batch of analyzeItems(readInputs(inputs, readOpts), { settings, workers, stats: run })) {
          let out = '';
          for (const it of batch) {
            if (it.kind === 'error') { errors.report(it.error); continue; }
            docs++;
            entities += it.analysis.entities.length;
            chars += it.doc.text.length;
            out += findingsLine(it.doc, it.analysis, o.includeValues === true) + '\n';
          }
          if (out) await sink.write(out);
          if (sink.closed) break;
        }
        await sink.close();
        const secs = (performance.now() - t0) / 1000;
        process.stderr.write(
          `tamis detect: ${plural(docs, 'document')}, ${plural(entities, 'entity').replace('entitys', 'entities')}, ` +
          `${plural(errors.count, 'input error')}${errors.count ? ` (${errors.summary()})` : ''}; ` +
          `${(chars / 1e6).toFixed(1)} M chars in ${secs.toFixed(1)} s, ${run.threads ? `${run.threads} worker threads` : 'in-process'}\n`,
        );
        setExit(errors.count > 0 ? 1 : 0);
      });
  },
};
