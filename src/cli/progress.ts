/**
 * Progress on stderr while a command runs: a cli-progress bar when stderr is a terminal, a plain line every few
 * seconds otherwise (CI logs), nothing when disabled.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  update(filesDone: number, docs: number, chars: number): void;
  stop(): void;
}

export function startProgress(totalFiles: number, enabled: boolean, intervalMs = 5000): Progress {
  if (!enabled) return { update() {}, stop() {} };
  const mb = (chars: number) => (chars / 1e6).toFixed(1);
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar({
      stream: process.stderr,
      format: 'scan {bar} {value}/{total} files | {docs} docs | {mb} M chars | {duration_formatted}',
      hideCursor: true,
      clearOnComplete: true,
    }, cliProgress.Presets.shades_classic);
    bar.start(totalFiles, 0, { docs: 0, mb: '0.0' });
    return {
      update(files, docs, chars) { bar.update(files, { docs, mb: mb(chars) }); },
      stop() { bar.stop(); },
    };
  }
  const t0 = Date.now();
  let last = t0;
  let state = { files: 0, docs: 0, chars: 0 };
  const line = () => `tamis scan: ${state.files}/${totalFiles} files, ${state.docs} documents, ${mb(state.chars)} M chars, ${((Date.now() - t0) / 1000).toFixed(0)} s\n`;
  return {
    update(files, docs, chars) {
      state = { files, docs, chars };
      const now = Date.now();
      if (now - last < intervalMs) return;
      last = now;
      process.stderr.write(line());
    },
    // A last line, so a CI log always shows how much was scanned.
    stop() { state.files = totalFiles; process.stderr.write(line()); },
  };
}
