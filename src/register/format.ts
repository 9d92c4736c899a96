/** Renders a check report as linter-style text (one block per finding) or JSON. */
import type { CheckReport, RegisterFinding } from './check.js';
import type { Lang } from './rule.js';
import { SHEET_TITLES } from './rule.js';

type Counts = CheckReport['counts'];

const WORDS = {
  fr: {
    error: 'erreur', warning: 'avertissement', note: 'note', justified: 'justifié', sheet: 'fiche', fix: 'correction',
    why: 'justification', ok: 'registre conforme aux obligations', ko: 'obligation(s) non remplie(s)',
    unknown: 'justification pour une règle inconnue',
    summary: (c: Counts) => `${c.rules} règles : ${c.passed} respectées, ${c.notApplicable} sans objet, ${c.errors} erreur(s), `
      + `${c.warnings} avertissement(s), ${c.notes} note(s), ${c.justified} écart(s) justifié(s)`,
  },
  en: {
    error: 'error', warning: 'warning', note: 'note', justified: 'justified', sheet: 'sheet', fix: 'fix',
    why: 'justification', ok: 'register meets its obligations', ko: 'unmet obligation(s)',
    unknown: 'justification for an unknown rule',
    summary: (c: Counts) => `${c.rules} rules: ${c.passed} met, ${c.notApplicable} not applicable, ${c.errors} error(s), `
      + `${c.warnings} warning(s), ${c.notes} note(s), ${c.justified} justified deviation(s)`,
  },
} as const;

function block(f: RegisterFinding, lang: Lang): string {
  const w = WORDS[lang];
  const tag = f.status === 'justified' ? `${w.justified} (${w[f.severity]})` : w[f.severity];
  const subjects = f.subjects?.length ? ` [${f.subjects.join(', ')}]` : '';
  const lines = [
    `${tag}  ${f.rule}  (${w.sheet} ${f.sheet} — ${SHEET_TITLES[f.sheet]?.[lang] ?? ''})`,
    `  ${f.message}${subjects}`,
    f.status === 'justified' ? `  ${w.why}: ${f.justification}` : `  ${w.fix}: ${f.fix}`,
    `  ${f.link}`,
  ];
  return lines.join('\n');
}

const ORDER = { error: 0, warning: 1, note: 2 } as const;

export function formatText(report: CheckReport): string {
  const w = WORDS[report.lang];
  const sorted = [...report.findings].sort((a, b) =>
    (a.status === b.status ? 0 : a.status === 'fail' ? -1 : 1) || ORDER[a.severity] - ORDER[b.severity] || a.sheet - b.sheet);
  const out = sorted.map((f) => block(f, report.lang));
  for (const id of report.unknownJustifications) out.push(`${w.warning}  ${w.unknown}: ${id}`);
  out.push(`${w.summary(report.counts)}\n${report.ok ? w.ok : `${report.counts.errors} ${w.ko}`}`);
  return out.join('\n\n') + '\n';
}

export function formatJson(report: CheckReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
