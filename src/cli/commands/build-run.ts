/** The action of `tamis build` (loaded on demand by build.ts). */
import { dirname, resolve } from 'node:path';
import { TamisError, UsageError } from '../../core/errors.js';
import { checkRegister, formatText, loadTamisConfig, type CheckReport, type Lang } from '../../register/index.js';
import { defaultLang, parseLang } from './check.js';
import { runBuild, type BuildStage } from '../../pipeline/build.js';
import { loadBuildConfig } from '../../pipeline/schema.js';
import type { BuildCliOptions } from './build.js';

/**
 * `tamis check` before the build: an unmet obligation that the config does not justify stops it (the CNIL lets a
 * controller deviate from a recommendation only with a written justification, which then goes into the manifest).
 */
function registerGate(file: string, lang: Lang): CheckReport {
  const { config } = loadTamisConfig(file);
  const report = checkRegister(config, { lang });
  if (!report.ok) {
    process.stderr.write(formatText(report));
    throw new TamisError('register', 'REGISTER_UNMET', `${file}: the register has unmet obligations (listed above); tamis build refuses to run`, {
      hint: 'fix them, or record a justification under `justifications:` in tamis.yaml; `tamis check` shows the details',
    });
  }
  return report;
}

export async function runBuildCommand(opts: BuildCliOptions, setExit: (code: number) => void): Promise<void> {
  if (!['all', 'process', 'dedup', 'write', 'finalize'].includes(opts.stage)) throw new UsageError(`--stage must be all, process, dedup, write or finalize; got "${opts.stage}"`);
  const file = resolve(opts.config);
  const { config } = loadBuildConfig(file);
  const register = opts.check ? registerGate(file, opts.lang ? parseLang(opts.lang) : defaultLang()) : undefined;
  if (!opts.check) process.stderr.write('tamis: register check skipped (--no-check); the manifest records it\n');
  const r = await runBuild({
    config,
    baseDir: dirname(file),
    stage: opts.stage as BuildStage,
    ...(opts.workers !== undefined ? { workers: Math.max(1, opts.workers) } : {}),
    ...(opts.rank !== undefined ? { rank: opts.rank } : {}),
    ...(opts.world !== undefined ? { world: opts.world } : {}),
    ...(opts.buildVersion ? { version: opts.buildVersion } : {}),
    strict: opts.strict === true,
    ...(opts.keyFile ? { keyFile: opts.keyFile } : {}),
    registerCheck: register ? { status: 'passed', warnings: register.counts.warnings, notes: register.counts.notes, justified: register.counts.justified } : { status: 'skipped' },
    ...(register?.justifications.length ? { justifications: register.justifications } : {}),
    progress: opts.progress,
    log: (l) => process.stderr.write(`tamis: ${l}\n`),
  });
  if (r.manifest) {
    const t = r.manifest.totals;
    process.stdout.write(`${r.outDir}\n  read ${t.read} = written ${t.written} + excluded ${t.excluded} + errored ${t.errored}\n  report: ${r.outDir}/report.html\n`);
    if (t.errored > 0) process.stderr.write(`tamis: ${t.errored} input location(s) could not be read: see ${r.outDir}/errors.jsonl\n`);
    setExit(0);
  } else process.stdout.write(`stage ${opts.stage} done (rank ${opts.rank ?? 0}/${opts.world ?? 1}): ${r.outDir}\n`);
}
