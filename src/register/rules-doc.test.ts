import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderRulesDoc } from './rules-doc.js';
import { RULES } from './rules/index.js';

test('docs/rules.md is generated from the current rules (run `npx tsx scripts/gen-rules-doc.ts`)', () => {
  const doc = readFileSync('docs/rules.md', 'utf8');
  // A plain boolean: the full diff of a 50 kB page would drown the message.
  assert.ok(doc === renderRulesDoc(), 'docs/rules.md is out of date: run `npx tsx scripts/gen-rules-doc.ts`');
  for (const r of RULES) assert.ok(doc.includes(`\`${r.id}\``), r.id);
});
