// Regenerates docs/rules.md from the rule data: `npx tsx scripts/gen-rules-doc.ts`.
import { writeFileSync } from 'node:fs';
import { renderRulesDoc } from '../src/register/rules-doc.js';

writeFileSync('docs/rules.md', renderRulesDoc());
console.log('docs/rules.md written');
