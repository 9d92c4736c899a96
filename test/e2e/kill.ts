// Starts `tamis build` in a child process and SIGKILLs it once `after` process tasks have left their marker.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const BUILD_CLI = ['--import', 'tsx', 'test/e2e/cli.ts', 'build', '--no-progress', '--no-check'];

/** Returns how many process tasks were done when the kill was sent (-1: the build ended before). */
export async function buildAndKill(dir: string, version: string, after = 2): Promise<number> {
  const child = spawn(process.execPath, [...BUILD_CLI, '-c', join(dir, 'tamis.yaml'), '-w', '1', '--build-version', version], { stdio: 'ignore' });
  const markers = join(dir, 'out', version, '.work', 'process');
  let killedAfter = -1;
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      const done = existsSync(markers) ? readdirSync(markers).filter((f) => f.endsWith('.done.json')).length : 0;
      if (done >= after) {
        killedAfter = done;
        child.kill('SIGKILL');
        clearInterval(timer);
      }
    }, 10);
    child.on('exit', () => { clearInterval(timer); resolve(); });
    child.on('error', reject);
  });
  return killedAfter;
}
