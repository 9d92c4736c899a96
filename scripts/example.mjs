#!/usr/bin/env node
// `npm run example`: sets up the bundled example (a project key next to examples/tamis.yaml, created once and
// never committed) and runs `tamis build` on it. The report lands in examples/build/<version>/report.html.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const run = (args) => {
  const r = spawnSync(process.execPath, ['bin/tamis.js', ...args], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
if (!existsSync('examples/.tamis-key')) run(['keygen', '-o', 'examples/.tamis-key']);
run(['build', '-c', 'examples/tamis.yaml']);
