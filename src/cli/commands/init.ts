/**
 * `tamis init`: asks the register questions (with explanations and the CNIL link for each) and writes or
 * updates tamis.yaml; `--answers file` answers them non-interactively; `--dir folder` also proposes the
 * pipeline part for the files found there.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import type { CliCommand } from '../command.js';
import { parseYamlFile, parseYamlString, validateConfig } from '../../config/load.js';
import { UsageError } from '../../core/errors.js';
import { checkRegister, tamisConfigSchema, type Lang } from '../../register/index.js';
import { runInit, type Prompter } from '../../register/init.js';
import { label } from '../../register/labels.js';
import type { Question } from '../../register/questions.js';
import { scaffold } from '../../register/scaffold.js';
import { defaultLang, parseLang } from './check.js';

function show(v: unknown): string {
  if (v === undefined || v === null) return '';
  return Array.isArray(v) ? v.join('; ') : String(v);
}

/** Reads answers line by line from stdin (works with a terminal, a pipe or a pty); end of input keeps values. */
function terminalPrompter(): Prompter & { close(): void } {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  let ended = false;
  // Output piped into a closed reader (`| head`): stop asking quietly instead of crashing on EPIPE.
  const onError = (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') ended = true; else throw e; };
  process.stdout.on('error', onError);
  const out = (s: string) => { if (!ended) process.stdout.write(s); };
  return {
    async ask(q: Question, path: string, subject: string | undefined, current: unknown, lang: Lang) {
      out(`\n${q.prompt[lang]}${subject ? ` « ${subject} »` : ''}  (${path})\n  ${q.help[lang]}\n  ${q.link}\n`);
      if (q.choices) q.choices.forEach((c, i) => out(`   ${i + 1}. ${c}${q.labels ? ` — ${label(q.labels, c, lang)}` : ''}\n`));
      const hint = q.kind === 'bool' ? (lang === 'fr' ? ' (o/n)' : ' (y/n)')
        : q.kind === 'list' || q.kind === 'multi' ? (lang === 'fr' ? ' (séparés par ;)' : ' (separated by ;)') : '';
      out(`> ${hint}${current !== undefined ? ` [${show(current)}]` : ''} `);
      if (ended) { out('\n'); return undefined; }
      const r = await lines.next();
      if (r.done) { ended = true; out('\n'); return undefined; }
      return r.value;
    },
    tell(message: string) { out(`  ! ${message}\n`); },
    close() { rl.close(); process.stdout.off('error', onError); },
  };
}

export const initCommand: CliCommand = {
  register(program: Command) {
    program.command('init')
      .description('answer the register questions and write or update tamis.yaml')
      .option('-c, --config <file>', 'config file to write or update', 'tamis.yaml')
      .option('-l, --lang <lang>', 'fr or en (default: from the locale)')
      .option('-a, --answers <file>', 'answers file (YAML): no questions asked')
      .option('-d, --dir <folder>', 'data folder: also propose sources, pipeline and output for its files')
      .action(async (opts: { config: string; lang?: string; answers?: string; dir?: string }) => {
        const lang = opts.lang ? parseLang(opts.lang) : defaultLang();
        const existing = existsSync(opts.config) ? readFileSync(opts.config, 'utf8') : '';
        let answers: Record<string, unknown> | undefined;
        if (opts.answers) {
          const data = parseYamlFile(opts.answers).data;
          if (!data || typeof data !== 'object' || Array.isArray(data)) throw new UsageError(`${opts.answers}: answers must be a YAML mapping`);
          answers = data as Record<string, unknown>;
        }
        const sc = opts.dir ? await scaffold(opts.dir, dirname(resolve(opts.config))) : undefined;
        if (sc?.skipped.length) process.stderr.write(`tamis init: skipped (unknown format): ${sc.skipped.join(', ')}\n`);
        const prompter = answers ? undefined : terminalPrompter();
        try {
          const r = await runInit({ yaml: existing, lang, ...(answers ? { answers } : {}), ...(prompter ? { prompter } : {}), ...(sc ? { scaffold: sc } : {}) });
          // Validate before writing, so a bad answer never leaves a broken tamis.yaml behind.
          const config = validateConfig(parseYamlString(r.yaml, opts.config), tamisConfigSchema);
          writeFileSync(opts.config, r.yaml);
          const report = checkRegister(config, { lang });
          const c = report.counts;
          process.stderr.write(lang === 'fr'
            ? `tamis init: ${opts.config} écrit (${r.set} réponse(s)). Vérification : ${c.errors} erreur(s), ${c.warnings} avertissement(s), ${c.notes} note(s) — lancez \`tamis check\` pour le détail.\n`
            : `tamis init: wrote ${opts.config} (${r.set} answer(s)). Check: ${c.errors} error(s), ${c.warnings} warning(s), ${c.notes} note(s) — run \`tamis check\` for details.\n`);
        } finally {
          prompter?.close();
        }
      });
  },
};
