/** Renders docs/rules.md from the rule data, so the page cannot drift from what `tamis check` does. */
import { RULES } from './rules/index.js';
import { SHEET_TITLES, type Level } from './rule.js';

const LEVEL: Record<Level, string> = {
  obligation: 'obligation (error) / obligation (erreur)',
  recommendation: 'recommendation (warning) / recommandation (avertissement)',
  'good-practice': 'good practice (note) / bonne pratique (note)',
};

export function renderRulesDoc(): string {
  const out: string[] = [
    '# Register rules / Règles du registre',
    '',
    '<!-- Generated from src/register/rules/ by `npx tsx scripts/gen-rules-doc.ts`; a test checks it is up to date. -->',
    '',
    'Each rule encodes one requirement of the CNIL how-to sheets on building AI training data sets. Its level follows the',
    'CNIL: an **obligation** recalls the law ("the controller must"): `tamis check` reports an error and exits with 1, and',
    '`tamis build` refuses to run; a **recommendation** may be set aside if the choice is justified; a **good practice**',
    'goes beyond the GDPR. Any rule can be justified in `tamis.yaml` under `justifications: { <rule-id>: "why" }`: it then',
    'no longer fails and the justification is written into the generated documents.',
    '',
    `${RULES.length} rules: ${RULES.filter((r) => r.level === 'obligation').length} obligations, ${RULES.filter((r) => r.level === 'recommendation').length} recommendations, ${RULES.filter((r) => r.level === 'good-practice').length} good practices.`,
  ];
  for (const sheet of [...new Set(RULES.map((r) => r.sheet))].sort((a, b) => a - b)) {
    const t = SHEET_TITLES[sheet]!;
    out.push('', `## Sheet ${sheet} — ${t.en} / Fiche ${sheet} — ${t.fr}`);
    for (const r of RULES.filter((x) => x.sheet === sheet)) {
      out.push('', `### \`${r.id}\` — ${r.title.en}`, '',
        `- **Level / niveau**: ${LEVEL[r.level]}`,
        `- **EN**: ${r.message.en} *Fix:* ${r.fix.en}`,
        `- **FR** (${r.title.fr}) : ${r.message.fr} *Correction :* ${r.fix.fr}`,
        `- **Source**: ${r.sources.join(', ')}${r.seed ? ` (and seed document ${r.seed})` : ''}`);
    }
  }
  return out.join('\n') + '\n';
}
