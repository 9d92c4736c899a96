/** The action of `tamis scan` (loaded on demand by scan.ts). */
import { UsageError } from '../../core/errors.js';
import { expandInputs, readFiles } from '../../io/index.js';
import type { ReadItem } from '../../io/types.js';
import { analyzeItems, defaultWorkers } from '../detection.js';
import { parseDetectionOptions, parsePositiveInt, parseTypes } from '../options.js';
import { startProgress } from '../progress.js';
import { ErrorReporter } from '../report-errors.js';
import { ScanStats, formatScanText, scanJson } from '../scan-stats.js';
import type { ScanOpts } from './scan.js';

export async function runScanCommand(paths: string[], o: ScanOpts, setExit: (code: number) => void): Promise<void> {
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
}
