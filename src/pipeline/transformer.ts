/** The one integration point with the transform layer: builds the Transformer for the pseudonymise step. */
import type { Transformer } from '../transform/types.js';
import { createTransformer } from '../transform/transformer.js';
import { decodeKey, loadProjectKey } from '../transform/keys.js';
import { Policy } from '../transform/policy.js';
import type { BuildContext } from './context.js';

/**
 * Validates the step's policy (ConfigError listing every problem) and loads the project key only when the policy
 * needs one: from the context (hex), else $TAMIS_KEY or ./.tamis-key — never from tamis.yaml. Each worker thread
 * builds its own (a key does not cross threads).
 */
export function createBuildTransformer(policy: Record<string, unknown>, ctx: BuildContext): Transformer {
  const p = Policy.fromInput(policy, 'pipeline pseudonymise step');
  const key = !p.needsKey ? undefined : ctx.key ? decodeKey(ctx.key, 'build context') : loadProjectKey();
  return createTransformer({ policy: p, ...(key ? { key } : {}) });
}
