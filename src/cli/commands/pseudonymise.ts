/**
 * `tamis pseudonymise <input...> -o <output>`: text corpora (every format the shared readers know) go through
 * detection and the pseudonymisation policy; a table (CSV, Parquet) goes through column policies (`--columns`), with
 * an optional re-identification risk report (`--risk`). Logs and the summary name types and counts, never values.
 */
import type { Command } from 'commander';
import type { PolicyInput } from '../../transform/policy.js';
import type { CliCommand } from '../command.js';

export const DEFAULT_CLI_POLICY: PolicyInput = { default: 'surrogate', CREDENTIAL: 'redact' };

export interface PseudonymiseOpts {
  output: string;
  policy?: string;
  keyFile?: string;
  textField: string;
  idField?: string;
  columns?: string;
  risk?: string;
  sensitive?: string;
  report?: string;
  vault?: string;
  threshold?: string;
  lang: string;
  workers?: string;
}

export const pseudonymiseCommand: CliCommand = {
  register(program: Command, setExit) {
    program.command('pseudonymise').alias('pseudonymize')
      .description('replace personal data in a text corpus or a table (.csv, .parquet) following a policy')
      .argument('<input...>', 'files, folders or globs (.jsonl[.gz|.zst], .json, .txt, .html, .warc…); one .csv / .parquet file is treated as a table')
      .requiredOption('-o, --output <file>', 'corpora: .jsonl (.jsonl.gz compressed) or .txt; tables: .csv or .parquet')
      .option('--policy <file>', 'YAML policy: entity type -> operator (or a tamis.yaml with a pseudonymise: key); default: surrogate for every type, redact credentials')
      .option('--key-file <file>', 'project key file (default: $TAMIS_KEY, then ./.tamis-key)')
      .option('--text-field <name>', 'JSON field holding the text', 'text')
      .option('--id-field <name>', 'JSON field holding the record id')
      .option('--columns <spec|file.yaml>', 'table column policies, e.g. "name=surrogate:PERSON,age=generalise:age:10,notes=detect-inside,ssn=drop"')
      .option('--risk <columns>', 'tables: quasi-identifier columns for the re-identification risk report, comma-separated')
      .option('--sensitive <column>', 'tables: sensitive column for l-diversity')
      .option('--report <file.json>', 'write the summary (and risk report) as JSON')
      .option('--vault <file>', 'record original -> replacement in this encrypted vault (off by default)')
      .option('--threshold <score>', 'detection score threshold')
      .option('--lang <lang>', 'fr, en or auto', 'auto')
      .option('--workers <n>', 'worker threads for detection on large inputs (default: all cores)')
      // Detection, the transform layer and DuckDB load only when the command runs (fast --help and start-up).
      .action(async (inputs: string[], opts: PseudonymiseOpts) => (await import('./pseudonymise-run.js')).runPseudonymiseCommand(inputs, opts, setExit));
  },
};
