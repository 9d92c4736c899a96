/**
 * The one integration point with the transform layer: the Transformer of the pseudonymise step, built from the
 * policy and, when the policy has keyed operators, the project key.
 * Each worker thread builds its own from the key file path or $TAMIS_KEY: the key itself never crosses threads.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createTransformer, loadProjectKey, Policy } from '../transform/index.js';
import type { Transformer } from '../transform/types.js';
import type { BuildContext } from './context.js';

/** Validates the step's policy (ConfigError listing every problem) and loads the key only when the policy needs one. */
export function createBuildTransformer(policy: Record<string, unknown>, ctx: BuildContext): Transformer {
  const p = Policy.fromInput(policy, 'pipeline pseudonymise step');
  if (!p.needsKey) return createTransformer({ policy: p });
  return createTransformer({ policy: p, key: loadProjectKey(ctx.keyFile ? { keyFile: ctx.keyFile } : {}) });
}

/**
 * Where the build finds the key: --key-file, else $TAMIS_KEY (read by loadProjectKey), else `.tamis-key` next to
 * tamis.yaml, else `.tamis-key` in the current folder.
 */
export function resolveKeyFile(explicit: string | undefined, baseDir: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (explicit) return explicit;
  if (env.TAMIS_KEY) return undefined;
  const nextToConfig = join(baseDir, '.tamis-key');
  return existsSync(nextToConfig) ? nextToConfig : undefined;
}
