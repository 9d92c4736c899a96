// One measured build in its own process, from the compiled package (dist/, as users run it), so that peak RSS is
// this build's and worker threads load plain JavaScript. Prints one JSON line with the figures.
import { dirname, resolve } from 'node:path';
import { runBuild } from '../../dist/pipeline/build.js';
import { loadBuildConfig } from '../../dist/pipeline/schema.js';

const [configFile, workers, version] = process.argv.slice(2);
const file = resolve(configFile);
const { config } = loadBuildConfig(file);
const t0 = performance.now();
const c0 = process.cpuUsage();
const r = await runBuild({ config, baseDir: dirname(file), workers: Number(workers), version, progress: false });
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(c0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(JSON.stringify({ seconds, cpuSeconds, stageSeconds: r.stageSeconds, maxRssMB: process.resourceUsage().maxRSS / 1024, totals: r.manifest?.totals, steps: r.manifest?.steps, duplicates: r.stats?.duplicates }));
