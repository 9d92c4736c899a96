/** `tamis check`: lints the register in tamis.yaml against the CNIL AI how-to sheets. */
import type { Command } from 'commander';
import type { CliCommand } from '../command.js';
import { UsageError } from '../../core/errors.js';
import { checkRegister, formatJson, formatText, loadTamisConfig } from '../../register/index.js';
import type { Lang } from '../../register/index.js';

/** Language of the user's locale (LC_ALL, LC_MESSAGES, LANG): French for fr_*, else English. */
export function defaultLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const loc = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return loc.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function parseLang(v: string): Lang {
  if (v !== 'fr' && v !== 'en') throw new UsageError(`--lang must be fr or en, not "${v}"`);
  return v;
}

export const checkCommand: CliCommand = {
  register(program: Command, setExit) {
    program.command('check')
      .description('check the register in tamis.yaml against the CNIL recommendations (exit 1 on an unmet obligation)')
      .option('-c, --config <file>', 'config file', 'tamis.yaml')
      .option('-f, --format <format>', 'text or json', 'text')
      .option('-l, --lang <lang>', 'fr or en (default: from the locale)')
      .action((opts: { config: string; format: string; lang?: string }) => {
        if (opts.format !== 'text' && opts.format !== 'json') throw new UsageError(`--format must be text or json, not "${opts.format}"`);
        const lang = opts.lang ? parseLang(opts.lang) : defaultLang();
        const { config } = loadTamisConfig(opts.config);
        const report = checkRegister(config, { lang });
        process.stdout.write(opts.format === 'json' ? formatJson(report) : formatText(report));
        setExit(report.ok ? 0 : 1);
      });
  },
};
