/**
 * Runs every rule over a register and returns linter-style findings. A failed obligation or recommendation
 * that the config justifies (`justifications: { rule-id: "why" }`) is reported as `justified` and does not fail
 * the check; the justification is carried so the build can write it into its documents.
 */
import { ConfigError } from '../core/errors.js';
import { buildContext } from './context.js';
import { RULES } from './rules/index.js';
import { SEVERITY, type Lang, type Level, type Rule, type Severity } from './rule.js';
import { tamisConfigSchema, type TamisConfig } from './schema.js';

export interface RegisterFinding {
  rule: string;
  sheet: number;
  level: Level;
  severity: Severity;
  /** `fail`: unmet; `justified`: unmet but a justification is recorded. */
  status: 'fail' | 'justified';
  title: string;
  message: string;
  fix: string;
  link: string;
  /** Sources, organisations, stages... the finding is about. */
  subjects?: string[];
  justification?: string;
}

export interface CheckReport {
  /** False when an obligation is unmet and not justified. */
  ok: boolean;
  lang: Lang;
  findings: RegisterFinding[];
  counts: { rules: number; passed: number; notApplicable: number; errors: number; warnings: number; notes: number; justified: number };
  /** Justified deviations, for the build manifest and documents. */
  justifications: { rule: string; justification: string }[];
  /** Justifications naming no known rule (typos). */
  unknownJustifications: string[];
}

export interface CheckOptions {
  lang?: Lang;
  /** Rules to run instead of the default list (tests). */
  rules?: readonly Rule[];
}

/** The CNIL page in the reader's language when the rule cites one, else the rule's main page. */
export function pickLink(sources: readonly string[], lang: Lang): string {
  return sources.find((u) => u.includes(`/${lang}/`)) ?? sources[0]!;
}

/** Validates a raw config object (already parsed YAML) against the register schema. */
export function parseRegister(config: unknown): TamisConfig {
  const r = tamisConfigSchema.safeParse(config);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => `  ${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
  throw new ConfigError('CONFIG_INVALID', `register is not valid:\n${lines.join('\n')}`);
}

/** The library entry `tamis build` calls first. Accepts the parsed YAML object or an already validated config. */
export function checkRegister(config: unknown, opts: CheckOptions = {}): CheckReport {
  const lang = opts.lang ?? 'en';
  const reg = parseRegister(config);
  const ctx = buildContext(reg);
  const justifications = reg.justifications ?? {};
  const rules = opts.rules ?? RULES;
  const findings: RegisterFinding[] = [];
  let passed = 0;
  let notApplicable = 0;
  for (const rule of rules) {
    const out = rule.check(ctx);
    if (out === 'n/a') { notApplicable++; continue; }
    const failed = Array.isArray(out) ? out.length > 0 : !out;
    if (!failed) { passed++; continue; }
    const why = justifications[rule.id];
    findings.push({
      rule: rule.id, sheet: rule.sheet, level: rule.level, severity: SEVERITY[rule.level],
      status: why ? 'justified' : 'fail',
      title: rule.title[lang], message: rule.message[lang], fix: rule.fix[lang], link: pickLink(rule.sources, lang),
      ...(Array.isArray(out) ? { subjects: out } : {}),
      ...(why ? { justification: why } : {}),
    });
  }
  const known = new Set(rules.map((r) => r.id));
  const unmet = findings.filter((f) => f.status === 'fail');
  return {
    ok: !unmet.some((f) => f.level === 'obligation'),
    lang,
    findings,
    counts: {
      rules: rules.length, passed, notApplicable,
      errors: unmet.filter((f) => f.severity === 'error').length,
      warnings: unmet.filter((f) => f.severity === 'warning').length,
      notes: unmet.filter((f) => f.severity === 'note').length,
      justified: findings.length - unmet.length,
    },
    justifications: findings.filter((f) => f.justification).map((f) => ({ rule: f.rule, justification: f.justification! })),
    unknownJustifications: Object.keys(justifications).filter((k) => !known.has(k)),
  };
}
