/** `tamis docs`: writes the DPO documents (Markdown + printable HTML) from the register and, optionally, a build. */
import type { Command } from 'commander';
import type { CliCommand } from '../command.js';
import { loadTamisConfig, type Lang } from '../../register/index.js';
import { generateDocuments, loadBuild, writeDocuments } from '../../docs/index.js';
import { parseLang } from './check.js';

export const docsCommand: CliCommand = {
  register(program: Command) {
    program.command('docs')
      .description('write the dataset sheet, datasheet, AI Act summary, DPIA, legitimate-interest assessment and notice')
      .option('-c, --config <file>', 'config file', 'tamis.yaml')
      .option('-l, --lang <lang>', 'fr or en (default: both)')
      .option('-b, --build <folder>', 'build folder (its manifest.json and stats.json fill the figures)')
      .option('-o, --out <folder>', 'output folder', 'docs-out')
      .action((opts: { config: string; lang?: string; build?: string; out: string }) => {
        const langs: Lang[] = opts.lang ? [parseLang(opts.lang)] : ['fr', 'en'];
        const { config } = loadTamisConfig(opts.config);
        const build = opts.build ? loadBuild(opts.build) : undefined;
        const written: string[] = [];
        for (const lang of langs) written.push(...writeDocuments(opts.out, generateDocuments(config, { lang, ...(build ? { build } : {}) })));
        process.stderr.write(`tamis docs: ${written.length} files written to ${opts.out}${build ? ` (build ${build.manifest.version})` : ''}\n`);
      });
  },
};
