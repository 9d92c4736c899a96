/** The action of `tamis detect` (loaded on demand by detect.ts). */
import { readInputs } from '../../io/index.js';
import { analyzeItems, defaultWorkers } from '../detection.js';
import { parseDetectionOptions, plural } from '../options.js';
import { findingsLine, openSink } from '../output.js';
import { ErrorReporter } from '../report-errors.js';
import type { DetectOpts } from './detect.js';

export async function runDetectCommand(inputs: string[], o: DetectOpts, setExit: (code: number) => void): Promise<void> {
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
}
